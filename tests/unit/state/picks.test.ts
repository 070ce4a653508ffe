import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { ExtrasStore } from '#lib/cache/extras-store.ts';
import { PicksStore } from '#lib/cache/picks-store.ts';
import { PicksState } from '#lib/state/picks.svelte.ts';
import { pickingApp } from '../../helpers/picking.ts';
import { OnDemand } from '#lib/picks/on-demand.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { scrobble } from '#lib/plex/on-demand.ts';
import { NOT_TONIGHT_MS, sanitizePicks, titleKey } from '#lib/picks/model.ts';
import { toLibraryItem } from '#lib/library/normalize.ts';
import type { LibraryRecord } from '#lib/library/types.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { samples } from '../../fake-plex/samples.ts';
import { seeded } from '../../helpers/rng.ts';

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
const URI = 'https://203-0-113-45.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';
const TOKEN = 'fake-srv1-Hn3Kd8Lq2V';
const T0 = Date.parse('2026-11-25T20:00:00Z');

function record(sectionKey: '1' | '2'): LibraryRecord {
	const source = sectionKey === '1' ? [...samples.moviesPage1.MediaContainer.Metadata, ...samples.moviesPage2.MediaContainer.Metadata] : samples.showsAll.MediaContainer.Metadata;
	const items = source.map((m) => toLibraryItem(m as never));
	return {
		meta: { id: `${VAULT}:${sectionKey}`, serverId: VAULT, sectionKey, source: 'plex', serverName: 'Okafor Vault', title: sectionKey === '1' ? 'Movies' : 'TV Shows', type: sectionKey === '1' ? 'movie' : 'show', itemCount: items.length, syncedAt: T0 },
		items
	};
}

let n = 0;
function setup() {
	globalThis.indexedDB = new IDBFactory();
	const id = ++n;
	let clock = T0;
	let connected = true;
	const world = createWorld({ now: () => clock });
	const client = new PlexClient({
		fetch: createFakeFetch(world),
		identity: () => ({ clientId: 'test', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' })
	});
	const target = (serverId: string) => (connected && serverId === VAULT ? { uri: URI, token: TOKEN } : undefined);
	const makePicks = () =>
		new PicksState({
			store: new PicksStore(`picks-${id}`),
			now: () => clock,
			send: async (entry) => {
				const to = target(entry.serverId);
				if (!to) throw new Error('offline');
				await scrobble(client, to, entry.ratingKey);
			}
		});
	const picks = makePicks();
	const cache = new LibraryCache(`cache-${id}`);
	const app = pickingApp({ cache, rng: seeded(5), now: () => clock, picks, onDemand: new OnDemand({ client, store: new ExtrasStore(`extras-${id}`), target, now: () => clock }) });
	return { world, picks, makePicks, app, cache, tick: (ms: number) => (clock += ms), setConnected: (v: boolean) => (connected = v) };
}

describe('PicksState', () => {
	it('"Never suggest" keeps a title out of picks for this account until undone, across restarts', async () => {
		const s = setup();
		await s.picks.use('plex-1');
		await s.cache.save(record('1'));
		await s.app.library.start();
		const total = s.app.session.matching.length;
		const first = s.app.session.pick()!;
		await s.app.session.excludeCurrent('never');
		expect(s.app.session.matching).toHaveLength(total - 1);
		for (let i = 0; i < 40; i++) expect(s.app.session.pick()!.ratingKey).not.toBe(first.ratingKey);

		const later = s.makePicks();
		await later.use('plex-1');
		expect(later.exclusions.map((e) => [e.title, e.kind])).toEqual([[first.title, 'never']]);
		const other = s.makePicks();
		await other.use('plex-2');
		expect(other.exclusions).toEqual([]);

		await s.picks.undo(titleKey(VAULT, first.ratingKey));
		expect(s.app.session.matching).toHaveLength(total);
		await later.use('plex-1');
		expect(later.exclusions).toEqual([]);
	});

	it('"Not tonight" hides a title for 24 hours only', async () => {
		const s = setup();
		await s.picks.use('guest');
		await s.cache.save(record('1'));
		await s.app.library.start();
		const total = s.app.session.matching.length;
		s.app.session.pick();
		await s.app.session.excludeCurrent('not-tonight');
		expect(s.app.session.matching).toHaveLength(total - 1);
		s.tick(NOT_TONIGHT_MS - 1000);
		s.picks.refresh();
		expect(s.app.session.matching).toHaveLength(total - 1);
		s.tick(2000);
		s.picks.refresh();
		expect(s.app.session.matching).toHaveLength(total);
		expect(s.picks.exclusions).toEqual([]);
	});

	it('records each pick with its time and source, newest first', async () => {
		const s = setup();
		await s.picks.use('guest');
		await s.cache.save(record('1'));
		await s.app.library.start();
		const a = s.app.session.pick()!;
		s.tick(60_000);
		const b = s.app.session.pick()!;
		await vi.waitFor(() =>
			expect(s.picks.data.history.map((h) => [h.title, h.at, h.source])).toEqual([
				[b.title, T0 + 60_000, 'Movies · Okafor Vault'],
				[a.title, T0, 'Movies · Okafor Vault']
			])
		);
	});

	it('"Mark as watched" goes to Plex\'s scrobble endpoint when connected, and waits in a queue when not', async () => {
		const s = setup();
		await s.picks.use('plex-1');
		expect(await s.picks.markWatched({ serverId: VAULT, ratingKey: '1022', title: 'Elephants Dream' })).toBe('sent');
		const sent = s.world.log.filter((e) => e.path === '/:/scrobble');
		expect(sent.map((e) => [e.query.key, e.query.identifier, e.token])).toEqual([['1022', 'com.plexapp.plugins.library', TOKEN]]);
		expect(s.world.section(VAULT, '1').items.find((i) => i.ratingKey === '1022')?.viewCount).toBe(1);

		s.setConnected(false);
		expect(await s.picks.markWatched({ serverId: VAULT, ratingKey: '1024', title: 'Tears of Steel' })).toBe('queued');
		// survives a restart
		const later = s.makePicks();
		await later.use('plex-1');
		expect(later.data.watchQueue.map((q) => q.ratingKey)).toEqual(['1024']);
		s.setConnected(true);
		expect(await later.flush()).toBe(0);
		expect(later.data.watchQueue).toEqual([]);
		expect(s.world.section(VAULT, '1').items.find((i) => i.ratingKey === '1024')?.viewCount).toBe(1);
	});

	it('keeps working for this visit when storage refuses, and says so', async () => {
		const s = setup();
		const broken = new PicksState({
			store: { load: () => Promise.reject(new Error('no idb')), change: () => Promise.reject(new Error('no idb')) } as unknown as PicksStore
		});
		await broken.use('guest');
		expect(broken.error?.message).toMatch(/could not save your picks/);
		await broken.never({ key: 'a:1', title: 'X' });
		expect(broken.excluded.has('a:1')).toBe(true);
		void s;
	});

	it('reads damaged stored data without failing', () => {
		expect(sanitizePicks({ exclusions: [{ key: 'a', kind: 'never' }, { key: 3 }, null], history: 'x', watchQueue: [{ serverId: 's', ratingKey: 'r' }] })).toEqual({
			exclusions: [{ key: 'a', title: '', year: undefined, kind: 'never', at: 0, until: undefined }],
			history: [],
			watchQueue: [{ serverId: 's', ratingKey: 'r', title: '', at: 0 }]
		});
	});
});

describe('AppState: TV and sources', () => {
	it('"Pick an episode" picks a show, then an unwatched episode of it, fetched on demand and saved for offline', async () => {
		const s = setup();
		await s.cache.save(record('2'));
		await s.app.library.start();
		expect(s.app.library.kind).toBe('episode');
		const seen = new Set<string>();
		for (let i = 0; i < 12; i++) {
			const show = s.app.session.pick()!;
			expect(show.type).toBe('show');
			await vi.waitFor(() => expect(s.app.session.episode?.status).not.toBe('loading'));
			const ep = s.app.session.episode;
			expect(ep?.status).toBe('ready');
			if (ep?.status !== 'ready') return;
			seen.add(show.ratingKey);
			expect(ep.episode).toMatchObject({ type: 'episode', show: show.title });
			// 2003's episodes are all watched (sample): then any episode is fair game, said as a rewatch
			expect(ep.rewatch).toBe(show.ratingKey === '2003');
			if (!ep.rewatch) expect(ep.episode.viewCount).toBe(0);
		}
		expect(seen.size).toBe(3);
		expect(s.world.log.filter((e) => e.path.endsWith('/allLeaves')).length).toBeGreaterThanOrEqual(3);

		s.setConnected(false);
		await s.app.session.pickEpisodeAgain();
		expect(s.app.session.episode).toMatchObject({ status: 'ready', saved: true });
	});

	it('picks only from a chosen collection', async () => {
		const s = setup();
		await s.cache.save(record('1'));
		await s.app.library.start();
		await s.app.lists.loadLists();
		expect(s.app.lists.lists?.collections.map((c) => c.title)).toEqual(['Blender Open Movies', 'Silent Era']);
		await s.app.picking.chooseSource({ kind: 'collection', key: '3002', title: 'Silent Era' });
		expect(s.app.session.pool.map((i) => i.title).sort()).toEqual(['Metropolis', 'Nosferatu', 'The General']);
		for (let i = 0; i < 10; i++) expect(['Metropolis', 'Nosferatu', 'The General']).toContain(s.app.session.pick()!.title);
		expect(s.app.session.sourceLabel).toBe('Collection “Silent Era” · Okafor Vault');
		await s.app.picking.chooseSource(null);
		expect(s.app.session.pool).toHaveLength(9);
	});

	it('picks from several saved libraries of one kind together, and knows which server each pick is on', async () => {
		const s = setup();
		const DAD = '5e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b87706152';
		const vault = record('1');
		const dads: LibraryRecord = {
			meta: { ...vault.meta, id: `${DAD}:1`, serverId: DAD, serverName: "Dad's Plex" },
			items: vault.items.map((i) => ({ ...i, ratingKey: `d${i.ratingKey}` }))
		};
		await s.cache.save(vault);
		await s.cache.save(dads);
		await s.cache.save(record('2'));
		await s.app.library.start();
		await s.app.library.open(vault.meta.id);
		// TV Shows can't join a movie library
		expect(s.app.library.joinable.map((m) => m.id)).toEqual([dads.meta.id]);
		await s.app.picking.toggleAlso(dads.meta.id);
		expect(s.app.library.items).toHaveLength(18);
		const servers = new Set<string>();
		for (let i = 0; i < 18; i++) {
			const choice = s.app.session.pick()!;
			const meta = s.app.session.currentMeta!;
			servers.add(meta.serverId);
			expect(meta.serverId).toBe(choice.ratingKey.startsWith('d') ? DAD : VAULT);
			expect(s.app.session.sourceLabel).toBe(meta.serverId === DAD ? "Movies · Dad's Plex" : 'Movies · Okafor Vault');
		}
		expect(servers.size).toBe(2);

		await s.app.picking.toggleAlso(dads.meta.id);
		expect(s.app.library.items).toHaveLength(9);
	});
});
