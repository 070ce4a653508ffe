import { get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';
import { IdbStore } from './idb.ts';
import { ITEMS, LAYOUT, META, PICK, type KnownLayout, type StoredLayout } from './library-keys.ts';
import type { LibraryItem, LibraryMeta, LibraryRecord } from '../library/types.ts';

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
 * The chunk writing, the migrations and the repair of odd copies, and the pick index: not needed
 * by a first visit. Each import is asked for once: asking again for a module already loaded still
 * costs a trip through the module loader on every read and write.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	// A failed load (a chunk that could not be fetched) is tried again next time.
	return () =>
		(loading ??= load().catch((error: unknown) => {
			loading = undefined;
			throw error;
		}));
}
const chunks = once(() => import('./library-chunks.ts'));
const pickIndex = once(() => import('./pick-index.ts'));

/** Libraries whose items this instance keeps for a quick re-load (the app holds them anyway). */
const KNOWN_KEPT = 2;

/** Runs `next` when `request` succeeds, still inside its transaction. */
type After = (request: IDBRequest, next: () => void) => void;

/**
 * Runs `work` on the store in one transaction and settles when it commits. `work` may issue more
 * requests from `after` callbacks (the transaction stays open while requests are pending); if it
 * or a callback throws, the transaction is aborted so nothing of it is kept.
 */
function inTransaction<T>(store: IDBObjectStore, work: (done: (value: T) => void, after: After) => void): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const tx = store.transaction;
		let value: T;
		let failure: unknown;
		tx.oncomplete = () => resolve(value);
		tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
		const guard = (step: () => void) => {
			try {
				step();
			} catch (error) {
				failure ??= error;
				try {
					tx.abort();
				} catch {
					// already finished
				}
			}
		};
		guard(() =>
			work(
				(v) => (value = v),
				(request, next) => (request.onsuccess = () => guard(next))
			)
		);
	});
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

	async load(id: string): Promise<LibraryRecord | undefined> {
		try {
			const [{ usable }] = await Promise.all([chunks(), this.ready()]);
			const memo = this.#known.get(id);
			// One read transaction: the layout and the chunks it names belong to one write.
			const found = await this.#db()('readonly', (store) =>
				inTransaction<{ meta: unknown; layout: StoredLayout | undefined; parts: unknown[]; items?: LibraryItem[] } | undefined>(store, (done, then) => {
					const metaRequest = store.get(META + id);
					const layoutRequest = store.get(LAYOUT + id);
					then(layoutRequest, () => {
						const layout = layoutRequest.result as StoredLayout | undefined;
						// Unchanged since this instance read or wrote it (a sync reads the copy it just saved).
						if (memo?.items && layout?.rev === memo.rev) return done(metaRequest.result ? { meta: metaRequest.result, layout, parts: [], items: memo.items } : undefined);
						// No layout: a copy from before chunks (a newer PlexPicker's store, read as it is).
						const keys = layout && Array.isArray(layout.chunks) ? layout.chunks : [ITEMS + id];
						const parts: unknown[] = new Array(keys.length);
						let left = keys.length;
						const finish = () => done(metaRequest.result ? { meta: metaRequest.result, layout, parts } : undefined);
						if (left === 0) finish();
						keys.forEach((key, i) => {
							const request = store.get(key);
							then(request, () => {
								parts[i] = request.result;
								if (--left === 0) finish();
							});
						});
					});
				})
			);
			if (!found) return undefined;
			if (found.items) return { meta: found.meta as LibraryMeta, items: found.items };
			if (!found.parts.every(Array.isArray)) return undefined;
			const parts = found.parts as unknown[][];
			const raw = parts.length === 1 ? parts[0]! : parts.flat();
			const items = usable(raw);
			if (found.layout && Array.isArray(found.layout.chunks)) {
				const byFirst: KnownLayout['byFirst'] = new Map();
				parts.forEach((chunk, i) => byFirst.set(chunk[0], { key: found.layout!.chunks[i]!, items: chunk }));
				// Repaired items are new objects: no quick re-load then (the chunks no longer match).
				this.#remember(id, { rev: found.layout.rev, byFirst, items: items === raw ? items : undefined });
			}
			return { meta: found.meta as LibraryMeta, items };
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
		const known = this.#known.get(id);
		if (!known?.items) return;
		const { rev, items } = known;
		try {
			const { encodePickIndex } = await pickIndex();
			const index = encodePickIndex(items, rev);
			if (!index) return;
			await this.#db()('readwrite', (store) =>
				inTransaction<void>(store, (_done, then) => {
					const layout = store.get(LAYOUT + id);
					then(layout, () => {
						if ((layout.result as StoredLayout | undefined)?.rev === rev) store.put(index, PICK + id);
					});
				})
			);
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
			await this.ready();
			const id = record.meta.id;
			const meta = { ...record.meta, itemCount: record.items.length };
			const known = this.#known.get(id);
			// Forgotten first: if this write fails, the next one must not trust what it thought was stored.
			this.#known.delete(id);
			const [{ writeChunks }, { encodePickIndex }] = await Promise.all([chunks(), pickIndex()]);
			const written = await this.#db()('readwrite', (store) =>
				inTransaction<KnownLayout>(store, (done, then) => {
					const layoutRequest = store.get(LAYOUT + id);
					then(layoutRequest, () => {
						const stored = layoutRequest.result as StoredLayout | undefined;
						// The very items this instance last read or wrote, still the stored copy (a re-sync
						// that found nothing new): only the meta changes, without walking the items at all.
						if (known?.items === record.items && stored?.rev === known.rev) {
							done(known);
							store.put(meta, META + id);
							return;
						}
						const layout = writeChunks(store, id, record.items, stored, known);
						done(layout);
						// A new layout gets its pick index in the same write (none: opens read the full copy).
						if (layout.rev !== stored?.rev) {
							const index = encodePickIndex(record.items, layout.rev);
							if (index) store.put(index, PICK + id);
							else store.delete(PICK + id);
						}
						// The whole-array copy of schema 2, if a newer-version store still has one.
						if (!stored) store.delete(ITEMS + id);
						store.put(meta, META + id);
					});
				})
			);
			this.#remember(id, { ...written, items: record.items });
		} catch (error) {
			throw storageError(error);
		}
	}

	#remember(id: string, layout: KnownLayout): void {
		this.#known.delete(id);
		this.#known.set(id, layout);
		// Only the newest few keep their items; older ones keep just enough to write little.
		let over = [...this.#known.values()].filter((k) => k.items).length - KNOWN_KEPT;
		for (const k of this.#known.values()) {
			if (over <= 0) break;
			if (k.items) {
				k.items = undefined;
				over--;
			}
		}
	}

	async remove(id: string): Promise<void> {
		try {
			await this.ready();
			this.#known.delete(id);
			await this.#db()('readwrite', (store) =>
				inTransaction<void>(store, () => {
					store.delete(META + id);
					store.delete(LAYOUT + id);
					store.delete(PICK + id);
					store.delete(ITEMS + id);
					store.delete(IDBKeyRange.bound(`${ITEMS}${id}:`, `${ITEMS}${id}:\uffff`));
				})
			);
		} catch (error) {
			throw storageError(error);
		}
	}
}
