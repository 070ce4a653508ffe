import { createStore, get, update, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';
import { EMPTY_PICKS, sanitizePicks, type PicksData } from '../picks/model.ts';

/**
 * Per-account pick data in IndexedDB (its own database, so a library cache reset keeps it).
 * One record per account: `picks:<account>`. Changes go through `update`, a read-modify-write
 * in one transaction, so two open tabs never overwrite each other's exclusions.
 */
export class PicksStore {
	#store: UseStore | undefined;
	readonly #dbName: string;

	constructor(dbName = 'plexpicker-picks') {
		this.#dbName = dbName;
	}

	#db(): UseStore {
		this.#store ??= createStore(this.#dbName, 'records');
		return this.#store;
	}

	async load(account: string): Promise<PicksData> {
		try {
			return sanitizePicks((await get(`picks:${account}`, this.#db())) ?? EMPTY_PICKS);
		} catch (error) {
			throw storageError(error);
		}
	}

	/** Applies `change` to the stored data and returns what was written. */
	async change(account: string, change: (data: PicksData) => PicksData): Promise<PicksData> {
		let written: PicksData = EMPTY_PICKS;
		try {
			await update(
				`picks:${account}`,
				(stored) => {
					written = change(sanitizePicks(stored ?? EMPTY_PICKS));
					return written;
				},
				this.#db()
			);
		} catch (error) {
			throw storageError(error);
		}
		return written;
	}
}
