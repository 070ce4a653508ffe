import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';
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
	#store: UseStore | undefined;
	#ready: Promise<void> | undefined;
	readonly #dbName: string;

	constructor(dbName = 'plexpicker-cache') {
		this.#dbName = dbName;
	}

	#db(): UseStore {
		this.#store ??= createStore(this.#dbName, 'records');
		return this.#store;
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
			return metas.filter((m): m is LibraryMeta => m !== undefined).sort((a, b) => b.syncedAt - a.syncedAt);
		} catch (error) {
			throw storageError(error);
		}
	}

	async load(id: string): Promise<LibraryRecord | undefined> {
		try {
			await this.ready();
			const [meta, items] = await getMany([META + id, ITEMS + id], this.#db());
			if (!meta || !Array.isArray(items)) return undefined;
			return { meta: meta as LibraryMeta, items };
		} catch (error) {
			throw storageError(error);
		}
	}

	/** Writes a whole library, replacing the previous copy in one transaction. */
	async save(record: LibraryRecord): Promise<void> {
		try {
			await this.ready();
			await setMany(
				[
					[ITEMS + record.meta.id, record.items],
					[META + record.meta.id, { ...record.meta, itemCount: record.items.length }]
				],
				this.#db()
			);
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
