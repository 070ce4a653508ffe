import { describe, expect, it } from 'vitest';
import { PlexClient } from '#lib/plex/client.ts';
import { discoverReadable, getWatchlist, parseWatchlistPage } from '#lib/plex/watchlist.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { watchlistSamples, NOT_ON_ANY_SERVER } from '../../fake-plex/watchlist.ts';
import { plexFailure, testIdentity } from '../../helpers/plex-client.ts';

function setup(world = createWorld()) {
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity });
	return { world, client };
}

describe('parseWatchlistPage (docs/plex-api.md §14)', () => {
	it('reads the documented Metadata shape: guid, title, year, type and the paging fields', () => {
		const page = parseWatchlistPage(watchlistSamples.page1);
		expect(page.items).toEqual([
			{ guid: 'plex://movie/5d77680000000000000003ff', title: 'Sintel', year: 2010, type: 'movie' },
			{ guid: 'plex://show/5d9c080000000000000007d1', title: 'The Lighthouse Keepers', year: 2020, type: 'show' }
		]);
		expect(page).toMatchObject({ count: 2, totalSize: 3, offset: 0 });
	});

	it('reads entries answered under MediaContainer.Video instead of Metadata (seerr-team/seerr#2948)', () => {
		const page = parseWatchlistPage(watchlistSamples.video);
		expect(page.items).toEqual([{ guid: 'plex://movie/669748dc85be974cd2ab194c', title: 'Marty Supreme', year: 2025, type: 'movie' }]);
		expect(page).toMatchObject({ count: 1, totalSize: 3, offset: 2 });
	});

	it('skips entries it cannot match and tolerates missing or stringly fields', () => {
		const page = parseWatchlistPage({
			MediaContainer: {
				size: '5',
				totalSize: '9',
				Metadata: [
					{ guid: 'plex://collection/600000000000000000000c01', title: 'A collection' },
					{ guid: 'com.plexapp.agents.imdb://tt0000001?lang=en', title: 'Old agent' },
					{ title: 'No guid at all' },
					{ guid: 'plex://movie/abc123', year: '1999' },
					'not an entry'
				]
			}
		});
		expect(page.items).toEqual([{ guid: 'plex://movie/abc123', title: 'Untitled', year: 1999, type: 'movie' }]);
		expect(page).toMatchObject({ count: 5, totalSize: 9 });
	});

	it('an empty Watchlist has no entry list at all', () => {
		expect(parseWatchlistPage({ MediaContainer: { size: 0, totalSize: 0, offset: 0 } })).toEqual({ items: [], count: 0, totalSize: 0, offset: 0 });
	});

	it('refuses a body that is not a MediaContainer', () => {
		for (const body of [null, [], 'x', { errors: [] }, { MediaContainer: 'x' }]) expect(() => parseWatchlistPage(body)).toThrow(TypeError);
	});
});

describe('getWatchlist', () => {
	it('reads every page from discover.provider.plex.tv with the account token only, following a service that pages smaller than asked', async () => {
		const { world, client } = setup();
		world.watchlist.maxPageSize = 4;
		world.watchlist.shape = 'mixed'; // the first page under Metadata, the rest under Video
		const entries = await getWatchlist(client, world.account.token);
		const expected = world.watchlist.entries.filter((e) => /^plex:\/\/(movie|show)\//.test(String(e.guid)));
		expect(entries.map((e) => e.guid)).toEqual(expected.map((e) => e.guid));
		expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(NOT_ON_ANY_SERVER.map((t) => t.title)));
		const sent = world.requests({ host: 'discover.provider.plex.tv' });
		expect(sent.every((e) => e.token !== null)).toBe(true); // getWatchlist itself does not check first (WatchlistSource does)
		expect(sent.map((e) => e.query['X-Plex-Container-Start'])).toEqual(['0', '4', '8', '12']);
		expect(sent.every((e) => e.path === '/library/sections/watchlist/all' && e.tokenIn === 'query' && e.token === world.account.token)).toBe(true);
		expect(sent.every((e) => e.query.includeCollections === '1' && e.query.includeExternalMedia === '1')).toBe(true);
		expect(world.log.filter((e) => e.token !== null && e.host !== 'discover.provider.plex.tv')).toEqual([]);
	});

	it('lists a title listed twice once', async () => {
		const { world, client } = setup();
		world.watchlist.entries.push(world.watchlist.entries[0]!);
		const entries = await getWatchlist(client, world.account.token);
		expect(new Set(entries.map((e) => e.guid)).size).toBe(entries.length);
	});

	it('a signed-out token is refused as "unauthorized"', async () => {
		const { world, client } = setup();
		const token = world.account.token;
		world.revokeToken();
		expect((await plexFailure(getWatchlist(client, token))).kind).toBe('unauthorized');
	});

	it('asks once without the token whether this site may read the service: a refusal or an outage never sees the token', async () => {
		const ok = setup();
		await discoverReadable(ok.client);
		const refused = setup();
		refused.world.discoverRefuses();
		expect((await plexFailure(discoverReadable(refused.client))).kind).toBe('cors-refused');
		const down = setup();
		down.world.discoverDown();
		expect((await plexFailure(discoverReadable(down.client))).kind).toBe('network');
		for (const world of [ok.world, refused.world, down.world]) expect(world.log.filter((e) => e.host === 'discover.provider.plex.tv').every((e) => e.token === null)).toBe(true);
		expect(ok.world.requests({ host: 'discover.provider.plex.tv' }).map((e) => e.status)).toEqual([401]);
	});

	it('tells a CORS refusal (the service answers, but only for app.plex.tv) from an outage', async () => {
		const refused = setup();
		refused.world.discoverRefuses();
		expect((await plexFailure(getWatchlist(refused.client, refused.world.account.token))).kind).toBe('cors-refused');
		const down = setup();
		down.world.discoverDown();
		expect((await plexFailure(getWatchlist(down.client, down.world.account.token))).kind).toBe('network');
	});
});
