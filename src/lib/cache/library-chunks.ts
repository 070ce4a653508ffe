import { promisifyRequest, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { LibraryItem, LibraryMeta, LibraryRecord } from '../library/types.ts';
import { collator } from '../i18n/intl.ts';
import { ITEMS, LAYOUT, META, PICK, type KnownLayout, type StoredLayout } from './library-keys.ts';
import { inTransaction } from './transaction.ts';
import { encodePickIndex } from './pick-index.ts';

/*
 * The parts of the library cache (library-cache.ts) a first visit never runs, loaded with the
 * first read or write of a library: reading and writing whole libraries, content-defined chunks,
 * the schema migrations, and the repair of copies an older or broken version wrote. A first visit
 * only lists the saved libraries (none); opening one reads its pick index first (loadQuick, which
 * stays in library-cache.ts), so this loads beside the first pick, not before it.
 */

/** What LibraryCache gives the functions below: its store, and the chunks it last read or wrote. */
export interface CacheCore {
	store: UseStore;
	known: Map<string, KnownLayout>;
}

/** Libraries whose items a cache keeps for a quick re-load (the app holds them anyway). */
const KNOWN_KEPT = 2;

function remember(known: Map<string, KnownLayout>, id: string, layout: KnownLayout): void {
	known.delete(id);
	known.set(id, layout);
	// Only the newest few keep their items; older ones keep just enough to write little.
	let over = [...known.values()].filter((k) => k.items).length - KNOWN_KEPT;
	for (const k of known.values()) {
		if (over <= 0) break;
		if (k.items) {
			k.items = undefined;
			over--;
		}
	}
}

/** A saved library, whole: LibraryCache.load (which opens the store and words its errors). */
export async function loadRecord({ store: db, known }: CacheCore, id: string): Promise<LibraryRecord | undefined> {
	const memo = known.get(id);
	// One read transaction: the layout and the chunks it names belong to one write.
	const found = await db('readonly', (store) =>
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
		remember(known, id, { rev: found.layout.rev, byFirst, items: items === raw ? items : undefined });
	}
	return { meta: found.meta as LibraryMeta, items };
}

/** LibraryCache.writePickIndex: the index of a library just read whole, if its copy is still the stored one. */
export async function writePickIndex({ store: db, known: memo }: CacheCore, id: string): Promise<void> {
	const known = memo.get(id);
	if (!known?.items) return;
	const { rev, items } = known;
	const index = encodePickIndex(items, rev);
	if (!index) return;
	await db('readwrite', (store) =>
		inTransaction<void>(store, (_done, then) => {
			const layout = store.get(LAYOUT + id);
			then(layout, () => {
				if ((layout.result as StoredLayout | undefined)?.rev === rev) store.put(index, PICK + id);
			});
		})
	);
}

/** LibraryCache.save: the whole library in one transaction (the chunks that changed, the layout, the meta). */
export async function saveRecord({ store: db, known: memo }: CacheCore, record: LibraryRecord): Promise<void> {
	const id = record.meta.id;
	const meta = { ...record.meta, itemCount: record.items.length };
	const known = memo.get(id);
	// Forgotten first: if this write fails, the next one must not trust what it thought was stored.
	memo.delete(id);
	const written = await db('readwrite', (store) =>
		inTransaction<KnownLayout>(store, (done, then) => {
			const layoutRequest = store.get(LAYOUT + id);
			then(layoutRequest, () => {
				const stored = layoutRequest.result as StoredLayout | undefined;
				// The very items this cache last read or wrote, still the stored copy (a re-sync that
				// found nothing new): only the meta changes, without walking the items at all.
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
	remember(memo, id, { ...written, items: record.items });
}

/** LibraryCache.remove: a library's meta, layout, pick index and chunks, in one transaction. */
export async function removeRecord({ store: db, known }: CacheCore, id: string): Promise<void> {
	known.delete(id);
	await db('readwrite', (store) =>
		inTransaction<void>(store, () => {
			store.delete(META + id);
			store.delete(LAYOUT + id);
			store.delete(PICK + id);
			store.delete(ITEMS + id);
			store.delete(IDBKeyRange.bound(`${ITEMS}${id}:`, `${ITEMS}${id}:\uffff`));
		})
	);
}


export const MIGRATIONS: Record<number, (store: UseStore) => Promise<void>> = {
	2: async (store) => {
		const metaKeys = (await keys<string>(store)).filter((k) => typeof k === 'string' && k.startsWith(META));
		for (const key of metaKeys) {
			const id = key.slice(META.length);
			const [meta, items] = await getMany([META + id, ITEMS + id], store);
			if (!meta || !Array.isArray(items)) {
				await delMany([META + id, ITEMS + id], store);
				continue;
			}
			const { compare } = collator();
			const sorted = [...(items as LibraryItem[])].sort((a, b) => compare(String(a.title), String(b.title)));
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

/** Average chunk length (a power of two) and the most one chunk may hold. */
const CHUNK_AVERAGE = 256;
const CHUNK_MAX = 1024;

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
export function writeChunks(store: IDBObjectStore, id: string, items: unknown[], stored: StoredLayout | undefined, known: KnownLayout | undefined): KnownLayout {
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
	const before = Array.isArray(stored?.chunks) ? stored.chunks : [];
	// Nothing changed (an unchanged re-sync): the stored layout, its rev and its pick index stay.
	if (reuse && before.length === keys.length && before.every((key, i) => key === keys[i])) return { rev: reuse.rev, byFirst };
	for (const key of before) if (!used.has(key)) store.delete(key);
	const rev = newRev();
	store.put({ rev, chunks: keys, next } satisfies StoredLayout, LAYOUT + id);
	return { rev, byFirst };
}


/**
 * Items as the picker needs them. A copy written by an older or broken version may hold entries
 * without a key or title, twice the same key, or tag lists missing or with repeats: drop the
 * first two, repair the others (the UI keys lists by ratingKey and by tag).
 * Copies only when something needs fixing (a 50,000-item library is read on every start).
 */
export function usable(items: unknown[]): LibraryItem[] {
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
