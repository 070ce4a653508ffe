import { promisifyRequest, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { LibraryItem } from '../library/types.ts';
import { collator } from '../i18n/intl.ts';
import { ITEMS, LAYOUT, META, type KnownLayout, type StoredLayout } from './library-keys.ts';

/*
 * The parts of the library cache (library-cache.ts) a first visit never runs, loaded with the
 * first read or write of a library: content-defined chunks, the schema migrations, and the repair
 * of copies an older or broken version wrote.
 */


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
