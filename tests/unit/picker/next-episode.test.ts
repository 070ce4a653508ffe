import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareEpisodes, episodeCode, inWatchingOrder, nextEpisode } from '#lib/picker/next-episode.ts';
import type { LibraryItem } from '#lib/library/types.ts';
import { item } from '../../helpers/items.ts';

function ep(season: number, episode: number, watched = false): LibraryItem {
	return item({ ratingKey: `${season}-${episode}`, type: 'episode', title: `S${season}E${episode}`, season, episode, viewCount: watched ? 1 : 0 });
}
/** Plex does not promise an order: shuffle the list the way a server might send it. */
function scrambled<T>(list: T[]): T[] {
	return list.map((x, i) => ({ x, k: (i * 7919) % 13 })).sort((a, b) => a.k - b.k).map((p) => p.x);
}
const code = (e: LibraryItem | undefined) => (e ? `S${e.season}E${e.episode}` : 'none');

describe('nextEpisode', () => {
	it('an unwatched show starts at S1 E1, whatever order the server sent', () => {
		const show = scrambled([ep(2, 1), ep(1, 3), ep(1, 1), ep(1, 2), ep(2, 2)]);
		expect(code(nextEpisode(show)?.episode)).toBe('S1E1');
		expect(nextEpisode(show)?.rewatch).toBe(false);
	});

	it('a half-watched show with a gap gives the first gap, not the episode after the last watched', () => {
		// S1 all watched, S2 E1–E4 watched, E5 not, E6 watched, E7 not
		const show = [1, 2, 3].map((e) => ep(1, e, true)).concat([1, 2, 3, 4].map((e) => ep(2, e, true)), [ep(2, 5), ep(2, 6, true), ep(2, 7)]);
		expect(code(nextEpisode(scrambled(show))?.episode)).toBe('S2E5');
		// "Another episode" moves on to the next unwatched one, then wraps round
		expect(code(nextEpisode(show, '2-5')?.episode)).toBe('S2E7');
		expect(code(nextEpisode(show, '2-7')?.episode)).toBe('S2E5');
	});

	it('Specials (season 0) come after every regular season', () => {
		const show = [ep(0, 1), ep(0, 2), ep(1, 1, true), ep(1, 2), ep(2, 1)];
		expect(code(nextEpisode(show)?.episode)).toBe('S1E2');
		const regularWatched = [ep(0, 1, true), ep(0, 2), ep(1, 1, true), ep(1, 2, true)];
		expect(code(nextEpisode(regularWatched)?.episode)).toBe('S0E2');
		expect(inWatchingOrder(show).map(code)).toEqual(['S1E1', 'S1E2', 'S2E1', 'S0E1', 'S0E2']);
	});

	it('a fully watched show is a rewatch from its first episode', () => {
		const show = [ep(1, 2, true), ep(1, 1, true), ep(0, 1, true)];
		expect(nextEpisode(show)).toEqual({ episode: show[1], rewatch: true });
		expect(code(nextEpisode(show, '1-1')?.episode)).toBe('S1E2');
	});

	it('no episodes: nothing', () => {
		expect(nextEpisode([])).toBeUndefined();
	});

	it('labels episodes the way the card shows them', () => {
		expect(episodeCode(ep(2, 5))).toBe('S2 · E5');
		expect(episodeCode(ep(0, 1))).toBe('Specials · E1');
	});

	it('property: the choice is the first unwatched episode in order (regular seasons before Specials), or a rewatch of the first', () => {
		const episodes = fc.uniqueArray(fc.record({ season: fc.integer({ min: 0, max: 6 }), episode: fc.integer({ min: 1, max: 30 }), watched: fc.boolean() }), {
			minLength: 1,
			maxLength: 60,
			selector: (e) => `${e.season}-${e.episode}`
		});
		fc.assert(
			fc.property(episodes, (list) => {
				const show = list.map((e) => ep(e.season, e.episode, e.watched));
				const got = nextEpisode(show)!;
				const before = show.filter((e) => compareEpisodes(e, got.episode) < 0);
				if (got.rewatch) {
					expect(show.every((e) => e.viewCount > 0)).toBe(true);
					expect(before).toEqual([]);
				} else {
					expect(got.episode.viewCount).toBe(0);
					// everything before it is watched
					expect(before.every((e) => e.viewCount > 0)).toBe(true);
					// a special only when no regular episode is left unwatched
					if (got.episode.season === 0) expect(show.filter((e) => e.season !== 0 && e.viewCount === 0)).toEqual([]);
				}
			})
		);
	});
});
