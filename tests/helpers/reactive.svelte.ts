/** A deeply reactive copy of `value`, as a parent component's $state would pass it down. */
export function reactive<T extends object>(value: T): T {
	const state = $state(value);
	return state;
}
