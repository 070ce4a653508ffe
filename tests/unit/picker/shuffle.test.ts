import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shufflePick, type ShowEpisodes, type ShuffleMode } from '#lib/picker/shuffle.ts';
import { seededRng } from '#lib/picker/pick.ts';
import type { LibraryItem } from '#lib/library/types.ts';
import { item } from '../../helpers/items.ts';

function show(name: string, count: number, watched: (i: number) => boolean = () => false): ShowEpisodes {
	return {
		show: name,
		episodes: Array.from({ length: count }, (_, i): LibraryItem =>
			item({ ratingKey: `${name}-${i + 1}`, type: 'episode', title: `${name} ${i + 1}`, season: 1, episode: i + 1, viewCount: watched(i) ? 1 : 0 })
		)
	};
}

/** Picks n times in a row, carrying the used set like the app does. */
function run(shows: ShowEpisodes[], n: number, mode: ShuffleMode, seed: number) {
	const rng = seededRng(seed);
	let used: string[] = [];
	let last: string | undefined;
	const picks: { key: string; watched: boolean; newRound: boolean }[] = [];
	for (let i = 0; i < n; i++) {
		const p = shufflePick(shows, used, mode, rng, undefined, last)!;
		used = p.used;
		last = p.key;
		picks.push({ key: p.key, watched: p.episode.viewCount > 0, newRound: p.newRound });
	}
	return picks;
}

/** Pearson's chi-square statistic of observed counts against expected ones. */
function chiSquare(observed: number[], expected: number[]): number {
	return observed.reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
}

describe('shufflePick', () => {
	const three = [show('A', 2), show('B', 3, (i) => i === 0), show('C', 5, (i) => i < 2)];
	const total = 10;

	it('over as many picks as there are episodes, every episode comes once, unwatched ones first', () => {
		for (const mode of ['fair', 'episode'] as const) {
			const picks = run(three, total, mode, 3);
			expect(new Set(picks.map((p) => p.key)).size).toBe(total);
			const firstWatched = picks.findIndex((p) => p.watched);
			expect(firstWatched).toBe(7); // 7 unwatched episodes come before the 3 watched ones
			expect(picks.slice(firstWatched).every((p) => p.watched)).toBe(true);
			expect(picks.some((p) => p.newRound)).toBe(false);
		}
	});

	it('once the set is used up a new round starts, never with the episode just shown', () => {
		const picks = run(three, total * 3, 'fair', 11);
		expect(picks[total]!.newRound).toBe(true);
		expect(picks[total]!.key).not.toBe(picks[total - 1]!.key);
		expect(new Set(picks.slice(total, 2 * total).map((p) => p.key)).size).toBe(total);
	});

	it('nothing to pick from: nothing', () => {
		expect(shufflePick([show('A', 0)], [], 'fair', seededRng(1))).toBeUndefined();
	});

	it('"Fair per show" makes each show equally likely, however many episodes it has (chi-square)', () => {
		const sizes = [show('A', 1), show('B', 4), show('C', 25)];
		const rng = seededRng(2024);
		const counts = [0, 0, 0];
		const draws = 6000;
		for (let i = 0; i < draws; i++) counts[['A', 'B', 'C'].indexOf(shufflePick(sizes, [], 'fair', rng)!.show)]!++;
		// df = 2: 13.8 is the 0.1 % critical value
		expect(chiSquare(counts, [2000, 2000, 2000])).toBeLessThan(13.8);
	});

	it('"Per episode" makes each episode equally likely, so big shows come up more often (chi-square)', () => {
		const sizes = [show('A', 1), show('B', 4), show('C', 25)];
		const rng = seededRng(99);
		const keys = sizes.flatMap((s) => s.episodes.map((e) => e.ratingKey));
		const counts = new Map(keys.map((k) => [k, 0]));
		const draws = 30 * 200;
		for (let i = 0; i < draws; i++) {
			const k = shufflePick(sizes, [], 'episode', rng)!.key;
			counts.set(k, counts.get(k)! + 1);
		}
		// df = 29: 58.3 is the 0.1 % critical value
		expect(chiSquare([...counts.values()], keys.map(() => 200))).toBeLessThan(58.3);
		const perShow = sizes.map((s) => s.episodes.reduce((n, e) => n + counts.get(e.ratingKey)!, 0));
		expect(chiSquare(perShow, [200, 800, 5000])).toBeLessThan(13.8);
	});

	it('property: across any shows, N picks give N distinct episodes, all unwatched ones before any watched one', () => {
		const shows = fc.array(fc.array(fc.boolean(), { minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 4 });
		fc.assert(
			fc.property(shows, fc.constantFrom<ShuffleMode>('fair', 'episode'), fc.integer(), (watchLists, mode, seed) => {
				const set = watchLists.map((w, s) => show(`S${s}`, w.length, (i) => w[i]!));
				const n = watchLists.reduce((sum, w) => sum + w.length, 0);
				fc.pre(n > 0);
				const picks = run(set, n, mode, seed);
				expect(new Set(picks.map((p) => p.key)).size).toBe(n);
				const watched = picks.map((p) => p.watched);
				expect(watched).toEqual([...watched].sort((a, b) => Number(a) - Number(b)));
			})
		);
	});
});
