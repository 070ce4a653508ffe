import { describe, expect, it } from 'vitest';
import { applyFilters, matchesFilters, NO_FILTERS, type Filters } from '#lib/picker/filters.ts';
import { activeFilterNames, facetsOf } from '#lib/picker/facets.ts';
import { ratingRank, withinCeiling } from '#lib/picker/content-rating.ts';
import { buildDemoLibrary } from '#lib/demo/library.ts';
import { isWatched } from '#lib/library/types.ts';
import { item } from '../../helpers/items.ts';

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, genres: [], ...over });

describe('filters', () => {
	const comedy90s = item({ ratingKey: '1', genres: ['Comedy', 'Romance'], year: 1994, runtimeMin: 95, contentRating: 'PG-13' });
	const horror80s = item({ ratingKey: '2', genres: ['Horror'], year: 1981, runtimeMin: 130, contentRating: 'R', viewCount: 2 });
	const noFacts = item({ ratingKey: '3' });
	const all = [comedy90s, horror80s, noFacts];

	it('no filters keeps every title', () => {
		expect(applyFilters(all, NO_FILTERS)).toEqual(all);
	});

	it('genre keeps titles having any of the chosen genres', () => {
		expect(applyFilters(all, f({ genres: ['Romance'] }))).toEqual([comedy90s]);
		expect(applyFilters(all, f({ genres: ['Romance', 'Horror'] }))).toEqual([comedy90s, horror80s]);
	});

	it('decade keeps titles from that decade only; titles without a year are out', () => {
		expect(applyFilters(all, f({ decade: 1990 }))).toEqual([comedy90s]);
		expect(applyFilters(all, f({ decade: 1980 }))).toEqual([horror80s]);
		expect(applyFilters(all, f({ decade: 2000 }))).toEqual([]);
	});

	it('unwatched only drops titles with plays', () => {
		expect(applyFilters(all, f({ unwatchedOnly: true }))).toEqual([comedy90s, noFacts]);
	});

	it('a show counts as watched only when every episode is', () => {
		const partly = item({ ratingKey: 's1', type: 'show', leafCount: 10, viewedLeafCount: 9, viewCount: 9 });
		const fully = item({ ratingKey: 's2', type: 'show', leafCount: 10, viewedLeafCount: 10, viewCount: 10 });
		expect(isWatched(partly)).toBe(false);
		expect(isWatched(fully)).toBe(true);
	});

	it('max runtime is inclusive and drops titles with no known runtime', () => {
		expect(applyFilters(all, f({ maxRuntime: 95 }))).toEqual([comedy90s]);
		expect(applyFilters(all, f({ maxRuntime: 94 }))).toEqual([]);
		expect(applyFilters(all, f({ maxRuntime: 180 }))).toEqual([comedy90s, horror80s]);
	});

	it('content rating is a ceiling across film and TV systems; unrated titles are out', () => {
		expect(applyFilters(all, f({ contentRating: 'PG-13' }))).toEqual([comedy90s]);
		expect(applyFilters(all, f({ contentRating: 'R' }))).toEqual([comedy90s, horror80s]);
		expect(withinCeiling('TV-14', 'PG-13')).toBe(true);
		expect(withinCeiling('TV-MA', 'PG-13')).toBe(false);
		expect(withinCeiling('us/PG', 'PG')).toBe(true);
		expect(withinCeiling('Not Rated', 'NC-17')).toBe(false);
		expect(ratingRank(undefined)).toBeUndefined();
	});

	it('ranks other countries\' ratings as Plex writes them (with a country prefix) on the same scale', () => {
		// UK, Germany, Australia, Canada, Ireland, the Netherlands, France: family, teen and adult titles
		for (const label of ['gb/U', 'gb/PG', 'de/6', 'au/G', 'ca/PG', 'nl/AL', 'fr/U', 'nl/9']) expect(withinCeiling(label, 'PG'), label).toBe(true);
		for (const label of ['gb/12A', 'gb/12', 'de/12', 'au/M', 'ca/14A', 'ie/12A', 'fr/12', 'br/14']) {
			expect(withinCeiling(label, 'PG'), label).toBe(false);
			expect(withinCeiling(label, 'PG-13'), label).toBe(true);
		}
		for (const label of ['gb/15', 'gb/18', 'de/16', 'de/18', 'de/FSK 16', 'au/MA15+', 'au/R18+', 'ca/18A', 'nl/16', 'fr/16']) {
			expect(withinCeiling(label, 'PG-13'), label).toBe(false);
			expect(withinCeiling(label, 'R'), label).toBe(true);
		}
		for (const label of ['gb/R18', 'au/X18+', 'NC-17']) expect(withinCeiling(label, 'R'), label).toBe(false);
		// a letter nobody knows stays out under any ceiling; the same letter means what its country says
		expect(ratingRank('xx/Q')).toBeUndefined();
		expect(ratingRank('ca/R')).toBe(ratingRank('R'));
		expect(ratingRank('au/M')).toBe(ratingRank('PG-13'));
		expect(ratingRank(' gb/15 ')).toBe(ratingRank('R'));
	});

	it('combined filters must all hold', () => {
		expect(applyFilters(all, f({ genres: ['Comedy'], decade: 1990, maxRuntime: 100, contentRating: 'PG-13', unwatchedOnly: true }))).toEqual([comedy90s]);
		expect(applyFilters(all, f({ genres: ['Comedy'], decade: 1980 }))).toEqual([]);
	});

	it('on the demo library, every kept title satisfies every filter and every dropped one fails at least one', () => {
		const { items } = buildDemoLibrary(0);
		const filters = f({ genres: ['Drama', 'Comedy'], maxRuntime: 120, contentRating: 'PG-13', unwatchedOnly: true });
		const kept = new Set(applyFilters(items, filters));
		expect(kept.size).toBeGreaterThan(0);
		for (const it of items) {
			const ok =
				it.genres.some((g) => filters.genres.includes(g)) &&
				(it.runtimeMin ?? Infinity) <= 120 &&
				withinCeiling(it.contentRating, 'PG-13') &&
				it.viewCount === 0;
			expect(kept.has(it)).toBe(ok);
			expect(matchesFilters(it, filters)).toBe(ok);
		}
	});

	it('facets list the genres and decades the library has, for the controls', () => {
		const facets = facetsOf(all);
		expect(facets.genres).toEqual(['Comedy', 'Horror', 'Romance']);
		expect(facets.decades).toEqual([1990, 1980]);
	});

	it('names the active filters so an empty result can say what to relax', () => {
		expect(activeFilterNames(NO_FILTERS)).toEqual([]);
		expect(activeFilterNames(f({ genres: ['Drama'], unwatchedOnly: true, contentRating: 'G' }))).toEqual(['Genre', 'Unwatched only', 'Content rating']);
	});
});
