import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawShortlist, entryKey, newRound, settle, tally, vetoedKeys, type Entry, type Mark, type Round } from '#lib/decide/round.ts';
import { NO_FILTERS } from '#lib/picker/filters.ts';
import { item } from '../helpers/items.ts';
import { holds } from './cases.ts';

/*
 * "Decide together" is fair: the result is always a title someone kept when one was kept, it is
 * one of the titles with the most keeps (all of them, when every person kept it), and an all-veto
 * round's next shortlist never brings back a vetoed title.
 */

const rngArb = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 8 }).map((xs) => {
	let i = 0;
	return () => xs[i++ % xs.length] as number;
});
const markArb: fc.Arbitrary<Mark | null> = fc.constantFrom('keep' as const, 'veto' as const, null);
/** people × titles marks */
const marksArb = fc
	.record({ people: fc.integer({ min: 2, max: 8 }), titles: fc.integer({ min: 1, max: 10 }) })
	.chain(({ people, titles }) => fc.array(fc.array(markArb, { minLength: titles, maxLength: titles }), { minLength: people, maxLength: people }).map((marks) => ({ marks, titles })));

const entry = (key: string): Entry => ({ libraryId: 'demo:1', serverId: 'demo', source: 'demo', item: item({ ratingKey: key }) });

describe('deciding together', () => {
	it('the result is a title with the most keeps, kept by someone; all-vetoed only when nobody kept anything', async (ctx) => {
		await holds(
			ctx,
			fc.property(marksArb, rngArb, ({ marks, titles }, rng) => {
				const outcome = settle(marks, titles, rng);
				const keeps = tally(marks, titles);
				const anyKept = marks.some((row) => row.includes('keep'));
				if (!anyKept) return outcome.kind === 'all-vetoed';
				if (outcome.kind !== 'kept') return false;
				const most = Math.max(...keeps);
				const keptByWinner = marks.filter((row) => row[outcome.index] === 'keep').length;
				const everybody = keeps.some((k) => k === marks.length);
				return (
					keptByWinner > 0 &&
					keptByWinner === most &&
					outcome.keptBy === most &&
					outcome.of === marks.length &&
					outcome.tied === keeps.filter((k) => k === most).length &&
					// when some title was kept by all, the result is one of those
					(!everybody || keptByWinner === marks.length)
				);
			}),
			{ numRuns: 500 }
		);
	});

	it('after an all-veto round, the next shortlist leaves out every vetoed title (and the ones vetoed before)', async (ctx) => {
		await holds(
			ctx,
			fc.property(
				fc.integer({ min: 3, max: 40 }),
				fc.integer({ min: 3, max: 10 }),
				fc.integer({ min: 2, max: 8 }),
				rngArb,
				rngArb,
				(count, size, people, rng1, rng2) => {
					const pool = Array.from({ length: count }, (_, i) => item({ ratingKey: String(i + 1) }));
					const keyOf = (i: { ratingKey: string }) => `demo:${i.ratingKey}`;
					const draw = (rng: () => number, leftOut: string[]) =>
						drawShortlist({ pool, filters: NO_FILTERS, ctx: { now: 0 }, size, rng, keyOf, leaveOut: new Set(leftOut) });
					const first = draw(rng1, []);
					let round: Round = newRound(
						Array.from({ length: people }, (_, i) => `P${i}`),
						first.map((i) => entry(i.ratingKey))
					);
					round = { ...round, marks: round.marks.map((row) => row.map(() => 'veto' as const)) };
					const leftOut = vetoedKeys(round);
					expect(leftOut.sort()).toEqual(round.entries.map(entryKey).sort());
					const second = draw(rng2, leftOut);
					expect(second.every((i) => !leftOut.includes(keyOf(i)))).toBe(true);
					expect(second.length).toBe(Math.min(size, count - first.length));
				}
			),
			{ numRuns: 300 }
		);
	});
});
