import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';
import type { LibraryMeta, LibraryRecord } from '../library/types.ts';

/**
 * Cached libraries in IndexedDB (idb-keyval custom store). Per library two records:
 *   meta:<id>   LibraryMeta (small; listed on start-up)
 *   items:<id>  LibraryItem[]
 * Both are written in ONE transaction (setMany), so a failed or interrupted write leaves the
 * previous copy whole: the new copy replaces the old one atomically, nothing is deleted first.
 */

export const CACHE_SCHEMA_VERSION = 1;
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
			const version = await get<number>(SCHEMA_KEY, store);
			if (version === undefined) {
				await setMany([[SCHEMA_KEY, CACHE_SCHEMA_VERSION]], store);
			} else if (version > CACHE_SCHEMA_VERSION) {
				// Written by a newer PlexPicker (e.g. after a rollback): leave it alone, read what we can.
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
