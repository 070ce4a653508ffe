import { createStore, get, set, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';

/**
 * What picking fetches on demand and keeps for offline use: a show's episodes, the members of
 * a collection or playlist, and the lists of collections and playlists. Its own database, keyed
 * by server (`episodes:<server>:<show>`, `members:<server>:<kind>:<key>`, `sources:<server>:<section>`),
 * each value stored with the time it was fetched.
 */
export interface Stored<T> {
	value: T;
	/** Unix ms. */
	fetchedAt: number;
}

export class ExtrasStore {
	#store: UseStore | undefined;
	readonly #dbName: string;

	constructor(dbName = 'plexpicker-extras') {
		this.#dbName = dbName;
	}

	#db(): UseStore {
		this.#store ??= createStore(this.#dbName, 'records');
		return this.#store;
	}

	async get<T>(key: string): Promise<Stored<T> | undefined> {
		try {
			return await get<Stored<T>>(key, this.#db());
		} catch (error) {
			throw storageError(error);
		}
	}

	async put<T>(key: string, value: T, now: number): Promise<void> {
		try {
			await set(key, { value, fetchedAt: now } satisfies Stored<T>, this.#db());
		} catch (error) {
			throw storageError(error);
		}
	}
}
