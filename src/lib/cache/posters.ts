import { delMany, get, getMany, setMany } from 'idb-keyval';
import { storageError } from '../errors.ts';
import { IdbStore } from './idb.ts';

/**
 * Small poster thumbnails kept offline (IndexedDB, its own database), within a size budget the
 * person can see and change. Least recently used posters go first when the budget is full.
 * Keys: `${libraryId}:${ratingKey}`. An index record (size, last use per key) makes usage cheap
 * to read without touching the images. Writes are serialised, so the index stays exact.
 */
export const DEFAULT_POSTER_BUDGET = 50 * 1024 * 1024;
const INDEX = '#index';
const BUDGET = '#budget';

interface Entry {
	size: number;
	usedAt: number;
}

export class PosterStore {
	readonly #idb: IdbStore;
	#index: Promise<Record<string, Entry>> | undefined;
	#budget: number | undefined;
	#queue: Promise<unknown> = Promise.resolve();
	readonly #now: () => number;

	constructor(dbName = 'plexpicker-posters', now: () => number = () => Date.now()) {
		this.#idb = new IdbStore(dbName, 'posters');
		this.#now = now;
	}

	#loadIndex(): Promise<Record<string, Entry>> {
		this.#index ??= (async () => {
			const [index, budget] = await getMany([INDEX, BUDGET], this.#idb.store);
			this.#budget = typeof budget === 'number' ? budget : DEFAULT_POSTER_BUDGET;
			return (index as Record<string, Entry> | undefined) ?? {};
		})().catch((error: unknown) => {
			this.#index = undefined;
			throw storageError(error);
		});
		return this.#index;
	}

	/** One write at a time (put, evict, budget): the index is read-modify-write. */
	#serial<T>(work: () => Promise<T>): Promise<T> {
		const next = this.#queue.then(work, work);
		this.#queue = next.catch(() => undefined);
		return next;
	}

	async get(key: string): Promise<Blob | undefined> {
		const index = await this.#loadIndex();
		if (!index[key]) return undefined;
		index[key].usedAt = this.#now(); // saved with the next write
		return this.#idb.run((store) => get<Blob>(key, store));
	}

	async has(key: string): Promise<boolean> {
		return !!(await this.#loadIndex())[key];
	}

	async usage(): Promise<{ bytes: number; count: number; budget: number }> {
		const index = await this.#loadIndex();
		const entries = Object.values(index);
		return { bytes: entries.reduce((t, e) => t + e.size, 0), count: entries.length, budget: this.#budget ?? DEFAULT_POSTER_BUDGET };
	}

	/**
	 * Stores a poster, evicting the least recently used ones to stay within the budget. Returns
	 * false (and stores nothing) when it cannot fit without evicting posters of `protect` — e.g.
	 * the ones a prefetch just stored — or when it is bigger than the whole budget.
	 */
	put(key: string, blob: Blob, protect: ReadonlySet<string> = new Set()): Promise<boolean> {
		return this.#serial(() =>
			this.#idb.run(async (store) => {
				const index = await this.#loadIndex();
				const budget = this.#budget ?? DEFAULT_POSTER_BUDGET;
				if (blob.size > budget) return false;
				let used = Object.entries(index).reduce((t, [k, e]) => t + (k === key ? 0 : e.size), 0);
				const evict: string[] = [];
				const oldest = Object.entries(index)
					.filter(([k]) => k !== key && !protect.has(k))
					.sort((a, b) => a[1].usedAt - b[1].usedAt);
				while (used + blob.size > budget) {
					const next = oldest.shift();
					if (!next) return false;
					evict.push(next[0]);
					used -= next[1].size;
				}
				const nextIndex = { ...index, [key]: { size: blob.size, usedAt: this.#now() } };
				for (const k of evict) delete nextIndex[k];
				// The image and the index in one transaction: both land or neither does.
				await setMany([[key, blob], [INDEX, nextIndex]], store);
				if (evict.length > 0) await delMany(evict, store);
				this.#index = Promise.resolve(nextIndex);
				return true;
			})
		);
	}

	/**
	 * One serialised rewrite: `plan` says which posters go and what else to write; the index and
	 * those records are written in one transaction, then the images are deleted.
	 */
	#rewrite(plan: (index: Record<string, Entry>) => { drop: string[]; also?: [string, unknown][] }): Promise<void> {
		return this.#serial(() =>
			this.#idb.run(async (store) => {
				const index = await this.#loadIndex();
				const { drop, also = [] } = plan(index);
				const nextIndex = { ...index };
				for (const k of drop) delete nextIndex[k];
				await setMany([[INDEX, nextIndex], ...also], store);
				if (drop.length > 0) await delMany(drop, store);
				this.#index = Promise.resolve(nextIndex);
			})
		);
	}

	/** Changes the budget and evicts the least recently used posters down to it. */
	setBudget(bytes: number): Promise<void> {
		return this.#rewrite((index) => {
			const entries = Object.entries(index).sort((a, b) => a[1].usedAt - b[1].usedAt);
			let used = entries.reduce((t, [, e]) => t + e.size, 0);
			const drop: string[] = [];
			for (const [k, e] of entries) {
				if (used <= bytes) break;
				drop.push(k);
				used -= e.size;
			}
			this.#budget = bytes;
			return { drop, also: [[BUDGET, bytes]] };
		});
	}

	/** Forgets the posters of one library (when it is no longer kept). */
	removeLibrary(libraryId: string): Promise<void> {
		return this.#rewrite((index) => ({ drop: Object.keys(index).filter((k) => k.startsWith(`${libraryId}:`)) }));
	}
}
