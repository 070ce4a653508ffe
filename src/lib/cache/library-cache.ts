import { delMany, get, getMany, keys, promisifyRequest, setMany, type UseStore } from 'idb-keyval';
import { storageError } from '../errors.ts';
import { IdbStore } from './idb.ts';
import type { LibraryItem, LibraryMeta, LibraryRecord } from '../library/types.ts';

/**
 * Cached libraries in IndexedDB (idb-keyval custom store). Per library:
 *   meta:<id>       LibraryMeta (small; listed on start-up)
 *   layout:<id>     { rev, chunks: [chunk keys in order], next }  (which chunks make the items)
 *   items:<id>:<n>  LibraryItem[]: one run of the title-sorted items
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
	},
	3: async (store) => {
		const metaKeys = (await keys<string>(store)).filter((k) => typeof k === 'string' && k.startsWith(META));
		for (const key of metaKeys) {
			const id = key.slice(META.length);
			const items = await get<unknown>(ITEMS + id, store);
			if (!Array.isArray(items)) {
				await delMany([META + id, ITEMS + id], store);
				continue;
			}
			// One transaction: the chunks and layout go in and the whole array goes out together.
			await store('readwrite', (s) => {
				writeChunks(s, id, items as LibraryItem[], undefined, undefined);
				s.delete(ITEMS + id);
				return promisifyRequest(s.transaction);
			});
		}
	}
};
const SCHEMA_KEY = 'schemaVersion';
const META = 'meta:';
const ITEMS = 'items:';
const LAYOUT = 'layout:';

/** Average chunk length (a power of two) and the most one chunk may hold. */
const CHUNK_AVERAGE = 256;
const CHUNK_MAX = 1024;

interface StoredLayout {
	rev: string;
	chunks: string[];
	/** The number the next new chunk key gets. */
	next: number;
}

/** What this instance knows is stored for one library: the chunks, by their first item. */
interface KnownLayout {
	rev: string;
	byFirst: Map<unknown, { key: string; items: unknown[] }>;
	/** The items as last read or written (what a load returns while `rev` is still the stored one). */
	items?: LibraryItem[];
}

/** Libraries whose items this instance keeps for a quick re-load (the app holds them anyway). */
const KNOWN_KEPT = 2;

function boundaryAfter(item: unknown): boolean {
	const key = String((item as { ratingKey?: unknown } | null)?.ratingKey ?? '');
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return ((h >>> 0) & (CHUNK_AVERAGE - 1)) === 0;
}

function chunksOf(items: unknown[]): unknown[][] {
	const chunks: unknown[][] = [];
	let start = 0;
	for (let i = 0; i < items.length; i++) {
		if (boundaryAfter(items[i]) || i + 1 - start >= CHUNK_MAX) {
			chunks.push(items.slice(start, i + 1));
			start = i + 1;
		}
	}
	if (start < items.length) chunks.push(items.slice(start));
	return chunks;
}

let revisions = 0;
const newRev = () => `${Date.now().toString(36)}-${(revisions++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Puts the chunks of `items` that `known` (valid for `stored`) does not already hold, deletes the
 * chunks of `stored` no longer used, and puts the new layout. Returns what is then stored.
 */
function writeChunks(store: IDBObjectStore, id: string, items: unknown[], stored: StoredLayout | undefined, known: KnownLayout | undefined): KnownLayout {
	const reuse = known && stored && known.rev === stored.rev ? known : undefined;
	let next = typeof stored?.next === 'number' ? stored.next : 0;
	const keys: string[] = [];
	const byFirst: KnownLayout['byFirst'] = new Map();
	for (const chunk of chunksOf(items)) {
		const prior = reuse?.byFirst.get(chunk[0]);
		let key: string;
		if (prior && prior.items.length === chunk.length && prior.items.every((item, i) => item === chunk[i])) key = prior.key;
		else {
			key = `${ITEMS}${id}:${next++}`;
			store.put(chunk, key);
		}
		keys.push(key);
		byFirst.set(chunk[0], { key, items: chunk });
	}
	const used = new Set(keys);
	for (const key of Array.isArray(stored?.chunks) ? stored.chunks : []) if (!used.has(key)) store.delete(key);
	const rev = newRev();
	store.put({ rev, chunks: keys, next } satisfies StoredLayout, LAYOUT + id);
	return { rev, byFirst };
}

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
			const written = await this.#db()('readwrite', (store) =>
				inTransaction<KnownLayout>(store, (done, then) => {
					const layoutRequest = store.get(LAYOUT + id);
					then(layoutRequest, () => {
						const stored = layoutRequest.result as StoredLayout | undefined;
						done(writeChunks(store, id, record.items, stored, known));
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
					store.delete(ITEMS + id);
					store.delete(IDBKeyRange.bound(`${ITEMS}${id}:`, `${ITEMS}${id}:\uffff`));
				})
			);
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
