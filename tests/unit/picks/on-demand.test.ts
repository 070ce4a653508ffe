import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { PlexClient } from '#lib/plex/client.ts';
import { ExtrasStore } from '#lib/cache/extras-store.ts';
import { OnDemand } from '#lib/picks/on-demand.ts';
import { parseCollections, parsePlaylists } from '#lib/plex/on-demand.ts';
import type { LibraryItem, LibraryMeta } from '#lib/library/types.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { samples } from '../../fake-plex/samples.ts';
import { item } from '../../helpers/items.ts';

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
const URI = 'https://203-0-113-45.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';
const TOKEN = 'fake-srv1-Hn3Kd8Lq2V';
const DAD = '5e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b87706152';

const meta = (sectionKey: string, type: 'movie' | 'show' = 'movie'): LibraryMeta => ({
	id: `${VAULT}:${sectionKey}`,
	serverId: VAULT,
	sectionKey,
	source: 'plex',
	serverName: 'Okafor Vault',
	title: type === 'show' ? 'TV Shows' : 'Movies',
	type,
	itemCount: 9,
	syncedAt: 0
});

let n = 0;
function setup() {
	globalThis.indexedDB = new IDBFactory();
	const world = createWorld();
	const client = new PlexClient({
		fetch: createFakeFetch(world),
		identity: () => ({ clientId: 'test', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' })
	});
	let connected = true;
	const onDemand = new OnDemand({
		client,
		store: new ExtrasStore(`extras-${++n}`),
		target: (serverId) => (connected && serverId === VAULT ? { uri: URI, token: TOKEN } : undefined),
		now: () => 1_800_000_000_000
	});
	return { world, onDemand, disconnect: () => (connected = false) };
}

const show: LibraryItem = item({ ratingKey: '2001', type: 'show', title: 'The Lighthouse Keepers' });

describe('OnDemand', () => {
	it("fetches a show's episodes from its own server with that server's token, then serves them offline", async () => {
		const s = setup();
		const online = await s.onDemand.episodes(meta('2', 'show'), show);
		expect(online.ok && online.saved).toBe(false);
		const episodes = online.ok ? online.value : [];
		expect(episodes.length).toBe(samples.episodes.MediaContainer.Metadata.length);
		expect(episodes[0]).toMatchObject({ type: 'episode', title: "The Keeper's Log", season: 1, episode: 1, show: 'The Lighthouse Keepers' });
		const request = s.world.log.find((e) => e.path === '/library/metadata/2001/allLeaves')!;
		expect(request.token).toBe(TOKEN);
		expect(request.machineIdentifier).toBe(VAULT);

		s.disconnect();
		const offline = await s.onDemand.episodes(meta('2', 'show'), show);
		expect(offline).toMatchObject({ ok: true, saved: true });
		expect(offline.ok && offline.value).toEqual(episodes);
	});

	it('offline with nothing saved, says what to do', async () => {
		const s = setup();
		s.disconnect();
		const result = await s.onDemand.episodes(meta('2', 'show'), show);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error.message).toMatch(/not been saved on this device yet\. Connect to Okafor Vault/);
	});

	it('lists the collections of the library and the video playlists of the server', async () => {
		const s = setup();
		const result = await s.onDemand.lists(meta('1'));
		expect(result.ok && result.value.collections.map((c) => [c.title, c.count])).toEqual([
			['Blender Open Movies', 5],
			['Silent Era', 3]
		]);
		// the music playlist is left out
		expect(result.ok && result.value.playlists.map((p) => p.title)).toEqual(['Friday Night Frights', 'Shorts under 15 min']);
	});

	it('loads the members of a collection and of a playlist, and keeps them for offline use', async () => {
		const s = setup();
		const blender = await s.onDemand.members(meta('1'), { kind: 'collection', key: '3001', title: 'Blender Open Movies' });
		expect(blender.ok && blender.value).toEqual(['1021', '1022', '1023', '1024', '1025']);
		const shorts = await s.onDemand.members(meta('1'), { kind: 'playlist', key: '4003', title: 'Shorts under 15 min' });
		expect(shorts.ok && shorts.value.length).toBe(4);
		s.disconnect();
		const again = await s.onDemand.members(meta('1'), { kind: 'collection', key: '3001', title: 'Blender Open Movies' });
		expect(again).toMatchObject({ ok: true, saved: true, value: ['1021', '1022', '1023', '1024', '1025'] });
	});

	it('a server error falls back to the saved copy; without one it is reported', async () => {
		const s = setup();
		await s.onDemand.members(meta('1'), { kind: 'collection', key: '3002', title: 'Silent Era' });
		s.world.setBehaviour(URI, { failure: 'status-500' });
		const saved = await s.onDemand.members(meta('1'), { kind: 'collection', key: '3002', title: 'Silent Era' });
		expect(saved).toMatchObject({ ok: true, saved: true, value: ['1026', '1027', '1028'] });
		const none = await s.onDemand.members(meta('1'), { kind: 'playlist', key: '4001', title: 'Friday Night Frights' });
		expect(none.ok).toBe(false);
		expect(!none.ok && none.error.kind).toBe('server-error');
	});

	it('never sends a token to a server it does not belong to', async () => {
		const s = setup();
		const dads = { ...meta('1'), serverId: DAD, id: `${DAD}:1`, serverName: "Dad's Plex" };
		const result = await s.onDemand.members(dads, { kind: 'collection', key: '3001', title: 'x' });
		expect(result.ok).toBe(false);
		expect(s.world.log).toHaveLength(0);
	});
});

describe('parsers of collections and playlists', () => {
	it('read the samples, and reject a broken shape', () => {
		expect(parseCollections(samples.collections)).toHaveLength(2);
		expect(parsePlaylists(samples.playlists)).toHaveLength(2);
		expect(parseCollections({ MediaContainer: { size: 0 } })).toEqual([]);
		expect(() => parsePlaylists({ MediaContainer: { Metadata: 'x' } })).toThrow();
		expect(() => parseCollections('<html>')).toThrow();
	});
});
