import { describe, expect, it } from 'vitest';
import {
	drawShortlist,
	keptLine,
	markTitle,
	newRound,
	nextPerson,
	peopleNames,
	sanitizeRound,
	settle,
	takeOver,
	vetoedKeys,
	type Entry,
	type Mark
} from '#lib/decide/round.ts';
import { NO_FILTERS } from '#lib/picker/filters.ts';
import { seeded } from '../../helpers/rng.ts';
import { item } from '../../helpers/items.ts';

const entry = (key: string, title = `Movie ${key}`): Entry => ({ libraryId: 'demo:1', serverId: 'demo', source: 'demo', item: item({ ratingKey: key, title }) });
const entries = (n: number) => Array.from({ length: n }, (_, i) => entry(String(i + 1)));

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
function chiSquare(counts: number[]): number {
	const total = counts.reduce((a, b) => a + b, 0);
	const expected = total / counts.length;
	return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}
// Critical values at p = 0.001 (a fair choice exceeds them once in a thousand seeds).
const CRITICAL_3_DF = 16.27;
const CRITICAL_9_DF = 27.88;

describe('a round on one phone', () => {
	it('goes person by person with a hand-over between, then settles on a title everybody kept', () => {
		let round = newRound(['Sam', 'Ana', 'Lee'], entries(3));
		const rng = seeded(1);
		const marks: Mark[][] = [
			['keep', 'veto', 'keep'],
			['keep', 'keep', 'veto'],
			['keep', 'veto', 'veto']
		];
		for (const [person, row] of marks.entries()) {
			expect(round.phase).toBe('marking');
			expect(round.turn).toBe(person);
			// the person sees only their own (empty) marks
			expect(round.marks[round.turn]).toEqual([null, null, null]);
			for (const [i, mark] of row.entries()) round = markTitle(round, i, mark);
			round = nextPerson(round, rng);
			if (person < 2) {
				expect(round.phase).toBe('handover');
				// marking is not possible while the phone is handed over
				expect(markTitle(round, 0, 'veto')).toBe(round);
				round = takeOver(round);
			}
		}
		expect(round.phase).toBe('result');
		expect(round.outcome).toEqual({ kind: 'kept', index: 0, keptBy: 3, of: 3, tied: 1 });
		expect(keptLine(round.outcome as Extract<typeof round.outcome, { kind: 'kept' }>)).toBe('Kept by all 3');
	});

	it('with no title kept by all, the most kept wins ("Kept by 2 of 3"); with none kept, nothing does', () => {
		const outcome = settle(
			[
				['keep', 'veto'],
				['keep', 'keep'],
				['veto', null]
			],
			2,
			seeded(2)
		);
		expect(outcome).toEqual({ kind: 'kept', index: 0, keptBy: 2, of: 3, tied: 1 });
		expect(keptLine(outcome as Extract<typeof outcome, { kind: 'kept' }>)).toBe('Kept by 2 of 3');
		expect(settle([['veto', null], [null, 'veto']], 2, seeded(2))).toEqual({ kind: 'all-vetoed' });
	});

	it('the titles nobody kept are the ones left out of the next shortlist', () => {
		let round = newRound(['A', 'B'], entries(3));
		round = markTitle(round, 1, 'keep');
		expect(vetoedKeys(round)).toEqual(['demo:1', 'demo:3']);
	});

	it('names left blank become "Person n"; the count stays within 2–8', () => {
		expect(peopleNames(3, ['Sam', '  ', undefined as unknown as string])).toEqual(['Sam', 'Person 2', 'Person 3']);
		expect(peopleNames(1)).toHaveLength(2);
		expect(peopleNames(20)).toHaveLength(8);
		expect(peopleNames(2, ['x'.repeat(100)])[0]).toHaveLength(40);
	});
});

describe('fairness of the random parts (chi-square, injected RNG)', () => {
	it('a tie between titles everybody kept is broken uniformly', () => {
		// four titles kept by both people, one vetoed: each of the four should win a quarter of the time
		const marks: Mark[][] = [
			['keep', 'keep', 'veto', 'keep', 'keep'],
			['keep', 'keep', 'veto', 'keep', 'keep']
		];
		const rng = seeded(20261202);
		const wins = [0, 0, 0, 0, 0];
		for (let i = 0; i < 8000; i++) {
			const outcome = settle(marks, 5, rng);
			if (outcome.kind !== 'kept') throw new Error('expected a winner');
			expect(outcome.tied).toBe(4);
			wins[outcome.index]!++;
		}
		expect(wins[2]).toBe(0);
		const tied = [wins[0], wins[1], wins[3], wins[4]] as number[];
		expect(chiSquare(tied)).toBeLessThan(CRITICAL_3_DF);
		// the test has teeth: always taking the first of the tied titles is far beyond the bound
		expect(chiSquare([8000, 0, 0, 0])).toBeGreaterThan(CRITICAL_3_DF);
	});

	it('every title is equally likely to be drawn into a shortlist', () => {
		const pool = Array.from({ length: 10 }, (_, i) => item({ ratingKey: String(i) }));
		const rng = seeded(7);
		const drawn = Array.from({ length: 10 }, () => 0);
		for (let i = 0; i < 4000; i++) for (const t of drawShortlist({ pool, filters: NO_FILTERS, ctx: { now: 0 }, size: 3, rng })) drawn[Number(t.ratingKey)]!++;
		expect(chiSquare(drawn)).toBeLessThan(CRITICAL_9_DF);
	});
});

describe('a saved round read back', () => {
	it('comes back as it was saved', () => {
		const round = markTitle(newRound(['Sam', 'Ana'], entries(3), ['demo:9']), 2, 'veto');
		expect(sanitizeRound(JSON.parse(JSON.stringify(round)))).toEqual(round);
	});

	it('anything broken or foreign is no round at all, never an error', () => {
		const good = JSON.parse(JSON.stringify(newRound(['Sam', 'Ana'], entries(3))));
		for (const bad of [null, 'x', 42, [], {}, { ...good, v: 2 }, { ...good, people: ['only one'] }, { ...good, entries: [] }, { ...good, entries: [{ item: {} }] }, { ...good, marks: [[]] }, { ...good, phase: 'result', outcome: null }]) {
			expect(sanitizeRound(bad)).toBeNull();
		}
		// odd marks, turn and phase are made valid
		const odd = sanitizeRound({ ...good, marks: [['keep', 'maybe', 3], 'x'], turn: 7, phase: 'dancing' });
		expect(odd?.marks).toEqual([
			['keep', null, null],
			[null, null, null]
		]);
		expect(odd?.turn).toBe(0);
		expect(odd?.phase).toBe('marking');
	});
});
