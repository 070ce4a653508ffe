/**
 * State that belongs to one opened library: read after another library was opened, it is
 * `blank()` again. Nothing has to reset it by hand when the library changes.
 */
export class PerOpen<T> {
	#held = $state.raw<{ opened: number; value: T } | undefined>(undefined);
	readonly #opened: () => number;
	readonly #blank: () => T;

	/** `opened` counts the libraries opened (LibraryState.opened). */
	constructor(opened: () => number, blank: () => T) {
		this.#opened = opened;
		this.#blank = blank;
	}

	get current(): T {
		const held = this.#held;
		return held && held.opened === this.#opened() ? held.value : this.#blank();
	}

	set current(value: T) {
		this.#held = { opened: this.#opened(), value };
	}

	/** Changes some fields, keeping the others. */
	update(change: Partial<T>): void {
		this.current = { ...this.current, ...change };
	}
}
