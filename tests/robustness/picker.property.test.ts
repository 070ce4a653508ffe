import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFilters, FILTER_TABLE, matchesFilters, NO_FILTERS, type Filters } from '#lib/picker/filters.ts';
import { pickOne } from '#lib/picker/pick.ts';
import { drawShortlist } from '#lib/decide/round.ts';
import type { LibraryItem } from '#lib/library/types.ts';
import { holds } from './cases.ts';

/*
 * Generated libraries (duplicates, gaps, odd values) and generated filters: every pick satisfies
 * every filter, judged by an oracle written here from the UI's words, not by the picker's code.
 * Every filter of FILTER_TABLE is generated (by its own entry's generator); the oracle has one
 * rule per filter name, and a test checks that no filter of the table is without one.
 */

const NOW = Date.UTC(2026, 10, 25, 20, 0);

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
		viewedLeafCount: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
		audienceRating: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
		rating: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
		addedAt: fc.option(fc.integer({ min: NOW / 1000 - 800 * 86_400, max: NOW / 1000 }), { nil: undefined }),
		directors: fc.array(fc.constantFrom('Ámélie Poulain', 'Ed Wood', 'Agnès Varda'), { maxLength: 2 }),
		cast: fc.array(fc.constantFrom('Keanu Reeves', 'Zoë Kravitz', 'Alex'), { maxLength: 2 })
	})
	.map((r) => ({ ...r, directors: [...new Set(r.directors)], cast: [...new Set(r.cast)] }));

/** Every filter of the table, each from its own generator (set or not, as the generator decides). */
const filtersArb: fc.Arbitrary<Filters> = fc
	.tuple(...FILTER_TABLE.map((spec) => spec.arbitrary(fc)))
	.map((parts) => Object.assign(structuredClone(NO_FILTERS), ...parts) as Filters);

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();

/** What each filter control promises, in the UI's words: one rule per filter name. */
const PROMISES: Record<string, (item: LibraryItem, f: Filters, now: number) => boolean> = {
	// "Search within": every word somewhere in the title, a director or an actor, ignoring case and accents
	Search: (item, f) => {
		const text = plain([item.title, ...item.directors, ...item.cast].join('\n'));
		return plain(f.search).split(/\s+/).filter(Boolean).every((w) => text.includes(w));
	},
	// "Genre": any of the chosen, or with "all of them", every one
	Genre: (item, f) => f.genres.length === 0 || (f.genreMode === 'all' ? f.genres.every((g) => item.genres.includes(g)) : f.genres.some((g) => item.genres.includes(g))),
	Decade: (item, f) => f.decade === null || (item.year !== undefined && item.year >= f.decade && item.year <= f.decade + 9),
	// "From year" / "To year": inclusive, either end open
	Years: (item, f) => (f.yearFrom === null || (item.year !== undefined && item.year >= f.yearFrom)) && (f.yearTo === null || (item.year !== undefined && item.year <= f.yearTo)),
	'Unwatched only': (item, f) => {
		if (!f.unwatchedOnly) return true;
		const watched = item.type === 'show' && item.leafCount !== undefined ? item.leafCount > 0 && (item.viewedLeafCount ?? 0) >= item.leafCount : item.viewCount > 0;
		return !watched;
	},
	'Max runtime': (item, f) => f.maxRuntime === null || (item.runtimeMin !== undefined && item.runtimeMin <= f.maxRuntime),
	'Content rating': (item, f) => {
		if (f.contentRating === null) return true;
		const rank = rankOf(item.contentRating);
		return rank !== undefined && rank <= RANK[f.contentRating]!;
	},
	// "Min rating": the audience score where there is one, else the critics'
	'Min rating': (item, f) => {
		const score = item.audienceRating ?? item.rating;
		return f.minRating === null || (score !== undefined && score >= f.minRating);
	},
	'Recently added': (item, f, now) => f.addedWithinDays === null || (item.addedAt !== undefined && item.addedAt * 1000 >= now - f.addedWithinDays * 86_400_000),
	// "Finish by": it ends before then if started now, 5 minutes to spare; a time earlier in the day
	// than now is tomorrow's, unless it passed less than 6 hours ago (then nothing fits tonight)
	'Finish by': (item, f, now) => {
		if (f.finishBy === null) return true;
		const clock = new Date(now);
		const [h, m] = f.finishBy.split(':').map(Number) as [number, number];
		let left = h * 60 + m - (clock.getHours() * 60 + clock.getMinutes() + clock.getSeconds() / 60 + clock.getMilliseconds() / 60_000);
		if (left <= 0) left += 24 * 60;
		if (left > 18 * 60) left = 0;
		return item.runtimeMin !== undefined && item.runtimeMin + 5 <= left;
	}
};

function oracle(item: LibraryItem, f: Filters, now = NOW): boolean {
	return Object.values(PROMISES).every((promise) => promise(item, f, now));
}

const rngArb = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((x) => () => x);

describe('picking from generated libraries', () => {
	it('every filter of the table is generated and has its promise written here', () => {
		expect(Object.keys(PROMISES)).toEqual(FILTER_TABLE.map((s) => s.name));
		// each generator can switch its filter on (and off)
		for (const spec of FILTER_TABLE) {
			const samples = fc.sample(spec.arbitrary(fc), { numRuns: 200, seed: 1 }).map((part) => spec.active({ ...structuredClone(NO_FILTERS), ...part }));
			expect(samples, spec.name).toContain(true);
			expect(samples, spec.name).toContain(false);
		}
	});

	it('every pick satisfies every filter; nothing is picked only when nothing matches', async (ctx) => {
		await holds(
			ctx,
			fc.property(fc.array(itemArb, { maxLength: 80 }), filtersArb, rngArb, (library, filters, rng) => {
				const pool = applyFilters(library, filters, { now: NOW });
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
				for (const item of library) expect(matchesFilters(item, filters, { now: NOW })).toBe(oracle(item, filters));
				expect(applyFilters(library, filters, { now: NOW })).toEqual(library.filter((i) => oracle(i, filters)));
			}),
			{ numRuns: 300 }
		);
	});

	it('a pick avoids the recent picks while anything else matches', async (ctx) => {
		await holds(
			ctx,
			fc.property(fc.array(itemArb, { minLength: 1, maxLength: 40 }), filtersArb, rngArb, fc.array(fc.integer({ min: 1, max: 60 }).map(String), { maxLength: 20 }), (library, filters, rng, recent) => {
				const pool = applyFilters(library, filters, { now: NOW });
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

describe('"Decide together" shortlists from generated libraries', () => {
	const seqRng = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 12 }).map((xs) => {
		let i = 0;
		return () => xs[i++ % xs.length] as number;
	});

	it('every title of a shortlist satisfies every filter, none twice, none left out; as many as asked while enough match', async (ctx) => {
		await holds(
			ctx,
			fc.property(
				fc.array(itemArb, { maxLength: 80 }),
				filtersArb,
				seqRng,
				fc.integer({ min: 3, max: 10 }),
				fc.uniqueArray(fc.integer({ min: 1, max: 60 }).map(String), { maxLength: 20 }),
				(library, filters, rng, size, vetoed) => {
					const leaveOut = new Set(vetoed);
					const list = drawShortlist({ pool: library, filters, ctx: { now: NOW }, size, rng, leaveOut });
					const eligible = new Set(library.filter((i) => oracle(i, filters) && !leaveOut.has(i.ratingKey)).map((i) => i.ratingKey));
					expect(list.every((i) => library.includes(i) && oracle(i, filters) && !leaveOut.has(i.ratingKey))).toBe(true);
					expect(new Set(list.map((i) => i.ratingKey)).size).toBe(list.length);
					expect(list.length).toBe(Math.min(size, eligible.size));
				}
			),
			{ numRuns: 400 }
		);
	});
});
