import { get, set } from 'idb-keyval';
import { IdbStore } from './idb.ts';

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
	readonly #idb: IdbStore;

	constructor(dbName = 'plexpicker-extras') {
		this.#idb = new IdbStore(dbName);
	}

	get<T>(key: string): Promise<Stored<T> | undefined> {
		return this.#idb.run((store) => get<Stored<T>>(key, store));
	}

	put<T>(key: string, value: T, now: number): Promise<void> {
		return this.#idb.run((store) => set(key, { value, fetchedAt: now } satisfies Stored<T>, store));
	}
}
