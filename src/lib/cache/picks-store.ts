import { get, update } from 'idb-keyval';
import { EMPTY_PICKS, sanitizePicks, type PicksData } from '../picks/model.ts';
import { IdbStore } from './idb.ts';

/**
 * Per-account pick data in IndexedDB (its own database, so a library cache reset keeps it).
 * One record per account: `picks:<account>`. Changes go through `update`, a read-modify-write
 * in one transaction, so two open tabs never overwrite each other's exclusions.
 */
export class PicksStore {
	readonly #idb: IdbStore;

	constructor(dbName = 'plexpicker-picks') {
		this.#idb = new IdbStore(dbName);
	}

	load(account: string): Promise<PicksData> {
		return this.#idb.run(async (store) => sanitizePicks((await get(`picks:${account}`, store)) ?? EMPTY_PICKS));
	}

	/** Applies `change` to the stored data and returns what was written. */
	async change(account: string, change: (data: PicksData) => PicksData): Promise<PicksData> {
		let written: PicksData = EMPTY_PICKS;
		await this.#idb.run((store) =>
			update(
				`picks:${account}`,
				(stored) => {
					written = change(sanitizePicks(stored ?? EMPTY_PICKS));
					return written;
				},
				store
			)
		);
		return written;
	}
}
