import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { ExtrasStore } from '#lib/cache/extras-store.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { getSections } from '#lib/plex/library.ts';
import { seededRng } from '#lib/picker/pick.ts';
import { WatchlistSource } from '#lib/picks/watchlist-source.ts';
import { fullSync, resync, type SyncTarget } from '#lib/sync/library-sync.ts';
import { LibraryState } from '#lib/state/library.svelte.ts';
import { Picking } from '#lib/state/picking.svelte.ts';
import { WATCHLIST_SOURCE } from '#lib/state/lists.svelte.ts';
import type { LibraryRecord } from '#lib/library/types.ts';
import { createWorld, type World } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { NOT_ON_ANY_SERVER } from '../../fake-plex/watchlist.ts';
import { samples } from '../../fake-plex/samples.ts';
import { memoryStorage } from '../../helpers/storage.ts';
import { testIdentity } from '../../helpers/plex-client.ts';

const VAULT = samples.resources.find((r) => r.name === 'Okafor Vault')!;
const DADS = samples.resources.find((r) => r.name === "Dad's Plex")!;
const NOW = Date.parse('2026-12-02T20:00:00Z');

let n = 0;
/** The fake world, a device with a library cache, and the picking state wired as the app wires it. */
async function setup() {
	globalThis.indexedDB = new IDBFactory();
	const world = createWorld({ now: () => NOW });
	let online = true;
	const fake = createFakeFetch(world);
	const fetch: typeof globalThis.fetch = (input, init) => (online ? fake(input, init) : Promise.reject(new TypeError('Failed to fetch')));
	const client = new PlexClient({ fetch, identity: () => testIdentity, online: () => online });
	const cache = new LibraryCache(`watchlist-${++n}`);
	const extras = new ExtrasStore(`watchlist-extras-${n}`);
	let token: string | null = world.account.token;

	async function sync(resource: typeof VAULT, key: string): Promise<LibraryRecord> {
		const uri = resource.connections.find((c) => !c.local && !c.relay)!.uri;
		const sections = await getSections(client, uri, resource.accessToken!);
		const target: SyncTarget = { client, uri, token: resource.accessToken!, serverId: resource.clientIdentifier, serverName: resource.name, section: sections.find((s) => s.key === key)! };
		const record = await fullSync(target, { now: () => NOW });
		await cache.save(record);
		return record;
	}

	async function open() {
		const library = new LibraryState({ cache, now: () => NOW, prefs: memoryStorage() });
		const watchlist = new WatchlistSource({ client, store: extras, token: () => token, account: () => 1, now: () => NOW });
		const picking = new Picking({ library, clock: { now: NOW }, rng: seededRng(5), prefs: memoryStorage(), watchlist });
		await library.start();
		return { library, picking, lists: picking.lists, session: picking.session };
	}
	return {
		world,
		cache,
		sync,
		open,
		offline: () => (online = false),
		signOut: () => (token = null)
	};
}

/** The guids of the world's watchlist that a record's titles carry. */
function onWatchlist(world: World, record: LibraryRecord): Set<string> {
	const guids = new Set(world.watchlist.entries.map((e) => String(e.guid)));
	return new Set(record.items.filter((i) => i.guid && guids.has(i.guid)).map((i) => i.ratingKey));
}

describe('the Watchlist as a Source', () => {
	it('picks only Watchlist titles of the open library and says where the others are', async () => {
		const s = await setup();
		const vault = await s.sync(VAULT, '1');
		await s.sync(DADS, '1');
		const app = await s.open();
		await app.library.open(vault.meta.id);
		await app.picking.chooseSource(WATCHLIST_SOURCE);

		const wanted = onWatchlist(s.world, vault);
		expect(wanted.size).toBe(4);
		expect(app.session.pool.map((i) => i.ratingKey).sort()).toEqual([...wanted].sort());
		for (let i = 0; i < 15; i++) expect(wanted.has(app.session.pick()!.ratingKey)).toBe(true);
		// 13 titles with a movie/show guid: 4 here, 3 on Dad's Plex; a show (its TV library is not saved) and 5 others on none
		expect(app.lists.watchlist?.summary).toBe("4 of 13 Watchlist titles are on Okafor Vault · 3 on Dad's Plex · 6 not on any of your servers.");
		expect(app.lists.watchlist?.problem).toBeUndefined();
		expect(app.session.sourceLabel).toBe('Watchlist · Movies · Okafor Vault');
		// the filters still apply
		app.picking.filters.filters.yearFrom = 1920;
		app.picking.filters.filters.yearTo = 1930;
		expect(app.session.matching.map((i) => i.title).sort()).toEqual(['Nosferatu', 'The General']);
	});

	it('offline, the Watchlist read last time still picks, and says from when', async () => {
		const s = await setup();
		const vault = await s.sync(VAULT, '1');
		const first = await s.open();
		await first.library.open(vault.meta.id);
		await first.picking.chooseSource(WATCHLIST_SOURCE);
		const before = first.session.pool.length;
		expect(before).toBe(4);

		s.offline();
		const later = await s.open();
		await later.library.open(vault.meta.id);
		await later.picking.chooseSource(WATCHLIST_SOURCE);
		expect(later.session.pool).toHaveLength(before);
		expect(later.lists.watchlist?.problem).toMatch(/^You are offline, so your Watchlist cannot be read from Plex now\. Picking from your Watchlist as it was on .+; your saved libraries still work\.$/);
		expect(later.session.pick()).toBeDefined();
	});

	it('a CORS refusal or an outage is explained; with nothing saved the pool is empty and the whole library still picks', async () => {
		const s = await setup();
		const vault = await s.sync(VAULT, '1');
		s.world.discoverRefuses();
		const app = await s.open();
		await app.library.open(vault.meta.id);
		await app.picking.chooseSource(WATCHLIST_SOURCE);
		expect(app.session.pool).toEqual([]);
		expect(app.lists.watchlist?.problem).toMatch(/refused to let this site read your Watchlist.*“CORS”.*Your saved libraries still work: choose “Whole library”/);
		await app.picking.chooseSource(null);
		expect(app.session.pick()).toBeDefined();

		s.world.discoverBack();
		await app.picking.chooseSource(WATCHLIST_SOURCE);
		expect(app.session.pool).toHaveLength(4);
		s.world.discoverDown();
		await app.lists.refreshWatchlist();
		expect(app.lists.watchlist?.problem).toMatch(/could not be reached or is having trouble\. Try again later\. Picking from your Watchlist as it was on/);
		expect(app.session.pool).toHaveLength(4);
	});

	it('signed out with nothing saved, it asks to sign in and asks Plex nothing', async () => {
		const s = await setup();
		const vault = await s.sync(VAULT, '1');
		s.signOut();
		const app = await s.open();
		await app.library.open(vault.meta.id);
		await app.picking.chooseSource(WATCHLIST_SOURCE);
		expect(app.lists.watchlist?.problem).toMatch(/^Sign in with Plex to read your Watchlist\./);
		expect(s.world.requests({ host: 'discover.provider.plex.tv' })).toEqual([]);
	});

	it('a copy saved before guids were kept says "Sync again", and its next re-sync is a full one that matches', async () => {
		const s = await setup();
		const vault = await s.sync(VAULT, '1');
		// as an older PlexPicker saved it: no guids, no flag
		const old: LibraryRecord = { meta: { ...vault.meta, sync: { ...vault.meta.sync!, guids: undefined } }, items: vault.items.map(({ guid: _guid, ...rest }) => rest) };
		await s.cache.save(old);
		const app = await s.open();
		await app.library.open(old.meta.id);
		await app.picking.chooseSource(WATCHLIST_SOURCE);
		expect(app.session.pool).toEqual([]);
		expect(app.lists.watchlist?.notes[0]).toBe('Sync again to match your Watchlist: Movies (Okafor Vault) was saved before PlexPicker kept the ids the Watchlist uses.');
		expect(app.lists.watchlist?.summary).toMatch(/^0 of 13 Watchlist titles are on Okafor Vault · 13 not on any of your servers\.$/);

		const uri = VAULT.connections.find((c) => !c.local && !c.relay)!.uri;
		const client = new PlexClient({ fetch: createFakeFetch(s.world), identity: () => testIdentity });
		const section = (await getSections(client, uri, VAULT.accessToken!)).find((x) => x.key === '1')!;
		const again = await resync({ client, uri, token: VAULT.accessToken!, serverId: VAULT.clientIdentifier, serverName: VAULT.name, section }, old, { now: () => NOW });
		expect(again.mode).toBe('full');
		expect(again.record.meta.sync?.guids).toBe(true);
		expect(onWatchlist(s.world, again.record).size).toBe(4);
		// the new copy is saved and shown: the Watchlist read before matches it, without asking Plex again
		const asked = s.world.requests({ host: 'discover.provider.plex.tv' }).length;
		await s.cache.save(again.record);
		await app.library.libraryChanged(again.record);
		await app.lists.recount();
		expect(app.session.pool).toHaveLength(4);
		expect(app.lists.watchlist?.notes[0]).not.toMatch(/Sync again/);
		expect(s.world.requests({ host: 'discover.provider.plex.tv' })).toHaveLength(asked);
	});

	it('counts titles matched by older agents (no plex:// guid) as unmatchable', async () => {
		const s = await setup();
		s.world.changeLibrary(VAULT.clientIdentifier, '1', (items) => items.map((i) => (i.ratingKey === '1029' ? { ...i, guid: 'com.plexapp.agents.imdb://tt0063350?lang=en' } : i)));
		const vault = await s.sync(VAULT, '1');
		const app = await s.open();
		await app.library.open(vault.meta.id);
		await app.picking.chooseSource(WATCHLIST_SOURCE);
		expect(app.lists.watchlist?.notes).toContain("1 title of this library was matched by Plex's older agents and cannot be found on the Watchlist.");
		expect(NOT_ON_ANY_SERVER.every((t) => !vault.items.some((i) => i.title === t.title))).toBe(true);
	});
});
