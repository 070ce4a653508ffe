import { get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';
import { IdbStore } from './idb.ts';
import { LAYOUT, META, PICK, type KnownLayout, type StoredLayout } from './library-keys.ts';
import { inTransaction } from './transaction.ts';
import type { CacheCore } from './library-chunks.ts';
import type { LibraryMeta, LibraryRecord } from '../library/types.ts';

/**
 * Cached libraries in IndexedDB (idb-keyval custom store). Per library:
 *   meta:<id>       LibraryMeta (small; listed on start-up)
 *   layout:<id>     { rev, chunks: [chunk keys in order], next }  (which chunks make the items)
 *   items:<id>:<n>  LibraryItem[]: one run of the title-sorted items
 *   pick:<id>       the pick index (pick-index.ts): what a first pick needs of every item, compact,
 *                   stamped with the layout's rev; opening the app reads it first (loadQuick)
 * A save writes the new chunks, the layout and the meta in ONE transaction, so a failed or
 * interrupted write leaves the previous copy whole: nothing is deleted before the new copy is in.
 *
 * Chunks end where an item's ratingKey hashes to a boundary (content-defined, ~256 items each), so
 * adding, renaming or re-watching a few titles changes only the chunks they sit in; a save
 * compares by identity with the chunks this instance last read or wrote and writes only those that
 * differ (a re-sync keeps unchanged items as the same objects). `rev` says whether another tab
 * wrote since: then everything is written.
 */

/**
 * Schema history (bump and add a migration when the stored shape changes):
 *  1. meta:<id> + items:<id>, items in any order.
 *  2. items sorted by title (the browse view reads them in order); plex libraries carry `sync`.
 *  3. items in chunks (layout:<id> + items:<id>:<n>) so small changes write little.
 * A migration rewrites each library in one transaction; one that cannot be read is dropped (its
 * next sync rebuilds it) rather than blocking the others.
 */
export const CACHE_SCHEMA_VERSION = 3;
const SCHEMA_KEY = 'schemaVersion';

/**
 * Reading and writing whole libraries, the chunk writing, the migrations and the repair of odd
 * copies: not needed by a first visit, which only lists what is saved (none).
 */
const chunks = once(() => import('./library-chunks.ts'));
const pickIndex = once(() => import('./pick-index.ts'));

/**
 * An on-demand module, asked for once: asking again for a module already loaded still costs a trip
 * through the module loader on every read and write. A failed load (a chunk that could not be
 * fetched) is tried again next time.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () =>
		(loading ??= load().catch((error: unknown) => {
			loading = undefined;
			throw error;
		}));
}

export class LibraryCache {
	readonly #idb: IdbStore;
	#ready: Promise<void> | undefined;
	/** The chunks this instance last read or wrote, per library (see the top of this file). */
	readonly #known = new Map<string, KnownLayout>();

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
				await (await chunks()).MIGRATIONS[next]?.(store);
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

	/** What the functions that read and write whole libraries (library-chunks.ts) work on. */
	#core(): CacheCore {
		return { store: this.#db(), known: this.#known };
	}

	/** A saved library, whole (undefined when there is none). */
	async load(id: string): Promise<LibraryRecord | undefined> {
		try {
			const [io] = await Promise.all([chunks(), this.ready()]);
			return await io.loadRecord(this.#core(), id);
		} catch (error) {
			throw storageError(error);
		}
	}

	/**
	 * The library as its pick index has it (no summaries or poster paths: pick-index.ts), read in
	 * one transaction with the layout it must match; undefined when there is no current index (a
	 * copy saved before the index existed, or by another version): then load() it, and
	 * writePickIndex() so the next open is quick.
	 */
	async loadQuick(id: string): Promise<LibraryRecord | undefined> {
		try {
			const [{ decodePickIndex }] = await Promise.all([pickIndex(), this.ready()]);
			const found = await this.#db()('readonly', (store) =>
				inTransaction<{ meta: unknown; layout: unknown; index: unknown }>(store, (done, then) => {
					const meta = store.get(META + id);
					const layout = store.get(LAYOUT + id);
					const index = store.get(PICK + id);
					then(index, () => done({ meta: meta.result, layout: layout.result, index: index.result }));
				})
			);
			const rev = (found.layout as StoredLayout | undefined)?.rev;
			if (!found.meta || rev === undefined || (found.index as { rev?: unknown } | undefined)?.rev !== rev) return undefined;
			const items = decodePickIndex(found.index);
			return items ? { meta: found.meta as LibraryMeta, items } : undefined;
		} catch (error) {
			throw storageError(error);
		}
	}

	/**
	 * Writes the pick index of a library this instance just read whole, if the stored copy is still
	 * that one (copies saved before the index existed get theirs on their first open).
	 */
	async writePickIndex(id: string): Promise<void> {
		try {
			await (await chunks()).writePickIndex(this.#core(), id);
		} catch (error) {
			throw storageError(error);
		}
	}

	/**
	 * Writes a whole library, replacing the previous copy in one transaction: the chunks that
	 * changed, the layout, the meta. If any write fails part-way (a value that cannot be stored,
	 * quota), the transaction is aborted, so the items are never replaced without their meta.
	 */
	async save(record: LibraryRecord): Promise<void> {
		try {
			const [io] = await Promise.all([chunks(), this.ready()]);
			await io.saveRecord(this.#core(), record);
		} catch (error) {
			throw storageError(error);
		}
	}

	async remove(id: string): Promise<void> {
		try {
			const [io] = await Promise.all([chunks(), this.ready()]);
			await io.removeRecord(this.#core(), id);
		} catch (error) {
			throw storageError(error);
		}
	}
}
