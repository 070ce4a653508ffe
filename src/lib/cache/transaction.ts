/* One IndexedDB transaction as a promise: the library cache (library-cache.ts, library-chunks.ts). */

/** Runs `next` when `request` succeeds, still inside its transaction. */
export type After = (request: IDBRequest, next: () => void) => void;

/**
 * Runs `work` on the store in one transaction and settles when it commits. `work` may issue more
 * requests from `after` callbacks (the transaction stays open while requests are pending); if it
 * or a callback throws, the transaction is aborted so nothing of it is kept.
 */
export function inTransaction<T>(store: IDBObjectStore, work: (done: (value: T) => void, after: After) => void): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const tx = store.transaction;
		let value: T;
		let failure: unknown;
		tx.oncomplete = () => resolve(value);
		tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
		const guard = (step: () => void) => {
			try {
				step();
			} catch (error) {
				failure ??= error;
				try {
					tx.abort();
				} catch {
					// already finished
				}
			}
		};
		guard(() =>
			work(
				(v) => (value = v),
				(request, next) => (request.onsuccess = () => guard(next))
			)
		);
	});
}
