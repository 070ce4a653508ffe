import { createStore, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';

/**
 * One named IndexedDB database with one object store (idb-keyval's custom store), opened on first
 * use. The one way this app opens IndexedDB: every store class goes through it, so each gets the
 * same "storage unavailable" answer where a browser has no IndexedDB (some private modes and
 * embedded browsers) and the same errors a person can act on (errors.ts `storageError`).
 */
export class IdbStore {
	#store: UseStore | undefined;
	readonly #dbName: string;
	readonly #storeName: string;

	constructor(dbName: string, storeName = 'records') {
		this.#dbName = dbName;
		this.#storeName = storeName;
	}

	/** The store; throws the app's "storage unavailable" error where there is no IndexedDB. */
	get store(): UseStore {
		if (typeof indexedDB === 'undefined') throw storageError(new DOMException('IndexedDB is not available', 'InvalidStateError'));
		this.#store ??= createStore(this.#dbName, this.#storeName);
		return this.#store;
	}

	/** Runs `work` on the store; whatever IndexedDB throws comes out as the app's storage error. */
	async run<T>(work: (store: UseStore) => Promise<T>): Promise<T> {
		try {
			return await work(this.store);
		} catch (error) {
			throw storageError(error);
		}
	}
}
