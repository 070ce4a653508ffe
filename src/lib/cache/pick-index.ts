import type { ItemType, LibraryItem } from '../library/types.ts';

/**
 * The pick index: what a first pick needs of every item (the fields the filters, the facets and
 * the card's first line read), kept beside the full copy in a compact, column-wise form. Opening
 * the app reads this (under a fifth of the full copy's bytes, mostly typed arrays that IndexedDB
 * hands over as blocks) instead of every item's summary and poster path, and the full copy
 * follows once the pick button is enabled (README "Open speed").
 *
 * Left out (read with the full copy): summary, thumb, originallyAvailableAt, and any field this
 * version does not know. Items decoded from it are complete otherwise: same ratingKeys, titles,
 * tag lists, numbers, in the same order.
 */
export interface PickIndex {
	v: typeof VERSION;
	/** The stored layout revision it was written with: a stale index is not used. */
	rev: string;
	count: number;
	/** ratingKey and title of each item, separated by \u0000. */
	text: string;
	/** Strings used by reference: tags, content ratings, types, show titles. */
	pool: string[];
	/** WIDE per item (timestamps, pool references); NONE where absent. */
	wide: Int32Array;
	/** SMALL per item (years, minutes, counts, season and episode numbers); SMALL_NONE where absent. */
	small: Uint16Array;
	/** rating and audienceRating per item in hundredths; SMALL_NONE where absent. */
	ratings: Uint16Array;
	/** Lengths of genres, directors and cast per item. */
	lens: Uint8Array;
	/** Pool indices of the tag lists, item after item (16 bits while the pool is small enough). */
	tags: Uint16Array | Uint32Array;
}

const VERSION = 2;
const NONE = -2147483648;
const SMALL_NONE = 0xffff;
const SEP = '\u0000';
const WIDE_FIELDS = ['addedAt', 'updatedAt', 'lastViewedAt'] as const;
/** After the wide fields: pool references of type, contentRating and show. */
const WIDE = WIDE_FIELDS.length + 3;
const SMALL_FIELDS = ['year', 'runtimeMin', 'viewCount', 'leafCount', 'viewedLeafCount', 'season', 'episode'] as const;
const SMALL = SMALL_FIELDS.length;
const LISTS = 3; // genres, directors, cast

/** A value a field cannot hold: the library gets no index (it opens from the full copy). */
class Unfit extends Error {}

const wideOf = (v: unknown): number => {
	if (v === undefined) return NONE;
	if (typeof v === 'number' && Number.isInteger(v) && v > NONE && v <= 2147483647) return v;
	throw new Unfit();
};
const smallOf = (v: unknown): number => {
	if (v === undefined) return SMALL_NONE;
	if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < SMALL_NONE) return v;
	throw new Unfit();
};
/** Ratings are 0–10 with at most two decimals (Plex sends one); anything else is unfit. */
const ratingOf = (v: unknown): number => {
	if (v === undefined) return SMALL_NONE;
	if (typeof v !== 'number' || !(v >= 0 && v <= 100)) throw new Unfit();
	const hundredths = Math.round(v * 100);
	if (hundredths / 100 !== v) throw new Unfit();
	return hundredths;
};

/**
 * Encodes `items`, or returns undefined when one of them does not fit the form (a text with
 * \u0000, a number out of its column's range, a list of more than 255): then there is no index
 * and the app opens from the full copy, as before.
 */
export function encodePickIndex(items: readonly LibraryItem[], rev: string): PickIndex | undefined {
	try {
		return encode(items, rev);
	} catch (error) {
		if (error instanceof Unfit) return undefined;
		throw error;
	}
}

function encode(items: readonly LibraryItem[], rev: string): PickIndex {
	const n = items.length;
	const wide = new Int32Array(n * WIDE);
	const small = new Uint16Array(n * SMALL);
	const ratings = new Uint16Array(n * 2);
	const lens = new Uint8Array(n * LISTS);
	let tags = new Uint32Array(Math.max(16, n * 8));
	let t = 0;
	const pool: string[] = [];
	const poolIndex = new Map<string, number>();
	const ref = (v: unknown): number => {
		if (v === undefined) return NONE;
		if (typeof v !== 'string') throw new Unfit();
		let i = poolIndex.get(v);
		if (i === undefined) {
			i = pool.length;
			pool.push(v);
			poolIndex.set(v, i);
		}
		return i;
	};
	const list = (k: number, l: number, v: unknown) => {
		if (!Array.isArray(v) || v.length > 255) throw new Unfit();
		lens[k * LISTS + l] = v.length;
		if (t + v.length > tags.length) {
			const grown = new Uint32Array(Math.max(tags.length * 2, t + v.length));
			grown.set(tags);
			tags = grown;
		}
		for (const tag of v) {
			const i = ref(tag);
			if (i === NONE) throw new Unfit();
			tags[t++] = i;
		}
	};
	let text = '';
	for (let k = 0; k < n; k++) {
		const item = items[k]!;
		const { ratingKey, title } = item;
		if (typeof ratingKey !== 'string' || typeof title !== 'string' || ratingKey.includes(SEP) || title.includes(SEP)) throw new Unfit();
		text += k === 0 ? `${ratingKey}${SEP}${title}` : `${SEP}${ratingKey}${SEP}${title}`;
		const w = k * WIDE;
		wide[w] = wideOf(item.addedAt);
		wide[w + 1] = wideOf(item.updatedAt);
		wide[w + 2] = wideOf(item.lastViewedAt);
		wide[w + 3] = ref(item.type);
		wide[w + 4] = ref(item.contentRating);
		wide[w + 5] = ref(item.show);
		const s = k * SMALL;
		small[s] = smallOf(item.year);
		small[s + 1] = smallOf(item.runtimeMin);
		small[s + 2] = smallOf(item.viewCount);
		small[s + 3] = smallOf(item.leafCount);
		small[s + 4] = smallOf(item.viewedLeafCount);
		small[s + 5] = smallOf(item.season);
		small[s + 6] = smallOf(item.episode);
		ratings[2 * k] = ratingOf(item.rating);
		ratings[2 * k + 1] = ratingOf(item.audienceRating);
		list(k, 0, item.genres);
		list(k, 1, item.directors);
		list(k, 2, item.cast);
	}
	const used = tags.subarray(0, t);
	return { v: VERSION, rev, count: n, text, pool, wide, small, ratings, lens, tags: pool.length <= 0xffff ? Uint16Array.from(used) : used.slice() };
}

/** The items of an index this version wrote, or undefined for anything else (then: the full copy). */
export function decodePickIndex(value: unknown): LibraryItem[] | undefined {
	const index = value as Partial<PickIndex> | null | undefined;
	if (
		!index ||
		index.v !== VERSION ||
		typeof index.count !== 'number' ||
		typeof index.text !== 'string' ||
		!Array.isArray(index.pool) ||
		!(index.wide instanceof Int32Array) ||
		!(index.small instanceof Uint16Array) ||
		!(index.ratings instanceof Uint16Array) ||
		!(index.lens instanceof Uint8Array) ||
		!(index.tags instanceof Uint16Array || index.tags instanceof Uint32Array)
	)
		return undefined;
	const { count: n, pool, wide, small, ratings, lens, tags } = index;
	const text = n === 0 ? [] : index.text.split(SEP);
	if (text.length !== n * 2 || wide.length !== n * WIDE || small.length !== n * SMALL || ratings.length !== n * 2 || lens.length !== n * LISTS) return undefined;
	const str = (i: number) => (i === NONE ? undefined : pool[i]);
	const items: LibraryItem[] = new Array(n);
	let t = 0;
	const list = (len: number): string[] => {
		const out: string[] = new Array(len);
		for (let j = 0; j < len; j++) out[j] = pool[tags[t++]!]!;
		return out;
	};
	for (let k = 0; k < n; k++) {
		const w = k * WIDE;
		const s = k * SMALL;
		const l = k * LISTS;
		const item: LibraryItem = {
			ratingKey: text[2 * k]!,
			type: (str(wide[w + 3]!) ?? 'movie') as ItemType,
			title: text[2 * k + 1]!,
			genres: list(lens[l]!),
			directors: list(lens[l + 1]!),
			cast: list(lens[l + 2]!),
			viewCount: 0
		};
		for (let f = 0; f < WIDE_FIELDS.length; f++) {
			const v = wide[w + f]!;
			if (v !== NONE) item[WIDE_FIELDS[f]!] = v;
		}
		for (let f = 0; f < SMALL; f++) {
			const v = small[s + f]!;
			if (v !== SMALL_NONE) item[SMALL_FIELDS[f]!] = v;
		}
		const contentRating = str(wide[w + 4]!);
		if (contentRating !== undefined) item.contentRating = contentRating;
		const show = str(wide[w + 5]!);
		if (show !== undefined) item.show = show;
		const rating = ratings[2 * k]!;
		if (rating !== SMALL_NONE) item.rating = rating / 100;
		const audience = ratings[2 * k + 1]!;
		if (audience !== SMALL_NONE) item.audienceRating = audience / 100;
		items[k] = item;
	}
	if (t !== tags.length || tags.some((i) => i >= pool.length)) return undefined;
	return items;
}
