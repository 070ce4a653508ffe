import { describe, expect, it } from 'vitest';
import { countWatchlist, watchlistKeys, type SavedCopy } from '#lib/picks/watchlist.ts';
import { watchlistCaveats, watchlistProblem, watchlistSummary } from '#lib/picks/watchlist-words.ts';
import { AppError } from '#lib/errors.ts';
import type { LibraryMeta } from '#lib/library/types.ts';
import type { WatchlistEntry } from '#lib/plex/watchlist.ts';
import { item } from '../../helpers/items.ts';

const entry = (id: string, type: 'movie' | 'show' = 'movie'): WatchlistEntry => ({ guid: `plex://${type}/${id}`, title: `T${id}`, type });
const meta = (serverId: string, key: string, over: Partial<LibraryMeta> = {}): LibraryMeta => ({
	id: `${serverId}:${key}`,
	serverId,
	sectionKey: key,
	source: 'plex',
	serverName: serverId === 'a' ? 'Home' : serverId === 'b' ? 'Friend' : 'Cabin',
	title: key === '2' ? 'TV' : 'Movies',
	type: key === '2' ? 'show' : 'movie',
	itemCount: 0,
	syncedAt: 0,
	sync: { fullSyncedAt: 0, totalSize: 0, maxUpdatedAt: 0, maxLastViewedAt: 0, guids: true },
	...over
});
const copy = (m: LibraryMeta, guids: Array<string | undefined>): SavedCopy => ({
	meta: m,
	items: guids.map((g, i) => item({ ratingKey: `${m.id}-${i}`, type: m.type, ...(g ? { guid: g } : {}) }))
});

const list = [entry('1'), entry('2'), entry('3'), entry('4', 'show'), entry('5'), entry('6')];

describe('matching the Watchlist by plex:// guid', () => {
	it('finds the ratingKeys of Watchlist titles in a library, nothing else', () => {
		const movies = copy(meta('a', '1'), ['plex://movie/1', 'plex://movie/9', undefined, 'plex://movie/3']);
		expect([...watchlistKeys(list, movies.items)]).toEqual(['a:1-0', 'a:1-3']);
		expect(watchlistKeys([], movies.items).size).toBe(0);
	});

	it('counts titles here, on each other server (a title on two servers counts for both), and on none', () => {
		const here = [copy(meta('a', '1'), ['plex://movie/1', 'plex://movie/3']), copy(meta('a', '2'), ['plex://show/4'])];
		const friend = copy(meta('b', '1'), ['plex://movie/1', 'plex://movie/2', 'plex://movie/5']);
		const cabin = copy(meta('c', '1'), ['plex://movie/5']);
		const demo = copy(meta('demo', '1', { source: 'demo' }), ['plex://movie/6']);
		const counts = countWatchlist(list, 'a', [...here, friend, cabin, demo], here[0]);
		expect(counts).toMatchObject({ total: 6, here: 3, nowhere: 1, unmatchable: 0, stale: [] });
		expect(counts.elsewhere).toEqual([
			{ serverId: 'b', serverName: 'Friend', count: 2 },
			{ serverId: 'c', serverName: 'Cabin', count: 1 }
		]);
		expect(watchlistSummary(counts, 'Home')).toBe('3 of 6 Watchlist titles are on Home · 2 on Friend · 1 on Cabin · 1 not on any of your servers.');
	});

	it('names copies saved before guids were kept, and counts older-agent titles only in copies that keep guids', () => {
		const old = copy(meta('a', '1', { sync: { fullSyncedAt: 0, totalSize: 0, maxUpdatedAt: 0, maxLastViewedAt: 0 } }), [undefined, undefined]);
		const stale = countWatchlist(list, 'a', [old], old);
		expect(stale.stale.map((m) => m.id)).toEqual(['a:1']);
		expect(stale.unmatchable).toBe(0);
		expect(watchlistCaveats(stale)[0]).toBe('Sync again to match your Watchlist: Movies (Home) was saved before PlexPicker kept the ids the Watchlist uses.');

		const legacy = copy(meta('a', '1'), ['plex://movie/1', undefined, undefined]);
		const counts = countWatchlist(list, 'a', [legacy], legacy);
		expect(counts.unmatchable).toBe(2);
		expect(watchlistCaveats(counts)).toContain("2 titles of this library were matched by Plex's older agents and cannot be found on the Watchlist.");
	});

	it('words a Watchlist of one, an empty one, and every problem with what still works', () => {
		const one = countWatchlist([entry('1')], 'a', [copy(meta('a', '1'), ['plex://movie/1'])]);
		expect(watchlistSummary(one, 'Home')).toBe('1 of 1 Watchlist title is on Home · 0 not on any of your servers.');
		expect(watchlistSummary(countWatchlist([], 'a', []), 'Home')).toMatch(/^Your Plex Watchlist is empty\./);
		// a Plex Home member's own Watchlist is named as theirs
		expect(watchlistSummary(one, 'Home', 'Ada')).toBe("1 of Ada's 1 Watchlist title is on Home · 0 not on any of your servers.");
		expect(watchlistSummary(countWatchlist([], 'a', []), 'Home', 'Jonah')).toMatch(/^Jonah's Plex Watchlist is empty\. .*managed Home user/);
		const at = Date.parse('2026-12-01T18:30:00Z');
		expect(watchlistProblem(new AppError('cors-refused', 'x'), undefined)).toMatch(/discover\.provider\.plex\.tv\) answered, but refused.*choose “Whole library”/);
		expect(watchlistProblem(new AppError('network', 'x'), at)).toMatch(/could not be reached.*as it was on .*2026/);
		expect(watchlistProblem(new AppError('server-error', 'x'), at)).toMatch(/having trouble/);
		expect(watchlistProblem(new AppError('unauthorized', 'x'), undefined)).toMatch(/did not accept your sign-in for the Watchlist/);
		expect(watchlistProblem('signed-out', undefined)).toMatch(/^Sign in with Plex/);
	});
});
