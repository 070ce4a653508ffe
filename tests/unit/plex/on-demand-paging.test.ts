import { describe, expect, it } from 'vitest';
import { PlexClient } from '#lib/plex/client.ts';
import { getCollectionItems, getCollections, getEpisodes, getPlaylistItems, getPlaylists } from '#lib/plex/on-demand.ts';
import { allPages, type ListPage } from '#lib/plex/paging.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { samples } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { testIdentity } from '../../helpers/plex-client.ts';

/*
 * On-demand lists follow X-Plex-Container-Start/Size and totalSize like the library sync
 * (docs/plex-api.md §7, §9): a server that hands out smaller pages than asked still gives the
 * whole list, and one that ignores paging is not asked forever.
 */

const URI = 'https://192-168-1-20.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';
const TOKEN = 'fake-srv1-Hn3Kd8Lq2V';

function capped(maxPageSize: number) {
	const world = createWorld();
	world.setBehaviour(URI, { paging: { maxPageSize } });
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity });
	const requests = (path: string) => world.requests({ path });
	return { world, client, to: { uri: URI, token: TOKEN }, requests };
}

describe('on-demand lists from a server that caps pages', () => {
	it('reads every episode of a show, page after page, where each page really ended', async () => {
		const { client, to, requests } = capped(5);
		const episodes = await getEpisodes(client, to, '2001');
		const expected = samples.episodes.MediaContainer.Metadata.map((e) => String(e.ratingKey));
		expect(episodes.map((e) => e.ratingKey)).toEqual(expected);
		const asked = requests('/library/metadata/2001/allLeaves').map((e) => [e.query['X-Plex-Container-Start'], e.query['X-Plex-Container-Size']]);
		expect(asked).toEqual([
			['0', '200'],
			['5', '200'],
			['10', '200']
		]);
	});

	it('reads every member of a collection and of a playlist', async () => {
		const { client, to, requests } = capped(2);
		const blender = await getCollectionItems(client, to, '3001');
		expect(blender).toHaveLength(5);
		expect(new Set(blender.map((m) => m.ratingKey)).size).toBe(5);
		expect(requests('/library/collections/3001/children')).toHaveLength(3);
		const shorts = await getPlaylistItems(client, to, '4003');
		expect(shorts).toHaveLength(4);
		expect(requests('/playlists/4003/items')).toHaveLength(2);
	});

	it('reads the whole lists of collections and of video playlists', async () => {
		const { client, to, requests } = capped(1);
		expect((await getCollections(client, to, '1')).map((c) => c.title)).toEqual(['Blender Open Movies', 'Silent Era']);
		expect(requests('/library/sections/1/collections')).toHaveLength(2);
		expect((await getPlaylists(client, to)).map((p) => p.title)).toEqual(['Friday Night Frights', 'Shorts under 15 min']);
		expect(requests('/playlists').every((e) => e.query.playlistType === 'video')).toBe(true);
	});

	it('asks once when the server sends the whole list at once (no cap)', async () => {
		const { client, to, requests } = capped(10_000);
		expect(await getEpisodes(client, to, '2001')).toHaveLength(samples.episodes.MediaContainer.Metadata.length);
		expect(requests('/library/metadata/2001/allLeaves')).toHaveLength(1);
	});
});

describe('allPages', () => {
	const list = Array.from({ length: 23 }, (_, i) => i);

	it('advances by what the server counted on a page, even when some entries were unusable', async () => {
		const starts: number[] = [];
		const items = await allPages<number>(async (start) => {
			starts.push(start);
			const sent = list.slice(start, start + 10);
			// the server counted 10 entries, but one of them could not be read
			return { items: sent.filter((n) => n !== 4), count: sent.length, totalSize: list.length, offset: start };
		}, { pageSize: 10 });
		expect(starts).toEqual([0, 10, 20]);
		expect(items).toEqual(list.filter((n) => n !== 4));
	});

	it('stops when a server ignores the offset and answers from the start again', async () => {
		let calls = 0;
		const items = await allPages<number>(async (): Promise<ListPage<number>> => {
			calls++;
			return { items: list.slice(0, 10), totalSize: list.length, offset: 0 };
		}, { pageSize: 10 });
		expect(calls).toBe(2);
		expect(items).toEqual(list.slice(0, 10));
	});

	it('stops on an empty page even when totalSize promised more', async () => {
		const items = await allPages<number>(async (start) => ({ items: start === 0 ? [1, 2] : [], totalSize: 50, offset: start }), { pageSize: 2 });
		expect(items).toEqual([1, 2]);
	});
});
