import { isWatched, type LibraryItem } from '../library/types.ts';
import { normalizeText } from '../library/title-search.ts';
import { withinCeiling } from './content-rating.ts';

/**
 * What the person asked for. `null` / empty means "any". Plain data (JSON-safe): it persists in
 * localStorage and travels in a shared URL (see filter-url.ts).
 */
export interface Filters {
	/** Genres asked for; `genreMode` says whether an item needs any of them or all of them. */
	genres: string[];
	genreMode: 'any' | 'all';
	/** First year of a decade, e.g. 1990. */
	decade: number | null;
	/** Inclusive year range; either end may be open. Items without a year are kept out when set. */
	yearFrom: number | null;
	yearTo: number | null;
	unwatchedOnly: boolean;
	/** Minutes. Items without a runtime are kept out when set. */
	maxRuntime: number | null;
	/** Content rating ceiling, e.g. "PG-13". */
	contentRating: string | null;
	/** Minimum rating 0–10 (audience rating, else critic rating). Unrated items are kept out when set. */
	minRating: number | null;
	/** Only items added to the library within this many days. */
	addedWithinDays: number | null;
	/** Words that must all appear in the title, director or cast (accent- and case-insensitive). */
	search: string;
}

export const NO_FILTERS: Filters = Object.freeze({
	genres: [],
	genreMode: 'any',
	decade: null,
	yearFrom: null,
	yearTo: null,
	unwatchedOnly: false,
	maxRuntime: null,
	contentRating: null,
	minRating: null,
	addedWithinDays: null,
	search: ''
}) as Filters;

/** What filters need besides the item: the clock (for "recently added"), in ms. */
export interface FilterContext {
	now: number;
}

export function decadeOf(year: number): number {
	return Math.floor(year / 10) * 10;
}

/** The score shown on the card and used by "Min rating": audience rating first, like Plex. */
export function scoreOf(item: LibraryItem): number | undefined {
	return item.audienceRating ?? item.rating;
}

const searchable = new WeakMap<LibraryItem, string>();
function searchText(item: LibraryItem): string {
	let text = searchable.get(item);
	if (text === undefined) {
		text = normalizeText([item.title, ...item.directors, ...item.cast].join('\n'));
		searchable.set(item, text);
	}
	return text;
}

function searchWords(search: string): string[] {
	return normalizeText(search).split(/\s+/).filter(Boolean);
}

/**
 * One compiled test per filter set: the checks that are off cost nothing, so filtering 20,000
 * items stays well inside a frame.
 */
export function compileFilters(f: Filters, ctx: FilterContext): (item: LibraryItem) => boolean {
	const checks: ((item: LibraryItem) => boolean)[] = [];
	if (f.genres.length > 0) {
		const wanted = f.genres;
		checks.push(
			f.genreMode === 'all'
				? (item) => wanted.every((g) => item.genres.includes(g))
				: (item) => item.genres.some((g) => wanted.includes(g))
		);
	}
	if (f.decade !== null) {
		const decade = f.decade;
		checks.push((item) => item.year !== undefined && decadeOf(item.year) === decade);
	}
	if (f.yearFrom !== null || f.yearTo !== null) {
		const from = f.yearFrom ?? -Infinity;
		const to = f.yearTo ?? Infinity;
		checks.push((item) => item.year !== undefined && item.year >= from && item.year <= to);
	}
	if (f.unwatchedOnly) checks.push((item) => !isWatched(item));
	if (f.maxRuntime !== null) {
		const max = f.maxRuntime;
		checks.push((item) => item.runtimeMin !== undefined && item.runtimeMin <= max);
	}
	if (f.contentRating !== null) {
		const ceiling = f.contentRating;
		checks.push((item) => withinCeiling(item.contentRating, ceiling));
	}
	if (f.minRating !== null) {
		const min = f.minRating;
		checks.push((item) => {
			const score = scoreOf(item);
			return score !== undefined && score >= min;
		});
	}
	if (f.addedWithinDays !== null) {
		const since = ctx.now / 1000 - f.addedWithinDays * 86_400;
		checks.push((item) => item.addedAt !== undefined && item.addedAt >= since);
	}
	const words = searchWords(f.search);
	if (words.length > 0) {
		checks.push((item) => {
			const text = searchText(item);
			return words.every((w) => text.includes(w));
		});
	}
	if (checks.length === 0) return () => true;
	return (item) => {
		for (const check of checks) if (!check(item)) return false;
		return true;
	};
}

export function matchesFilters(item: LibraryItem, f: Filters, ctx: FilterContext = { now: Date.now() }): boolean {
	return compileFilters(f, ctx)(item);
}

export function applyFilters(items: readonly LibraryItem[], f: Filters, ctx: FilterContext = { now: Date.now() }): LibraryItem[] {
	return items.filter(compileFilters(f, ctx));
}

/** Brings stored or shared filters (maybe from an older version, maybe hand-edited) to a valid shape. */
export function sanitizeFilters(raw: unknown): Filters {
	const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const int = (v: unknown, min: number, max: number): number | null =>
		typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null;
	const genres = Array.isArray(r.genres) ? r.genres.filter((g): g is string => typeof g === 'string' && g !== '').slice(0, 20) : [];
	const rating = typeof r.minRating === 'number' && r.minRating >= 0 && r.minRating <= 10 ? r.minRating : null;
	return {
		genres: [...new Set(genres)],
		genreMode: r.genreMode === 'all' ? 'all' : 'any',
		decade: int(r.decade, 1800, 2200) !== null && (r.decade as number) % 10 === 0 ? (r.decade as number) : null,
		yearFrom: int(r.yearFrom, 1800, 2200),
		yearTo: int(r.yearTo, 1800, 2200),
		unwatchedOnly: r.unwatchedOnly === true,
		maxRuntime: int(r.maxRuntime, 1, 1000),
		contentRating: typeof r.contentRating === 'string' && r.contentRating !== '' ? r.contentRating.slice(0, 20) : null,
		minRating: rating,
		addedWithinDays: int(r.addedWithinDays, 1, 3650),
		search: typeof r.search === 'string' ? r.search.slice(0, 200) : ''
	};
}
