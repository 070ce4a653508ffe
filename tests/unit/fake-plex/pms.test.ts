import { describe, expect, it } from 'vitest';
import unwatchedSample from '../../fake-plex/samples/pms-library-sections-1-all-unwatched.json' with { type: 'json' };
import { PMS_401_HTML, samples, TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import type { World } from '../../fake-plex/world.ts';
import { client } from './util.ts';

const VAULT = 'https://192-168-1-20.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';
const DAD = "https://198-51-100-23.41b7e9c3a2d84f10b5c6d7e8f9a0b1c2.plex.direct:32400";

function pms(world: World = createWorld(), base = VAULT, token = TOKENS.owned) {
	const { getJson, fetch } = client(world);
	const get = (path: string, extra = '') => getJson(`${base}${path}${path.includes('?') ? '&' : '?'}X-Plex-Token=${token}${extra}`);
	/** Pages through /all like a client would, returning every page. */
	const pages = async (key: string, size: number) => {
		const out: { offset: number; size: number; totalSize: number; headerStart: string | null; headerTotal: string | null; keys: string[] }[] = [];
		for (let start = 0; ; ) {
			const { body, headers } = await get(`/library/sections/${key}/all?X-Plex-Container-Start=${start}&X-Plex-Container-Size=${size}`);
			const mc = body.MediaContainer;
			out.push({
				offset: mc.offset, size: mc.size, totalSize: mc.totalSize,
				headerStart: headers.get('X-Plex-Container-Start'), headerTotal: headers.get('X-Plex-Container-Total-Size'),
				keys: (mc.Metadata ?? []).map((m: { ratingKey: string }) => m.ratingKey)
			});
			if (mc.offset + mc.size >= mc.totalSize) return out;
			start = mc.offset + mc.size;
		}
	};
	return { world, get, fetch, pages };
}

describe('PMS libraries', () => {
	it('answers /identity without a token, with the sample body', async () => {
		const { fetch } = pms();
		const res = await fetch(`${VAULT}/identity`, { headers: { Accept: 'application/json' } });
		expect(await res.json()).toEqual(samples.identity);
	});

	it('lists the sample sections', async () => {
		const { get } = pms();
		expect((await get('/library/sections')).body).toEqual(samples.sections);
	});

	it('serves the two sample pages of section 1 exactly, with the paging headers', async () => {
		const { get } = pms();
		const first = await get('/library/sections/1/all?X-Plex-Container-Start=0&X-Plex-Container-Size=5');
		expect(first.body).toEqual(samples.moviesPage1);
		expect(first.headers.get('X-Plex-Container-Start')).toBe('0');
		expect(first.headers.get('X-Plex-Container-Total-Size')).toBe('9');
		const second = await get('/library/sections/1/all?X-Plex-Container-Start=5&X-Plex-Container-Size=5');
		expect(second.body).toEqual(samples.moviesPage2);
		expect(second.headers.get('X-Plex-Container-Start')).toBe('5');
	});

	it('returns every item exactly once across pages of any size', async () => {
		const { pages } = pms(createWorld({ librarySize: 1234 }));
		for (const size of [1, 100, 333, 5000]) {
			const all = await pages('1', size);
			const keys = all.flatMap((p) => p.keys);
			expect(keys).toHaveLength(1234);
			expect(new Set(keys).size).toBe(1234);
			for (const [i, page] of all.entries()) {
				expect(page).toMatchObject({ offset: i * size, totalSize: 1234, headerStart: String(i * size), headerTotal: '1234' });
			}
		}
	});

	it('has no Metadata key at all for an empty library or a page past the end', async () => {
		const { get } = pms();
		const empty = await get('/library/sections/6/all?X-Plex-Container-Start=0&X-Plex-Container-Size=50');
		expect(empty.body).toEqual(samples.emptyAll);
		expect('Metadata' in empty.body.MediaContainer).toBe(false);
		const past = await get('/library/sections/1/all?X-Plex-Container-Start=50&X-Plex-Container-Size=50');
		expect(past.body.MediaContainer).toMatchObject({ size: 0, totalSize: 9, offset: 50 });
		expect('Metadata' in past.body.MediaContainer).toBe(false);
	});

	it('counts with X-Plex-Container-Size=0 and leaves paging fields out without paging params', async () => {
		const { get } = pms();
		const count = await get('/library/sections/1/all?X-Plex-Container-Start=0&X-Plex-Container-Size=0');
		expect(count.body.MediaContainer).toMatchObject({ size: 0, totalSize: 9 });
		const unpaged = await get('/library/sections/1/all');
		expect(unpaged.body.MediaContainer.size).toBe(9);
		expect('totalSize' in unpaged.body.MediaContainer).toBe(false);
		expect(unpaged.headers.get('X-Plex-Container-Total-Size')).toBeNull();
	});

	it('accepts paging as headers too', async () => {
		const { fetch } = pms();
		const res = await fetch(`${VAULT}/library/sections/1/all?X-Plex-Token=${TOKENS.owned}`, {
			headers: { Accept: 'application/json', 'X-Plex-Container-Start': '5', 'X-Plex-Container-Size': '2' }
		});
		expect((await res.json()).MediaContainer).toMatchObject({ offset: 5, size: 2, totalSize: 9 });
	});

	it('filters unwatched like the sample, by genre id, decade and updatedAt, and ignores unknown filters', async () => {
		const { get } = pms();
		expect((await get('/library/sections/1/all?unwatched=1&X-Plex-Container-Start=0&X-Plex-Container-Size=50')).body).toEqual(unwatchedSample);
		const titles = async (query: string) => ((await get(`/library/sections/1/all?${query}`)).body.MediaContainer.Metadata ?? []).map((m: { title: string }) => m.title);
		expect(await titles('genre=95')).toEqual(['Nosferatu', 'Night of the Living Dead']); // 95 = Horror in the genre sample
		expect(await titles('decade=1920')).toEqual(['Nosferatu', 'Metropolis', 'The General']);
		expect(await titles('updatedAt>>=9999999999')).toEqual([]);
		expect(await titles('colour=blue')).toHaveLength(9);
	});

	it('scopes filters by type like Plex: a bare filter on a show library is not the unwatched-shows filter', async () => {
		const { get } = pms();
		const titles = async (key: string, query: string) => ((await get(`/library/sections/${key}/all?${query}`)).body.MediaContainer.Metadata ?? []).map((m: { title: string }) => m.title);
		// Kitchen Table Science has 0/24 watched, The Lighthouse Keepers 9/12, Quiet Frequencies 8/8.
		expect(await titles('2', 'type=2&unwatchedLeaves=1')).toEqual(['The Lighthouse Keepers', 'Kitchen Table Science']);
		expect(await titles('2', 'type=2&show.unwatchedLeaves=1')).toEqual(['The Lighthouse Keepers', 'Kitchen Table Science']);
		expect(await titles('2', 'type=2&unwatchedLeaves=0')).toEqual(['Quiet Frequencies']);
		// Without the type the filter is not applied the way a client would assume: all three come back.
		expect(await titles('2', 'unwatched=1')).toHaveLength(3);
		expect(await titles('2', 'unwatchedLeaves=1')).toHaveLength(3);
		// `unwatched` is not a show-level field: with type=2 it is ignored like any unknown field.
		expect(await titles('2', 'type=2&unwatched=1')).toHaveLength(3);
		// A movie section reads the movie filter with or without type=1; another type lists nothing here.
		const unwatchedMovies = samples.moviesPage1.MediaContainer.Metadata.concat(samples.moviesPage2.MediaContainer.Metadata).filter((m) => !('viewCount' in m) || !m.viewCount).length;
		expect(await titles('1', 'type=1&unwatched=1')).toHaveLength(unwatchedMovies);
		expect(await titles('1', 'type=2')).toEqual([]);
	});

	it('treats >>= and <<= as strict ("after", "before")', async () => {
		const { get } = pms();
		const titles = async (query: string) => ((await get(`/library/sections/2/all?type=2&${query}`)).body.MediaContainer.Metadata ?? []).map((m: { title: string }) => m.title);
		// updatedAt of the shows: 1795336000, 1795236000, 1795136000
		expect(await titles('updatedAt>>=1795236000')).toEqual(['The Lighthouse Keepers']);
		expect(await titles('updatedAt>>=1795235999')).toEqual(['The Lighthouse Keepers', 'Kitchen Table Science']);
		expect(await titles('updatedAt<<=1795236000')).toEqual(['Quiet Frequencies']);
		expect(await titles('lastViewedAt>>=1795332400')).toEqual([]);
		expect(await titles('lastViewedAt>>=1795332399')).toEqual(['The Lighthouse Keepers']);
	});

	it('ORs the filters of a filter group (push, or, pop); a server without groups ANDs them', async () => {
		const world = createWorld();
		const { get } = pms(world);
		const titles = async (query: string) => ((await get(`/library/sections/2/all?type=2&${query}`)).body.MediaContainer.Metadata ?? []).map((m: { title: string }) => m.title);
		// updatedAt: Lighthouse 1795336000, Kitchen 1795236000, Quiet 1795136000; only Lighthouse was watched
		const either = 'push=1&updatedAt%3E%3E=1795235999&or=1&lastViewedAt%3E%3E=1795332399&pop=1';
		expect(await titles(either)).toEqual(['The Lighthouse Keepers', 'Kitchen Table Science']);
		expect(await titles('push=1&updatedAt%3C%3C=1795236000&or=1&lastViewedAt%3E%3E=1795332399&pop=1')).toEqual(['The Lighthouse Keepers', 'Quiet Frequencies']);
		// a group inside the filters: (updated after … or watched after …) and updated before …
		expect(await titles(`${either}&updatedAt%3C%3C=1795336000`)).toEqual(['Kitchen Table Science']);
		// without `or`, a group matches all of its filters
		expect(await titles('push=1&updatedAt%3E%3E=1795235999&lastViewedAt%3E%3E=1795332399&pop=1')).toEqual(['The Lighthouse Keepers']);
		for (const server of world.servers.values()) server.filterGroups = false;
		expect(await titles(either)).toEqual(['The Lighthouse Keepers']);
	});

	it('serves genre, collections and playlists samples', async () => {
		const { get } = pms();
		expect((await get('/library/sections/1/genre')).body).toEqual(samples.genres);
		expect((await get('/library/sections/1/collections')).body).toEqual(samples.collections);
		expect((await get('/playlists')).body).toEqual(samples.playlists);
	});

	it('serves the shows, seasons and episodes samples, and consistent episodes for the other shows', async () => {
		const { get } = pms();
		expect((await get('/library/sections/2/all?X-Plex-Container-Start=0&X-Plex-Container-Size=50')).body).toEqual(samples.showsAll);
		expect((await get('/library/metadata/2001/children')).body).toEqual(samples.seasons);
		expect((await get('/library/metadata/2001/allLeaves')).body).toEqual(samples.episodes);
		for (const show of samples.showsAll.MediaContainer.Metadata) {
			const leaves = (await get(`/library/metadata/${show.ratingKey}/allLeaves`)).body.MediaContainer;
			expect(leaves.size).toBe(show.leafCount);
			expect(leaves.Metadata.filter((e: { viewCount?: number }) => e.viewCount).length).toBe(show.viewedLeafCount);
			const seasons = (await get(`/library/metadata/${show.ratingKey}/children`)).body.MediaContainer;
			expect(seasons.size).toBe(show.childCount);
			const firstSeason = seasons.Metadata[0];
			const episodes = (await get(`/library/metadata/${firstSeason.ratingKey}/children`)).body.MediaContainer;
			expect(episodes.size).toBe(firstSeason.leafCount);
		}
		expect((await get('/library/metadata/424242/children')).status).toBe(404);
	});

	it('follows library changes and bumps the section timestamps', async () => {
		const { world, get } = pms();
		const before = (await get('/library/sections')).body.MediaContainer.Directory[0];
		world.changeLibrary(samples.v2Server.machineIdentifier, '1', (items) => items.slice(0, 3));
		const after = (await get('/library/sections')).body.MediaContainer.Directory[0];
		expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
		expect(after.contentChangedAt).toBeGreaterThan(before.contentChangedAt);
		expect((await get('/library/sections/1/all?X-Plex-Container-Start=0&X-Plex-Container-Size=0')).body.MediaContainer.totalSize).toBe(3);
	});
});

describe('PMS on-demand lists', () => {
	it('page episodes, members and the lists of collections and playlists like /all', async () => {
		const { get } = pms();
		const page = await get('/library/metadata/2001/allLeaves?X-Plex-Container-Start=10&X-Plex-Container-Size=5');
		expect(page.body.MediaContainer).toMatchObject({ size: 2, totalSize: 12, offset: 10 });
		expect(page.headers.get('X-Plex-Container-Total-Size')).toBe('12');
		for (const path of ['/library/collections/3001/children', '/playlists/4003/items', '/library/sections/1/collections', '/playlists']) {
			const { body } = await get(`${path}?X-Plex-Container-Start=1&X-Plex-Container-Size=1`);
			expect(body.MediaContainer).toMatchObject({ size: 1, offset: 1 });
			expect(body.MediaContainer.totalSize).toBeGreaterThan(1);
		}
	});

	it('answer whole lists when nobody asks for pages, unless the server forces paging', async () => {
		const world = createWorld();
		const whole = await pms(world).get('/library/metadata/2001/allLeaves');
		expect(whole.body).toEqual(samples.episodes);
		world.setBehaviour(VAULT, { paging: { maxPageSize: 4 } });
		const forced = await pms(world).get('/library/metadata/2001/allLeaves');
		expect(forced.body.MediaContainer).toMatchObject({ size: 4, totalSize: 12, offset: 0 });
		expect(forced.body.MediaContainer.Metadata).toHaveLength(4);
	});
});

describe('PMS tokens', () => {
	it('answers the HTML 401 sample without a good token', async () => {
		const { fetch } = pms();
		for (const token of ['', '&X-Plex-Token=wrong']) {
			const res = await fetch(`${VAULT}/library/sections?${token}`, { headers: { Accept: 'application/json' } });
			expect(res.status).toBe(401);
			expect(res.headers.get('content-type')).toBe('text/html');
			expect(await res.text()).toBe(PMS_401_HTML);
		}
	});

	it('lets an owned server take its own token or the account token', async () => {
		const world = createWorld();
		expect((await pms(world, VAULT, TOKENS.owned).get('/library/sections')).status).toBe(200);
		expect((await pms(world, VAULT, TOKENS.account).get('/library/sections')).status).toBe(200);
		expect((await pms(world, VAULT, TOKENS.shared).get('/library/sections')).status).toBe(401);
	});

	it('lets a shared server take only its own accessToken', async () => {
		const world = createWorld();
		expect((await pms(world, DAD, TOKENS.shared).get('/library/sections')).status).toBe(200);
		expect((await pms(world, DAD, TOKENS.account).get('/library/sections')).status).toBe(401);
		expect((await pms(world, DAD, TOKENS.owned).get('/library/sections')).status).toBe(401);
	});

	it('stops taking a revoked token', async () => {
		const world = createWorld();
		world.revokeToken(TOKENS.owned);
		expect((await pms(world).get('/library/sections')).status).toBe(401);
	});

	it('refuses an expired token with 498, and /identity still answers', async () => {
		const world = createWorld();
		world.expireToken(TOKENS.owned);
		expect((await pms(world).get('/library/sections')).status).toBe(498);
		expect((await pms(world).get('/library/metadata/2001/allLeaves')).status).toBe(498);
		expect((await pms(world, VAULT, 'wrong').get('/library/sections')).status).toBe(401);
		expect((await pms(world).get('/identity')).status).toBe(200);
	});

	it('logs tokens apart from the URL', async () => {
		const { world, get } = pms();
		await get('/library/sections');
		const [entry] = world.requests({ path: '/library/sections' });
		expect(entry).toMatchObject({ token: TOKENS.owned, tokenIn: 'query', machineIdentifier: samples.v2Server.machineIdentifier });
		expect(entry?.url).toBe(`${VAULT}/library/sections`);
	});
});

describe('PMS behaviours of one connection', () => {
	it('reports another machineIdentifier through a reused address', async () => {
		const { world, get } = pms();
		world.setBehaviour(VAULT, { wrongMachineIdentifier: true });
		const id = (await get('/identity')).body.MediaContainer.machineIdentifier;
		expect(id).not.toBe(samples.v2Server.machineIdentifier);
	});

	it('answers 503 with Retry-After, or 500', async () => {
		const { world, get } = pms();
		world.setBehaviour(VAULT, { failure: 'status-503', retryAfter: 7 });
		const busy = await get('/identity');
		expect(busy.status).toBe(503);
		expect(busy.headers.get('Retry-After')).toBe('7');
		world.setBehaviour(VAULT, { failure: 'status-500' });
		expect((await get('/library/sections')).status).toBe(500);
	});

	it('can cap the page size a server honours', async () => {
		const { world, pages } = pms(createWorld({ librarySize: 50 }));
		world.setBehaviour(VAULT, { paging: { maxPageSize: 7 } });
		const all = await pages('1', 20);
		expect(all[0]).toMatchObject({ size: 7, offset: 0 });
		expect(all.flatMap((p) => p.keys)).toHaveLength(50);
	});
});
