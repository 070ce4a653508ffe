import type fastCheck from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { isWatched, type LibraryItem } from '../library/types.ts';
import { normalizeText } from '../library/title-search.ts';
import { RATING_CEILINGS, withinCeiling } from './content-rating.ts';
import { t } from '../i18n/i18n.ts';
import { clock } from '../i18n/intl.ts';

/**
 * What the person asked for. `null` / empty means "any". Plain data (JSON-safe): it persists in
 * localStorage and travels in a shared URL (see filter-url.ts). Every field belongs to one entry
 * of FILTER_TABLE below, which says everything else about it.
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
	/** "HH:MM", local time: only titles that end before then if started now (with a few minutes to spare). */
	finishBy: string | null;
}

/** What filters need besides the item: the clock, in ms (for "Recently added" and time-of-day filters). */
export interface FilterContext {
	now: number;
}

/** The values the filter controls offer, taken from the library itself (see facets.ts). */
export interface Facets {
	genres: string[];
	decades: number[];
	/** Lowest and highest year in the library, for the year range inputs. */
	years: { min: number; max: number } | null;
}

/** How the filter panel shows a filter. `search`, `genres` and `years` have controls of their own. */
export type FilterControl =
	| { kind: 'search' | 'genres' | 'years' }
	| { kind: 'check'; label: () => string; get: (f: Filters) => boolean; set: (f: Filters, on: boolean) => void }
	| {
			kind: 'select';
			label: () => string;
			/** The first option, meaning "not set". */
			any: () => string;
			options: (facets: Facets) => { value: string; label: string }[];
			get: (f: Filters) => string;
			set: (f: Filters, value: string) => void;
	  }
	| { kind: 'time'; label: () => string; get: (f: Filters) => string; set: (f: Filters, value: string) => void };

/** Everything about one filter, in one place: adding a filter is adding an entry (and its tests). */
export interface FilterSpec {
	/** Its id (unique, never translated): what `active`, "relax" and "Clear …" pass around. */
	name: string;
	/** Its name in the app's language, as "Try relaxing …" and "Clear …" say it. */
	title: () => string;
	/** Its fields and their "not set" values. */
	defaults: Partial<Filters>;
	active: (f: Filters) => boolean;
	/** The check for an item, or undefined when the filter is off (then it costs nothing). */
	compile: (f: Filters, ctx: FilterContext) => ((item: LibraryItem) => boolean) | undefined;
	/** Its fields from stored or shared data (maybe old, maybe hand-edited), made valid. */
	sanitize: (raw: Record<string, unknown>) => Partial<Filters>;
	/** Its URL query parameters: the names, writing them (only when set) and reading them back (raw; sanitized after). */
	params: readonly string[];
	toParams: (f: Filters, p: URLSearchParams) => void;
	/** Written after the other filters' parameters (free text reads best at the end of a link). */
	paramsLast?: true;
	fromParams: (p: Pick<URLSearchParams, 'get' | 'getAll'>) => Record<string, unknown>;
	/** Where the panel shows it: the main grid or "More filters". */
	place: 'main' | 'more';
	control: FilterControl;
	/** A line the pick's card adds while this filter is on (e.g. when the title would end). */
	cardNote?: (watch: { item: LibraryItem; episode?: LibraryItem }, f: Filters, ctx: FilterContext) => string | undefined;
	/** Values of its fields for property tests (fast-check is given, so the app bundle never carries it). */
	arbitrary: (fc: typeof fastCheck) => Arbitrary<Partial<Filters>>;
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

const int = (v: unknown, min: number, max: number): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null);
/** A number query parameter (absent or blank: undefined; not a number: NaN, which sanitize drops). */
const num = (p: Pick<URLSearchParams, 'get'>, k: string) => {
	const v = p.get(k);
	return v === null || v.trim() === '' ? undefined : Number(v);
};
const numberOption = (v: number | null) => (v === null ? '' : String(v));
const optionNumber = (v: string) => (v ? Number(v) : null);

/** One filter held in one number field, set from a select of fixed or facet values. */
function numberSelect(
	spec: Pick<FilterSpec, 'name' | 'title' | 'place'> & {
		field: 'decade' | 'maxRuntime' | 'minRating' | 'addedWithinDays';
		param: string;
		any: () => string;
		options: (facets: Facets) => { value: string; label: string }[];
		sanitize: (v: unknown) => number | null;
		compile: (value: number, ctx: FilterContext) => (item: LibraryItem) => boolean;
		arbitrary: (fc: typeof fastCheck) => Arbitrary<number>;
	}
): FilterSpec {
	const { field, param } = spec;
	return {
		name: spec.name,
		title: spec.title,
		place: spec.place,
		defaults: { [field]: null },
		active: (f) => f[field] !== null,
		compile: (f, ctx) => (f[field] === null ? undefined : spec.compile(f[field], ctx)),
		sanitize: (r) => ({ [field]: spec.sanitize(r[field]) }),
		params: [param],
		toParams: (f, p) => {
			if (f[field] !== null) p.set(param, String(f[field]));
		},
		fromParams: (p) => ({ [field]: num(p, param) }),
		control: {
			kind: 'select',
			label: spec.title,
			any: spec.any,
			options: spec.options,
			get: (f) => numberOption(f[field]),
			set: (f, v) => (f[field] = optionNumber(v))
		},
		arbitrary: (fc) => fc.option(spec.arbitrary(fc), { nil: null }).map((value): Partial<Filters> => ({ [field]: value }))
	};
}

const RUNTIMES = [90, 100, 120, 150, 180];
const MIN_RATINGS = [5, 6, 7, 8, 9];
const ADDED = [
	{ days: 7, label: () => t('picker_added_week') },
	{ days: 30, label: () => t('picker_added_month') },
	{ days: 90, label: () => t('picker_added_3_months') },
	{ days: 365, label: () => t('picker_added_year') }
];

/**
 * Every filter, in the order "Try relaxing …" names them and the panel lays them out. The
 * predicate, the URL, the relax advice, the panel and the property tests all read this table.
 */
export const FILTER_TABLE: readonly FilterSpec[] = [
	{
		name: 'Search',
		title: () => t('picker_filter_search'),
		place: 'main',
		defaults: { search: '' },
		active: (f) => f.search.trim() !== '',
		compile: (f) => {
			const words = searchWords(f.search);
			if (words.length === 0) return undefined;
			return (item) => {
				const text = searchText(item);
				return words.every((w) => text.includes(w));
			};
		},
		sanitize: (r) => ({ search: typeof r.search === 'string' ? r.search.slice(0, 200) : '' }),
		params: ['q'],
		paramsLast: true,
		toParams: (f, p) => {
			if (f.search.trim() !== '') p.set('q', f.search.trim());
		},
		fromParams: (p) => ({ search: p.get('q') ?? '' }),
		control: { kind: 'search' },
		arbitrary: (fc) => fc.record({ search: fc.constantFrom('', 'a', 'e x', 'Ámé') })
	},
	{
		name: 'Genre',
		title: () => t('picker_filter_genre'),
		place: 'main',
		defaults: { genres: [], genreMode: 'any' },
		active: (f) => f.genres.length > 0,
		compile: (f) => {
			if (f.genres.length === 0) return undefined;
			const wanted = f.genres;
			return f.genreMode === 'all' ? (item) => wanted.every((g) => item.genres.includes(g)) : (item) => item.genres.some((g) => wanted.includes(g));
		},
		sanitize: (r) => {
			const genres = Array.isArray(r.genres) ? r.genres.filter((g): g is string => typeof g === 'string' && g !== '').slice(0, 20) : [];
			return { genres: [...new Set(genres)], genreMode: r.genreMode === 'all' ? 'all' : 'any' };
		},
		params: ['genre', 'genres'],
		toParams: (f, p) => {
			for (const g of f.genres) p.append('genre', g);
			if (f.genres.length > 1 && f.genreMode === 'all') p.set('genres', 'all');
		},
		fromParams: (p) => ({ genres: p.getAll('genre'), genreMode: p.get('genres') === 'all' ? 'all' : 'any' }),
		control: { kind: 'genres' },
		arbitrary: (fc) =>
			fc.record({
				genres: fc.uniqueArray(fc.constantFrom('Drama', 'Comedy', 'Horror', 'Sci-Fi', 'دراما', '🎬 Animation'), { maxLength: 3 }),
				genreMode: fc.constantFrom('any' as const, 'all' as const)
			})
	},
	numberSelect({
		name: 'Decade',
		title: () => t('picker_filter_decade'),
		place: 'main',
		field: 'decade',
		param: 'decade',
		any: () => t('picker_any_decade'),
		options: (facets) => facets.decades.map((d) => ({ value: String(d), label: t('picker_decade', { decade: String(d) }) })),
		sanitize: (v) => (int(v, 1800, 2200) !== null && (v as number) % 10 === 0 ? (v as number) : null),
		compile: (decade) => (item) => item.year !== undefined && decadeOf(item.year) === decade,
		arbitrary: (fc) => fc.integer({ min: 189, max: 203 }).map((d) => d * 10)
	}),
	{
		name: 'Years',
		title: () => t('picker_filter_years'),
		place: 'more',
		defaults: { yearFrom: null, yearTo: null },
		active: (f) => f.yearFrom !== null || f.yearTo !== null,
		compile: (f) => {
			if (f.yearFrom === null && f.yearTo === null) return undefined;
			const from = f.yearFrom ?? -Infinity;
			const to = f.yearTo ?? Infinity;
			return (item) => item.year !== undefined && item.year >= from && item.year <= to;
		},
		sanitize: (r) => ({ yearFrom: int(r.yearFrom, 1800, 2200), yearTo: int(r.yearTo, 1800, 2200) }),
		params: ['from', 'to'],
		toParams: (f, p) => {
			if (f.yearFrom !== null) p.set('from', String(f.yearFrom));
			if (f.yearTo !== null) p.set('to', String(f.yearTo));
		},
		fromParams: (p) => ({ yearFrom: num(p, 'from'), yearTo: num(p, 'to') }),
		control: { kind: 'years' },
		arbitrary: (fc) =>
			fc.record({
				yearFrom: fc.option(fc.integer({ min: 1880, max: 2030 }), { nil: null }),
				yearTo: fc.option(fc.integer({ min: 1880, max: 2030 }), { nil: null })
			})
	},
	{
		name: 'Unwatched only',
		title: () => t('picker_filter_unwatched'),
		place: 'main',
		defaults: { unwatchedOnly: false },
		active: (f) => f.unwatchedOnly,
		compile: (f) => (f.unwatchedOnly ? (item) => !isWatched(item) : undefined),
		sanitize: (r) => ({ unwatchedOnly: r.unwatchedOnly === true }),
		params: ['unwatched'],
		toParams: (f, p) => {
			if (f.unwatchedOnly) p.set('unwatched', '1');
		},
		fromParams: (p) => ({ unwatchedOnly: p.get('unwatched') === '1' }),
		control: { kind: 'check', label: () => t('picker_filter_unwatched'), get: (f) => f.unwatchedOnly, set: (f, on) => (f.unwatchedOnly = on) },
		arbitrary: (fc) => fc.record({ unwatchedOnly: fc.boolean() })
	},
	numberSelect({
		name: 'Max runtime',
		title: () => t('picker_filter_max_runtime'),
		place: 'main',
		field: 'maxRuntime',
		param: 'runtime',
		any: () => t('picker_any_length'),
		options: () => RUNTIMES.map((m) => ({ value: String(m), label: t('picker_runtime_at_most', { minutes: m }) })),
		sanitize: (v) => int(v, 1, 1000),
		compile: (max) => (item) => item.runtimeMin !== undefined && item.runtimeMin <= max,
		arbitrary: (fc) => fc.integer({ min: 1, max: 300 })
	}),
	{
		name: 'Content rating',
		title: () => t('picker_filter_content_rating'),
		place: 'main',
		defaults: { contentRating: null },
		active: (f) => f.contentRating !== null,
		compile: (f) => {
			const ceiling = f.contentRating;
			return ceiling === null ? undefined : (item) => withinCeiling(item.contentRating, ceiling);
		},
		sanitize: (r) => ({ contentRating: typeof r.contentRating === 'string' && r.contentRating !== '' ? r.contentRating.slice(0, 20) : null }),
		params: ['rating'],
		toParams: (f, p) => {
			if (f.contentRating !== null) p.set('rating', f.contentRating);
		},
		fromParams: (p) => ({ contentRating: p.get('rating') }),
		control: {
			kind: 'select',
			label: () => t('picker_filter_content_rating'),
			any: () => t('picker_any_rating'),
			options: () => RATING_CEILINGS.map((c) => ({ value: c.value, label: t('picker_rating_up_to', { rating: c.label }) })),
			get: (f) => f.contentRating ?? '',
			set: (f, v) => (f.contentRating = v || null)
		},
		arbitrary: (fc) => fc.record({ contentRating: fc.option(fc.constantFrom('G', 'PG', 'PG-13', 'R'), { nil: null }) })
	},
	numberSelect({
		name: 'Min rating',
		title: () => t('picker_filter_min_rating'),
		place: 'more',
		field: 'minRating',
		param: 'min',
		any: () => t('picker_any_score'),
		options: () => MIN_RATINGS.map((m) => ({ value: String(m), label: t('picker_score_at_least', { score: m }) })),
		sanitize: (v) => (typeof v === 'number' && v >= 0 && v <= 10 ? v : null),
		compile: (min) => (item) => {
			const score = scoreOf(item);
			return score !== undefined && score >= min;
		},
		arbitrary: (fc) => fc.integer({ min: 0, max: 10 })
	}),
	numberSelect({
		name: 'Recently added',
		title: () => t('picker_filter_recently_added'),
		place: 'more',
		field: 'addedWithinDays',
		param: 'added',
		any: () => t('picker_any_time'),
		options: () => ADDED.map((a) => ({ value: String(a.days), label: a.label() })),
		sanitize: (v) => int(v, 1, 3650),
		compile: (days, ctx) => {
			const since = ctx.now / 1000 - days * 86_400;
			return (item) => item.addedAt !== undefined && item.addedAt >= since;
		},
		arbitrary: (fc) => fc.constantFrom(7, 30, 90, 365)
	}),
	{
		// Titles without a runtime are kept out (nobody can say when they end); a show is judged by
		// its typical episode length, its card by the picked episode's own where known.
		name: 'Finish by',
		title: () => t('picker_filter_finish_by'),
		place: 'more',
		defaults: { finishBy: null },
		active: (f) => f.finishBy !== null,
		compile: (f, ctx) => {
			if (f.finishBy === null) return undefined;
			const fits = minutesUntil(f.finishBy, ctx.now) - FINISH_MARGIN_MIN;
			return (item) => item.runtimeMin !== undefined && item.runtimeMin <= fits;
		},
		sanitize: (r) => ({ finishBy: typeof r.finishBy === 'string' && TIME_OF_DAY.test(r.finishBy) ? r.finishBy : null }),
		params: ['by'],
		toParams: (f, p) => {
			if (f.finishBy !== null) p.set('by', f.finishBy);
		},
		fromParams: (p) => ({ finishBy: p.get('by') }),
		control: { kind: 'time', label: () => t('picker_filter_finish_by'), get: (f) => f.finishBy ?? '', set: (f, v) => (f.finishBy = TIME_OF_DAY.test(v) ? v : null) },
		cardNote: ({ item, episode }, _f, ctx) => {
			const runtime = episode?.runtimeMin ?? item.runtimeMin;
			return runtime === undefined ? undefined : t('picker_ends_at', { time: clock(ctx.now + runtime * 60_000) });
		},
		arbitrary: (fc) =>
			fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${two(h)}:${two(m)}`), { nil: null }).map((finishBy) => ({ finishBy }))
	}
];

/** "Finish by": minutes to spare for starting up and the credits' first seconds. */
export const FINISH_MARGIN_MIN = 5;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * Minutes from `now` until the next `HH:MM` (local time): a time already past today is tomorrow
 * (00:30 at 22:00 is 150 minutes away). A time passed within the last 6 hours (23:30 at 23:40)
 * is too late for tonight rather than a whole day away: then no minutes are left.
 */
export function minutesUntil(time: string, now: number): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	const at = new Date(now);
	at.setHours(h, m, 0, 0);
	let left = (at.getTime() - now) / 60_000;
	if (left <= 0) left += 24 * 60;
	return left > 18 * 60 ? 0 : left;
}

export const NO_FILTERS: Filters = Object.freeze(Object.assign({}, ...FILTER_TABLE.map((s) => s.defaults))) as Filters;

/** The table entry of a filter, by its name. */
export function filterNamed(name: string): FilterSpec | undefined {
	return FILTER_TABLE.find((s) => s.name === name);
}

/**
 * One compiled test per filter set: the checks that are off cost nothing, so filtering 20,000
 * items stays well inside a frame.
 */
export function compileFilters(f: Filters, ctx: FilterContext): (item: LibraryItem) => boolean {
	const checks = FILTER_TABLE.map((s) => s.compile(f, ctx)).filter((c) => c !== undefined);
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
	return Object.assign({}, ...FILTER_TABLE.map((s) => s.sanitize(r))) as Filters;
}

/** What the active filters add to the pick's card (e.g. "Ends at 22:47", in the app's language). */
export function cardNotes(watch: { item: LibraryItem; episode?: LibraryItem }, f: Filters, ctx: FilterContext): string[] {
	return FILTER_TABLE.filter((s) => s.active(f) && s.cardNote).flatMap((s) => s.cardNote?.(watch, f, ctx) ?? []);
}
