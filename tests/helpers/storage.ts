/** An in-memory localStorage for tests: the parts of Storage the app uses, and the data to look at. */
export function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map<string, string>(Object.entries(initial));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k),
		data
	};
}
