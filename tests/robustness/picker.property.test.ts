import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFilters, matchesFilters, NO_FILTERS, type Filters } from '#lib/picker/filters.ts';
import { pickOne } from '#lib/picker/pick.ts';
import type { LibraryItem } from '#lib/library/types.ts';
import { holds } from './cases.ts';

/*
 * Generated libraries (duplicates, gaps, odd values) and generated filters: every pick satisfies
 * every filter, judged by an oracle written here from the UI's words, not by the picker's code.
 * Uses only the public API (matchesFilters, applyFilters, pickOne) and the existing filter fields.
 */

const GENRES = ['Drama', 'Comedy', 'Horror', 'Sci-Fi', 'Documentary', 'دراما', '🎬 Animation'];
// Ranks as the "Content rating" control promises them ("Up to PG-13" etc.): US labels by their
// place, other countries' labels by the age they name (README "Filters": under 6, 6–11, 12–14,
// 15–18); labels with neither have none.
const RANK: Record<string, number> = { G: 0, 'TV-G': 0, PG: 1, 'TV-PG': 1, 'PG-13': 2, 'TV-14': 2, R: 3, 'TV-MA': 3, 'NC-17': 4 };
const LABELS = [...Object.keys(RANK), 'us/PG-13', 'Not Rated', 'Unrated', 'FSK 12', 'de/16', 'gb/12A', 'au/MA15+', 'fr/10', 'de/0', ''];
function rankOf(label: string | undefined): number | undefined {
	if (label === undefined) return undefined;
	const bare = label.replace(/^.*\//, '');
	if (bare in RANK) return RANK[bare];
	const age = /\d+/.exec(bare);
	if (!age) return undefined;
	const years = Number(age[0]);
	return years < 6 ? 0 : years < 12 ? 1 : years < 15 ? 2 : 3;
}

const itemArb: fc.Arbitrary<LibraryItem> = fc
	.record({
		ratingKey: fc.integer({ min: 1, max: 60 }).map(String), // small range: duplicate keys happen
		type: fc.constantFrom('movie' as const, 'show' as const),
		title: fc.string({ unit: 'grapheme', maxLength: 20 }),
		year: fc.option(fc.integer({ min: 1890, max: 2030 }), { nil: undefined }),
		genres: fc.uniqueArray(fc.constantFrom(...GENRES), { maxLength: 3 }),
		contentRating: fc.option(fc.constantFrom(...LABELS), { nil: undefined }),
		runtimeMin: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
		viewCount: fc.nat({ max: 3 }),
		leafCount: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
		viewedLeafCount: fc.option(fc.nat({ max: 30 }), { nil: undefined })
	})
	.map((r) => ({ ...r, directors: [], cast: [] }));

const filtersArb: fc.Arbitrary<Filters> = fc
	.record({
		genres: fc.uniqueArray(fc.constantFrom(...GENRES), { maxLength: 2 }),
		decade: fc.option(fc.integer({ min: 189, max: 203 }).map((d) => d * 10), { nil: null }),
		unwatchedOnly: fc.boolean(),
		maxRuntime: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
		contentRating: fc.option(fc.constantFrom('G', 'PG', 'PG-13', 'R'), { nil: null })
	})
	.map((f) => ({ ...NO_FILTERS, ...f }));

/** What the filter controls promise, in the UI's words. */
function oracle(item: LibraryItem, f: Filters): boolean {
	if (f.genres.length > 0 && !f.genres.some((g) => item.genres.includes(g))) return false; // "Genre": any of the chosen
	if (f.decade !== null && (item.year === undefined || item.year < f.decade || item.year > f.decade + 9)) return false;
	if (f.unwatchedOnly) {
		const watched = item.type === 'show' && item.leafCount !== undefined ? item.leafCount > 0 && (item.viewedLeafCount ?? 0) >= item.leafCount : item.viewCount > 0;
		if (watched) return false;
	}
	if (f.maxRuntime !== null && (item.runtimeMin === undefined || item.runtimeMin > f.maxRuntime)) return false;
	if (f.contentRating !== null) {
		const rank = rankOf(item.contentRating);
		if (rank === undefined || rank > RANK[f.contentRating]!) return false;
	}
	return true;
}

const rngArb = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((x) => () => x);

describe('picking from generated libraries', () => {
	it('every pick satisfies every filter; nothing is picked only when nothing matches', async (ctx) => {
		await holds(
			ctx,
			fc.property(fc.array(itemArb, { maxLength: 80 }), filtersArb, rngArb, (library, filters, rng) => {
				const pool = applyFilters(library, filters);
				const pick = pickOne(pool, rng);
				const anyMatch = library.some((i) => oracle(i, filters));
				if (!anyMatch) return pick === undefined;
				return pick !== undefined && library.includes(pick) && oracle(pick, filters);
			}),
			{ numRuns: 500 }
		);
	});

	it('matchesFilters agrees with the promise for every item, and applyFilters keeps exactly those', async (ctx) => {
		await holds(
			ctx,
			fc.property(fc.array(itemArb, { maxLength: 40 }), filtersArb, (library, filters) => {
				for (const item of library) expect(matchesFilters(item, filters)).toBe(oracle(item, filters));
				expect(applyFilters(library, filters)).toEqual(library.filter((i) => oracle(i, filters)));
			}),
			{ numRuns: 300 }
		);
	});

	it('a pick avoids the recent picks while anything else matches', async (ctx) => {
		await holds(
			ctx,
			fc.property(fc.array(itemArb, { minLength: 1, maxLength: 40 }), filtersArb, rngArb, fc.array(fc.integer({ min: 1, max: 60 }).map(String), { maxLength: 20 }), (library, filters, rng, recent) => {
				const pool = applyFilters(library, filters);
				const pick = pickOne(pool, rng, recent);
				if (pool.length === 0) return pick === undefined;
				if (pick === undefined || !oracle(pick, filters)) return false;
				const fresh = pool.some((i) => !recent.includes(i.ratingKey));
				return !fresh || !recent.includes(pick.ratingKey);
			}),
			{ numRuns: 300 }
		);
	});
});
