import type { ItemType, LibraryItem } from '../library/types.ts';

/**
 * The pick index: what a first pick needs of every item (the fields the filters, the facets and
 * the card's first line read), kept beside the full copy in a compact, column-wise form. Opening
 * the app reads this (about a quarter of the full copy's bytes, mostly typed arrays that
 * IndexedDB hands over as one block) instead of every item's summary and poster path, and the
 * full copy follows once the pick button is enabled (README "Open speed").
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
	/** INTS per item; NONE where the field is absent. */
	ints: Int32Array;
	/** rating and audienceRating per item; NaN where absent. */
	floats: Float64Array;
	/** Lengths of genres, directors and cast per item. */
	lens: Uint8Array;
	/** Pool indices of the tag lists, item after item. */
	tags: Uint32Array;
}

const VERSION = 1;
const NONE = -2147483648;
const SEP = '\u0000';
const INT_FIELDS = ['year', 'runtimeMin', 'addedAt', 'updatedAt', 'viewCount', 'lastViewedAt', 'leafCount', 'viewedLeafCount', 'season', 'episode'] as const;
/** After the int fields: pool indices of type, contentRating and show. */
const INTS = INT_FIELDS.length + 3;
const LISTS = ['genres', 'directors', 'cast'] as const;

/** Not storable as an int field (NONE is "absent"). */
const BAD = NONE + 1;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > BAD && v <= 2147483647;

/**
 * Encodes `items`, or returns undefined when one of them does not fit the form (a text with
 * \u0000, a number that is not a 32-bit integer, a list of more than 255): then there is no index
 * and the app opens from the full copy, as before.
 */
export function encodePickIndex(items: readonly LibraryItem[], rev: string): PickIndex | undefined {
	const n = items.length;
	const ints = new Int32Array(n * INTS);
	const floats = new Float64Array(n * 2);
	const lens = new Uint8Array(n * LISTS.length);
	let tags = new Uint32Array(n * 8);
	let t = 0;
	const pool: string[] = [];
	const poolIndex = new Map<string, number>();
	const ref = (v: unknown): number => {
		if (v === undefined) return NONE;
		if (typeof v !== 'string') return -1;
		let i = poolIndex.get(v);
		if (i === undefined) {
			i = pool.length;
			pool.push(v);
			poolIndex.set(v, i);
		}
		return i;
	};
	const int = (v: unknown): number => (v === undefined ? NONE : isInt(v) ? v : BAD);
	const list = (k: number, l: number, v: unknown): boolean => {
		if (!Array.isArray(v) || v.length > 255) return false;
		lens[k * LISTS.length + l] = v.length;
		if (t + v.length > tags.length) {
			const grown = new Uint32Array(Math.max(tags.length * 2, t + v.length));
			grown.set(tags);
			tags = grown;
		}
		for (const tag of v) {
			const i = ref(tag);
			if (i < 0) return false;
			tags[t++] = i;
		}
		return true;
	};
	let text = '';
	for (let k = 0; k < n; k++) {
		const item = items[k]!;
		const { ratingKey, title } = item;
		if (typeof ratingKey !== 'string' || typeof title !== 'string' || ratingKey.includes(SEP) || title.includes(SEP)) return undefined;
		text += k === 0 ? `${ratingKey}${SEP}${title}` : `${SEP}${ratingKey}${SEP}${title}`;
		const b = k * INTS;
		// In INT_FIELDS order, then the pooled strings.
		const row = [
			int(item.year),
			int(item.runtimeMin),
			int(item.addedAt),
			int(item.updatedAt),
			int(item.viewCount),
			int(item.lastViewedAt),
			int(item.leafCount),
			int(item.viewedLeafCount),
			int(item.season),
			int(item.episode),
			ref(item.type),
			ref(item.contentRating),
			ref(item.show)
		];
		for (let f = 0; f < INTS; f++) {
			const v = row[f]!;
			if (v === BAD || (f >= INT_FIELDS.length && v < 0 && v !== NONE)) return undefined;
			ints[b + f] = v;
		}
		const { rating, audienceRating } = item;
		if ((rating !== undefined && typeof rating !== 'number') || (audienceRating !== undefined && typeof audienceRating !== 'number')) return undefined;
		floats[2 * k] = rating ?? NaN;
		floats[2 * k + 1] = audienceRating ?? NaN;
		if (!list(k, 0, item.genres) || !list(k, 1, item.directors) || !list(k, 2, item.cast)) return undefined;
	}
	return { v: VERSION, rev, count: n, text, pool, ints, floats, lens, tags: tags.slice(0, t) };
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
		!(index.ints instanceof Int32Array) ||
		!(index.floats instanceof Float64Array) ||
		!(index.lens instanceof Uint8Array) ||
		!(index.tags instanceof Uint32Array)
	)
		return undefined;
	const { count: n, pool, ints, floats, lens, tags } = index;
	const text = n === 0 ? [] : index.text.split(SEP);
	if (text.length !== n * 2 || ints.length !== n * INTS || floats.length !== n * 2 || lens.length !== n * LISTS.length) return undefined;
	const str = (i: number) => (i === NONE ? undefined : pool[i]);
	const items: LibraryItem[] = new Array(n);
	let t = 0;
	const list = (len: number): string[] => {
		const out: string[] = new Array(len);
		for (let j = 0; j < len; j++) out[j] = pool[tags[t++]!]!;
		return out;
	};
	for (let k = 0; k < n; k++) {
		const b = k * INTS;
		const l = k * LISTS.length;
		const item: LibraryItem = {
			ratingKey: text[2 * k]!,
			type: (str(ints[b + INT_FIELDS.length]!) ?? 'movie') as ItemType,
			title: text[2 * k + 1]!,
			genres: list(lens[l]!),
			directors: list(lens[l + 1]!),
			cast: list(lens[l + 2]!),
			viewCount: 0
		};
		for (let f = 0; f < INT_FIELDS.length; f++) {
			const v = ints[b + f]!;
			if (v !== NONE) item[INT_FIELDS[f]!] = v;
		}
		const contentRating = str(ints[b + INT_FIELDS.length + 1]!);
		if (contentRating !== undefined) item.contentRating = contentRating;
		const show = str(ints[b + INT_FIELDS.length + 2]!);
		if (show !== undefined) item.show = show;
		const rating = floats[2 * k]!;
		if (!Number.isNaN(rating)) item.rating = rating;
		const audience = floats[2 * k + 1]!;
		if (!Number.isNaN(audience)) item.audienceRating = audience;
		items[k] = item;
	}
	if (t !== tags.length) return undefined;
	return items;
}
