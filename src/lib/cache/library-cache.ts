import { delMany, get, getMany, keys, promisifyRequest, setMany, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';
import { IdbStore } from './idb.ts';
import type { LibraryItem, LibraryMeta, LibraryRecord } from '../library/types.ts';

/**
 * Cached libraries in IndexedDB (idb-keyval custom store). Per library two records:
 *   meta:<id>   LibraryMeta (small; listed on start-up)
 *   items:<id>  LibraryItem[]
 * Both are written in ONE transaction (setMany), so a failed or interrupted write leaves the
 * previous copy whole: the new copy replaces the old one atomically, nothing is deleted first.
 */

/**
 * Schema history (bump and add a migration when the stored shape changes):
 *  1. meta:<id> + items:<id>, items in any order.
 *  2. items sorted by title (the browse view reads them in order); plex libraries carry `sync`.
 * A migration rewrites each library in one transaction; one that cannot be read is dropped (its
 * next sync rebuilds it) rather than blocking the others.
 */
export const CACHE_SCHEMA_VERSION = 2;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const MIGRATIONS: Record<number, (store: UseStore) => Promise<void>> = {
	2: async (store) => {
		const metaKeys = (await keys<string>(store)).filter((k) => typeof k === 'string' && k.startsWith(META));
		for (const key of metaKeys) {
			const id = key.slice(META.length);
			const [meta, items] = await getMany([META + id, ITEMS + id], store);
			if (!meta || !Array.isArray(items)) {
				await delMany([META + id, ITEMS + id], store);
				continue;
			}
			const sorted = [...(items as LibraryItem[])].sort((a, b) => collator.compare(String(a.title), String(b.title)));
			await setMany([[ITEMS + id, sorted]], store);
		}
	}
};
const SCHEMA_KEY = 'schemaVersion';
const META = 'meta:';
const ITEMS = 'items:';

export class LibraryCache {
	readonly #idb: IdbStore;
	#ready: Promise<void> | undefined;

	constructor(dbName = 'plexpicker-cache') {
		this.#idb = new IdbStore(dbName);
	}

	#db(): UseStore {
		return this.#idb.store;
	}

	/** Opens the store and brings older data up to the current schema. */
	ready(): Promise<void> {
		this.#ready ??= (async () => {
			const store = this.#db();
			const stored = await get<number>(SCHEMA_KEY, store);
			// No version: a new store, or data from before versioning (= schema 1).
			const version = stored ?? ((await keys(store)).length > 0 ? 1 : CACHE_SCHEMA_VERSION);
			if (stored === undefined && version === CACHE_SCHEMA_VERSION) await setMany([[SCHEMA_KEY, version]], store);
			// A store written by a newer PlexPicker (after a rollback) is read as it is.
			for (let next = version + 1; next <= CACHE_SCHEMA_VERSION; next++) {
				await MIGRATIONS[next]?.(store);
				await setMany([[SCHEMA_KEY, next]], store);
			}
		})().catch((error: unknown) => {
			this.#ready = undefined;
			throw storageError(error);
		});
		return this.#ready;
	}

	async list(): Promise<LibraryMeta[]> {
		try {
			await this.ready();
			const store = this.#db();
			const metaKeys = (await keys<string>(store)).filter((k) => typeof k === 'string' && k.startsWith(META));
			const metas = await getMany<LibraryMeta | undefined>(metaKeys, store);
			// A record some other version wrote in another shape is left out rather than shown half-broken.
			const valid = (m: unknown): m is LibraryMeta => {
				const o = m as Record<string, unknown> | undefined;
				return typeof o === 'object' && o !== null && typeof o.id === 'string' && typeof o.title === 'string' && typeof o.syncedAt === 'number';
			};
			return metas.filter(valid).sort((a, b) => b.syncedAt - a.syncedAt);
		} catch (error) {
			throw storageError(error);
		}
	}

	async load(id: string): Promise<LibraryRecord | undefined> {
		try {
			await this.ready();
			const [meta, items] = await getMany([META + id, ITEMS + id], this.#db());
			if (!meta || !Array.isArray(items)) return undefined;
			return { meta: meta as LibraryMeta, items: usable(items) };
		} catch (error) {
			throw storageError(error);
		}
	}

	/**
	 * Writes a whole library, replacing the previous copy in one transaction. If either write fails
	 * part-way (a value that cannot be stored, quota), the transaction is aborted, so the items are
	 * never replaced without their meta (idb-keyval's setMany would commit the first write).
	 */
	async save(record: LibraryRecord): Promise<void> {
		try {
			await this.ready();
			const meta = { ...record.meta, itemCount: record.items.length };
			await this.#db()('readwrite', (store) => {
				try {
					store.put(record.items, ITEMS + record.meta.id);
					store.put(meta, META + record.meta.id);
				} catch (error) {
					store.transaction.abort();
					throw error;
				}
				return promisifyRequest(store.transaction);
			});
		} catch (error) {
			throw storageError(error);
		}
	}

	async remove(id: string): Promise<void> {
		try {
			await this.ready();
			await delMany([META + id, ITEMS + id], this.#db());
		} catch (error) {
			throw storageError(error);
		}
	}
}

/**
 * Items as the picker needs them. A copy written by an older or broken version may hold entries
 * without a key or title, twice the same key, or tag lists missing or with repeats: drop the
 * first two, repair the others (the UI keys lists by ratingKey and by tag).
 * Copies only when something needs fixing (a 50,000-item library is read on every start).
 */
function usable(items: unknown[]): LibraryItem[] {
	const distinct = (v: unknown) => Array.isArray(v) && v.every((t, i) => typeof t === 'string' && v.indexOf(t) === i);
	const ok = (i: unknown): i is LibraryItem => {
		if (typeof i !== 'object' || i === null) return false;
		const o = i as Record<string, unknown>;
		return typeof o.ratingKey === 'string' && typeof o.title === 'string' && distinct(o.genres) && distinct(o.directors) && distinct(o.cast) && typeof o.viewCount === 'number';
	};
	if (items.every(ok) && new Set(items.map((i) => i.ratingKey)).size === items.length) return items;
	const fixed: LibraryItem[] = [];
	const seen = new Set<string>();
	for (const raw of items) {
		if (typeof raw !== 'object' || raw === null) continue;
		const o = raw as Record<string, unknown>;
		const key = typeof o.ratingKey === 'number' ? String(o.ratingKey) : o.ratingKey;
		if (typeof key !== 'string' || typeof o.title !== 'string' || seen.has(key)) continue;
		seen.add(key);
		if (ok(raw)) {
			fixed.push(raw);
			continue;
		}
		const list = (v: unknown) => (Array.isArray(v) ? [...new Set(v.filter((t): t is string => typeof t === 'string'))] : []);
		fixed.push({
			...(o as unknown as LibraryItem),
			ratingKey: key,
			type: o.type === 'show' ? 'show' : 'movie',
			genres: list(o.genres),
			directors: list(o.directors),
			cast: list(o.cast),
			viewCount: typeof o.viewCount === 'number' && Number.isFinite(o.viewCount) ? o.viewCount : 0
		});
	}
	return fixed;
}
