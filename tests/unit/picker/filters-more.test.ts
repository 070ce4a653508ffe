import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeFilterNames, bestToRelax, clearFilter, facetsOf } from '#lib/picker/facets.ts';
import {
	applyFilters,
	matchesFilters,
	NO_FILTERS,
	sanitizeFilters,
	type Filters
} from '#lib/picker/filters.ts';
import { filtersToParams, hasFilterParams, paramsToFilters, urlWithFilters } from '#lib/picker/filter-url.ts';
import { withinCeiling } from '#lib/picker/content-rating.ts';
import { isWatched, type LibraryItem } from '#lib/library/types.ts';
import { pickOne, seededRng } from '#lib/picker/pick.ts';
import { item } from '../../helpers/items.ts';

const NOW = Date.UTC(2026, 10, 25);
const ctx = { now: NOW };
const daysAgo = (d: number) => NOW / 1000 - d * 86_400;
const f = (over: Partial<Filters>): Filters => ({ ...structuredClone(NO_FILTERS), ...over });

const heist = item({ ratingKey: '1', title: 'The Velvet Heist', genres: ['Crime', 'Comedy'], year: 1994, audienceRating: 7.4, addedAt: daysAgo(3), directors: ['Ada Okafor'], cast: ['Keanu Reeves'] });
const ghost = item({ ratingKey: '2', title: 'Ghost Pier', genres: ['Horror'], year: 2003, rating: 5.9, addedAt: daysAgo(200), cast: ['Zoë Kravitz'] });
const amelie = item({ ratingKey: '3', title: 'Amélie', genres: ['Comedy', 'Romance'], year: 2001, audienceRating: 8.3, addedAt: daysAgo(40) });
const bare = item({ ratingKey: '4', title: 'Untitled' });
const all = [heist, ghost, amelie, bare];

describe('more filters', () => {
	it('genres: any of them, or all of them', () => {
		expect(applyFilters(all, f({ genres: ['Crime', 'Romance'] }), ctx)).toEqual([heist, amelie]);
		expect(applyFilters(all, f({ genres: ['Comedy', 'Romance'], genreMode: 'all' }), ctx)).toEqual([amelie]);
		expect(applyFilters(all, f({ genres: ['Comedy'], genreMode: 'all' }), ctx)).toEqual([heist, amelie]);
	});

	it('year range, open at either end, leaves out titles without a year', () => {
		expect(applyFilters(all, f({ yearFrom: 2000, yearTo: 2002 }), ctx)).toEqual([amelie]);
		expect(applyFilters(all, f({ yearFrom: 2001 }), ctx)).toEqual([ghost, amelie]);
		expect(applyFilters(all, f({ yearTo: 1994 }), ctx)).toEqual([heist]);
		expect(applyFilters(all, f({ yearFrom: 1994, yearTo: 1994 }), ctx)).toEqual([heist]);
	});

	it('decade and year range together narrow each other', () => {
		expect(applyFilters(all, f({ decade: 2000, yearTo: 2002 }), ctx)).toEqual([amelie]);
	});

	it('minimum rating uses the audience rating, else the critic rating; unrated titles are left out', () => {
		expect(applyFilters(all, f({ minRating: 7 }), ctx)).toEqual([heist, amelie]);
		expect(applyFilters(all, f({ minRating: 5 }), ctx)).toEqual([heist, ghost, amelie]);
		expect(applyFilters(all, f({ minRating: 8.3 }), ctx)).toEqual([amelie]);
	});

	it('recently added counts days back from now', () => {
		expect(applyFilters(all, f({ addedWithinDays: 7 }), ctx)).toEqual([heist]);
		expect(applyFilters(all, f({ addedWithinDays: 90 }), ctx)).toEqual([heist, amelie]);
		expect(applyFilters(all, f({ addedWithinDays: 7 }), { now: NOW + 5 * 86_400_000 })).toEqual([]);
	});

	it('search within matches every word in title, director or cast, ignoring case and accents', () => {
		expect(applyFilters(all, f({ search: 'amelie' }), ctx)).toEqual([amelie]);
		expect(applyFilters(all, f({ search: 'keanu heist' }), ctx)).toEqual([heist]);
		expect(applyFilters(all, f({ search: 'okafor' }), ctx)).toEqual([heist]);
		expect(applyFilters(all, f({ search: 'ZOE' }), ctx)).toEqual([ghost]);
		expect(applyFilters(all, f({ search: '   ' }), ctx)).toEqual(all);
		expect(applyFilters(all, f({ search: 'keanu ghost' }), ctx)).toEqual([]);
	});

	it('names the active filters and finds the one to relax that helps most', () => {
		const tight = f({ genres: ['Horror'], minRating: 7, search: 'pier' });
		expect(activeFilterNames(tight)).toEqual(['Search', 'Genre', 'Min rating']);
		expect(applyFilters(all, tight, ctx)).toEqual([]);
		expect(bestToRelax(all, tight, ctx)).toEqual({ name: 'Min rating', count: 1 });
		expect(applyFilters(all, clearFilter(tight, 'Min rating'), ctx)).toEqual([ghost]);
		for (const name of activeFilterNames(f({ genres: ['x'], decade: 1990, yearFrom: 1, unwatchedOnly: true, maxRuntime: 9, contentRating: 'G', minRating: 1, addedWithinDays: 1, search: 'x' }))) {
			expect(activeFilterNames(clearFilter(f({ genres: ['x'], decade: 1990, yearFrom: 1, unwatchedOnly: true, maxRuntime: 9, contentRating: 'G', minRating: 1, addedWithinDays: 1, search: 'x' }), name))).not.toContain(name);
		}
	});

	it('facets include the year span', () => {
		expect(facetsOf(all).years).toEqual({ min: 1994, max: 2003 });
		expect(facetsOf([bare]).years).toBeNull();
	});

	it('saved or shared filters are brought to a valid shape', () => {
		expect(sanitizeFilters(null)).toEqual(NO_FILTERS);
		expect(sanitizeFilters({ genres: ['Drama', 3, '', 'Drama'], decade: 1995, yearFrom: 'x', minRating: 11, maxRuntime: -5, unwatchedOnly: 'yes', genreMode: 'all' })).toEqual({
			...NO_FILTERS,
			genres: ['Drama'],
			genreMode: 'all'
		});
		// filters saved by the previous version (no genreMode, search, ...) still load
		expect(sanitizeFilters({ genres: ['Comedy'], decade: 1990, unwatchedOnly: true, maxRuntime: 120, contentRating: 'PG' })).toEqual(
			f({ genres: ['Comedy'], decade: 1990, unwatchedOnly: true, maxRuntime: 120, contentRating: 'PG' })
		);
	});
});

describe('filters in a URL', () => {
	it('round-trips every filter through query parameters, and only set ones appear', () => {
		const full = f({ genres: ['Sci-Fi & Fantasy', 'Drama'], genreMode: 'all', decade: 1990, yearFrom: 1991, yearTo: 1999, unwatchedOnly: true, maxRuntime: 120, contentRating: 'PG-13', minRating: 7, addedWithinDays: 30, search: 'keanu' });
		const params = filtersToParams(full);
		expect(paramsToFilters(new URLSearchParams(params.toString()))).toEqual(full);
		expect(filtersToParams(NO_FILTERS).toString()).toBe('');
		expect(filtersToParams(f({ unwatchedOnly: true })).toString()).toBe('unwatched=1');
		expect(hasFilterParams(new URLSearchParams('utm=1'))).toBe(false);
		expect(hasFilterParams(params)).toBe(true);
	});

	it('ignores nonsense in a hand-edited link', () => {
		expect(paramsToFilters(new URLSearchParams('decade=abc&runtime=-1&min=99&unwatched=yes&from=&q=%3Cb%3E'))).toEqual(f({ search: '<b>' }));
	});

	it('replaces the filter parameters of a URL and keeps its path (sub-path hosting) and other parameters', () => {
		const url = urlWithFilters(new URL('https://example.org/some/path/?genre=Horror&ref=mail'), f({ genres: ['Drama'] }));
		expect(url.pathname).toBe('/some/path/');
		expect(url.searchParams.getAll('genre')).toEqual(['Drama']);
		expect(url.searchParams.get('ref')).toBe('mail');
	});
});

/** Generated libraries: every field a filter looks at, including the missing cases. */
const genreNames = ['Action', 'Comedy', 'Drama', 'Horror', 'Sci-Fi'];
const ratings = ['G', 'PG', 'PG-13', 'R', 'NC-17', 'TV-14', 'Not Rated', 'us/PG'];
const arbItem = (i: number) =>
	fc.record({
		genres: fc.uniqueArray(fc.constantFrom(...genreNames), { maxLength: 3 }),
		year: fc.option(fc.integer({ min: 1920, max: 2026 }), { nil: undefined }),
		runtimeMin: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }),
		contentRating: fc.option(fc.constantFrom(...ratings), { nil: undefined }),
		audienceRating: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
		rating: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
		addedAt: fc.option(fc.integer({ min: NOW / 1000 - 800 * 86_400, max: NOW / 1000 }), { nil: undefined }),
		viewCount: fc.nat({ max: 3 }),
		title: fc.string({ maxLength: 12 })
	}).map((r): LibraryItem => item({ ratingKey: String(i), ...r }));
const arbLibrary = fc.integer({ min: 0, max: 60 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbItem(i))));
const arbFilters: fc.Arbitrary<Filters> = fc.record({
	genres: fc.uniqueArray(fc.constantFrom(...genreNames), { maxLength: 3 }),
	genreMode: fc.constantFrom('any' as const, 'all' as const),
	decade: fc.option(fc.constantFrom(1950, 1980, 1990, 2000, 2010, 2020), { nil: null }),
	yearFrom: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: null }),
	yearTo: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: null }),
	unwatchedOnly: fc.boolean(),
	maxRuntime: fc.option(fc.constantFrom(90, 100, 120, 150, 180), { nil: null }),
	contentRating: fc.option(fc.constantFrom('G', 'PG', 'PG-13', 'R'), { nil: null }),
	minRating: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
	addedWithinDays: fc.option(fc.constantFrom(7, 30, 90, 365), { nil: null }),
	search: fc.constantFrom('', 'a', 'e x')
}).map((fl): Filters => ({ ...NO_FILTERS, ...fl }));

/** The filters written out again, one rule per field, independently of filters.ts. */
function oracle(it: LibraryItem, fl: Filters): boolean {
	const score = it.audienceRating ?? it.rating;
	const text = it.title.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
	return (
		(fl.genres.length === 0 || (fl.genreMode === 'all' ? fl.genres.every((g) => it.genres.includes(g)) : fl.genres.some((g) => it.genres.includes(g)))) &&
		(fl.decade === null || (it.year !== undefined && it.year >= fl.decade && it.year < fl.decade + 10)) &&
		(fl.yearFrom === null || (it.year !== undefined && it.year >= fl.yearFrom)) &&
		(fl.yearTo === null || (it.year !== undefined && it.year <= fl.yearTo)) &&
		(!fl.unwatchedOnly || !isWatched(it)) &&
		(fl.maxRuntime === null || (it.runtimeMin !== undefined && it.runtimeMin <= fl.maxRuntime)) &&
		(fl.contentRating === null || withinCeiling(it.contentRating, fl.contentRating)) &&
		(fl.minRating === null || (score !== undefined && score >= fl.minRating)) &&
		(fl.addedWithinDays === null || (it.addedAt !== undefined && it.addedAt >= NOW / 1000 - fl.addedWithinDays * 86_400)) &&
		fl.search.split(/\s+/).filter(Boolean).every((w) => text.includes(w))
	);
}

describe('filters and picks, property-based', () => {
	it('filtering keeps exactly the titles that satisfy every filter', () => {
		fc.assert(
			fc.property(arbLibrary, arbFilters, (items, fl) => {
				const kept = applyFilters(items, fl, ctx);
				expect(kept).toEqual(items.filter((it) => oracle(it, fl)));
				for (const it of items) expect(matchesFilters(it, fl, ctx)).toBe(oracle(it, fl));
			}),
			{ numRuns: 300 }
		);
	});

	it('every pick satisfies all filters, and no title repeats until the pool is exhausted', () => {
		fc.assert(
			fc.property(arbLibrary, arbFilters, fc.integer(), (items, fl, seed) => {
				const pool = applyFilters(items, fl, ctx);
				const rng = seededRng(seed);
				const recent: string[] = [];
				for (let i = 0; i < pool.length; i++) {
					const choice = pickOne(pool, rng, recent)!;
					expect(oracle(choice, fl)).toBe(true);
					expect(recent).not.toContain(choice.ratingKey);
					recent.unshift(choice.ratingKey);
				}
				expect(new Set(recent).size).toBe(pool.length);
				if (pool.length > 1) expect(pickOne(pool, rng, recent)?.ratingKey).not.toBe(recent[0]);
				if (pool.length === 0) expect(pickOne(pool, rng, recent)).toBeUndefined();
			}),
			{ numRuns: 200 }
		);
	});

	it('over many draws every eligible title comes up', () => {
		fc.assert(
			fc.property(arbLibrary, arbFilters, fc.integer(), (items, fl, seed) => {
				const pool = applyFilters(items, fl, ctx);
				const rng = seededRng(seed);
				const seen = new Set<string>();
				for (let i = 0; i < pool.length * 40; i++) seen.add(pickOne(pool, rng)!.ratingKey);
				expect(seen.size).toBe(pool.length);
			}),
			{ numRuns: 100 }
		);
	});
});
