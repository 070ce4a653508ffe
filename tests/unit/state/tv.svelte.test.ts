import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { PlexClient } from '#lib/plex/client.ts';
import { ExtrasStore } from '#lib/cache/extras-store.ts';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { OnDemand } from '#lib/picks/on-demand.ts';
import { toLibraryItem } from '#lib/library/normalize.ts';
import { seededRng } from '#lib/picker/pick.ts';
import { episodeCode } from '#lib/picker/next-episode.ts';
import { titleKey } from '#lib/picks/model.ts';
import { ShuffleState, type ShowRef } from '#lib/state/shuffle.svelte.ts';
import { TvPrefs } from '#lib/state/tv-prefs.svelte.ts';
import type { LibraryMeta } from '#lib/library/types.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { addWatchStateShows, WATCH_STATE_SHOWS, watchStateShowItems } from '../../fake-plex/tv-shows.ts';
import { pickingApp } from '../../helpers/picking.ts';
import { memoryStorage } from '../../helpers/storage.ts';

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
const URI = 'https://203-0-113-45.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';
const TOKEN = 'fake-srv1-Hn3Kd8Lq2V';
const meta: LibraryMeta = { id: `${VAULT}:2`, serverId: VAULT, sectionKey: '2', source: 'plex', serverName: 'Okafor Vault', title: 'TV Shows', type: 'show', itemCount: 7, syncedAt: 0 };

let n = 0;
async function setup(options: { connected?: boolean; prefs?: ReturnType<typeof memoryStorage>; extras?: string } = {}) {
	globalThis.indexedDB ??= new IDBFactory();
	const world = createWorld();
	addWatchStateShows(world, VAULT);
	const client = new PlexClient({
		fetch: createFakeFetch(world),
		identity: () => ({ clientId: 'test', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' })
	});
	const state = { connected: options.connected ?? true };
	const onDemand = new OnDemand({ client, store: new ExtrasStore(options.extras ?? `tv-extras-${++n}`), target: (id) => (state.connected && id === VAULT ? { uri: URI, token: TOKEN } : undefined) });
	const cache = new LibraryCache(`tv-cache-${++n}`);
	const items = world.section(VAULT, '2').items.map(toLibraryItem);
	await cache.save({ meta: { ...meta, itemCount: items.length }, items });
	const prefs = options.prefs ?? memoryStorage();
	const app = pickingApp({ cache, rng: seededRng(5), prefs, onDemand });
	await app.library.open(meta.id);
	app.picking.tv.use('plex-1');
	return { world, app, onDemand, prefs, state, items };
}

/** Picks until the show with that title comes up (the search filter narrows it to that one). */
async function pickShow(app: Awaited<ReturnType<typeof setup>>['app'], title: string) {
	app.filters.filters.search = title;
	app.session.pick();
	expect(app.session.current?.title).toBe(title);
	await expect.poll(() => app.session.episode?.status).toBe('ready');
	const e = app.session.episode;
	return e?.status === 'ready' ? e : undefined;
}

describe('Next episode against the fake world', () => {
	it('gives S1 E1 for an unwatched show, the first gap of a half-watched one, regular episodes before Specials, a rewatch of a watched one', async () => {
		const { app } = await setup();
		for (const show of WATCH_STATE_SHOWS) {
			app.picking.tv.setMode(titleKey(VAULT, show.ratingKey), 'next');
			const got = (await pickShow(app, show.title))!;
			expect(episodeCode(got.episode), show.title).toBe(show.next);
			expect(got.rewatch).toBe(show.title === 'Finished Business');
			expect(got.next).toBe(show.title !== 'Finished Business');
		}
		// the sample show: S1 and S2 E1 watched, so S2 E2
		app.picking.tv.setMode(titleKey(VAULT, '2001'), 'next');
		expect(episodeCode((await pickShow(app, 'The Lighthouse Keepers'))!.episode)).toBe('S2 · E2');
	});

	it('"Another episode" moves on to the next unwatched one; "Any episode" picks among the unwatched ones', async () => {
		const { app } = await setup();
		app.picking.tv.setMode(titleKey(VAULT, '7002'), 'next');
		await pickShow(app, 'The Long Gap');
		await app.session.pickEpisodeAgain();
		const again = app.session.episode;
		expect(again?.status === 'ready' && episodeCode(again.episode)).toBe('S2 · E7');
		app.picking.tv.setMode(titleKey(VAULT, '7002'), 'any');
		for (let i = 0; i < 8; i++) {
			await app.session.pickEpisodeAgain();
			const e = app.session.episode;
			expect(e?.status === 'ready' && ['S2 · E5', 'S2 · E7'].includes(episodeCode(e.episode))).toBe(true);
		}
	});

	it('the choice is kept per show and per account, across a reload', async () => {
		const prefs = memoryStorage();
		const first = new TvPrefs({ storage: prefs });
		first.use('plex-1');
		first.setMode('s:7002', 'next');
		first.setShuffle({ on: true, shows: ['s:7001'], mode: 'episode' });
		const again = new TvPrefs({ storage: prefs });
		again.use('plex-1');
		expect(again.modeOf('s:7002')).toBe('next');
		expect(again.modeOf('s:7001')).toBe('any');
		expect(again.shuffle).toMatchObject({ on: true, shows: ['s:7001'], mode: 'episode' });
		again.use('plex-2');
		expect(again.modeOf('s:7002')).toBe('any');
		// an edited or broken record never stops picking
		prefs.setItem('plexpicker:tv:plex-3', '{"modes":{"a":"sideways","b":"next"},"shuffle":{"mode":"x","used":[1,"k"]}}');
		again.use('plex-3');
		expect(again.data).toEqual({ modes: { b: 'next' }, shuffle: { on: false, shows: [], mode: 'fair', used: ['k'] } });
	});

	it('a show decided together becomes the pick and gets its episode the same way (Next episode: the first gap)', async () => {
		const { app, items } = await setup();
		app.picking.tv.setMode(titleKey(VAULT, '7002'), 'next');
		const show = items.find((i) => i.ratingKey === '7002')!;
		const record = app.library.records[0]!;
		app.session.present(record.items.find((i) => i.ratingKey === show.ratingKey)!, record.meta);
		expect(app.session.current?.title).toBe('The Long Gap');
		await expect.poll(() => app.session.episode?.status).toBe('ready');
		const got = app.session.episode;
		const expected = WATCH_STATE_SHOWS.find((s) => s.ratingKey === '7002')!.next;
		expect(got?.status === 'ready' && episodeCode(got.episode)).toBe(expected);
		expect(app.session.recent[0]).toBe(titleKey(VAULT, '7002'));
	});
});

describe('Shuffle across shows against the fake world', () => {
	const three = ['Harbour Lights', 'Night Ferry', 'Finished Business'];
	const refs = (items: Awaited<ReturnType<typeof setup>>['items']): ShowRef[] =>
		items.filter((i) => three.includes(i.title)).map((item) => ({ key: titleKey(VAULT, item.ratingKey), item, meta }));

	it('N picks over 3 shows give N distinct episodes, unwatched first, and the round survives a reload', async () => {
		const { app, items, world, onDemand } = await setup();
		const total = WATCH_STATE_SHOWS.filter((s) => three.includes(s.title)).reduce((sum, s) => sum + s.seasons.reduce((k, x) => k + x.watched.length, 0), 0);
		const shuffle = new ShuffleState({ prefs: app.picking.tv, onDemand, rng: seededRng(8) });
		const seen: string[] = [];
		const watched: boolean[] = [];
		for (let i = 0; i < 5; i++) {
			const r = (await shuffle.pick(refs(items)))!;
			seen.push(r.episode.ratingKey);
			watched.push(r.episode.viewCount > 0);
		}
		// each show's episodes were asked for once
		expect(world.log.filter((e) => e.path.endsWith('/allLeaves')).map((e) => e.path).sort()).toEqual(['/library/metadata/7001/allLeaves', '/library/metadata/7003/allLeaves', '/library/metadata/7004/allLeaves']);
		// a reload: a new state, the same account's round
		const later = new ShuffleState({ prefs: app.picking.tv, onDemand, rng: seededRng(9) });
		for (let i = 5; i < total; i++) {
			const r = (await later.pick(refs(items)))!;
			seen.push(r.episode.ratingKey);
			watched.push(r.episode.viewCount > 0);
		}
		expect(new Set(seen).size).toBe(total);
		expect(watched).toEqual([...watched].sort((a, b) => Number(a) - Number(b)));
		expect(app.picking.tv.shuffle.used).toHaveLength(total);
		await later.pick(refs(items));
		expect(app.picking.tv.shuffle.used).toHaveLength(1);
	});

	it('a show that cannot be loaded is named with the reason, and the others are still shuffled', async () => {
		const { app, items, world, onDemand } = await setup();
		world.addFault({ path: '/library/metadata/7003/allLeaves', status: 500 });
		const shuffle = new ShuffleState({ prefs: app.picking.tv, onDemand, rng: seededRng(1) });
		for (let i = 0; i < 7; i++) expect(['7001', '7004']).toContain((await shuffle.pick(refs(items)))!.show.item.ratingKey);
		expect(shuffle.failures.map((f) => f.title)).toEqual(['Night Ferry']);
		expect(shuffle.failures[0]!.message).toMatch(/\w/);
		expect(shuffle.message).toBeNull();
	});

	it('offline, the episodes saved on the device are used', async () => {
		const extras = `tv-extras-offline-${++n}`;
		const online = await setup({ extras });
		await new ShuffleState({ prefs: online.app.picking.tv, onDemand: online.onDemand, rng: seededRng(1) }).pick(refs(online.items));
		const offline = await setup({ extras, connected: false });
		const shuffle = new ShuffleState({ prefs: offline.app.picking.tv, onDemand: offline.onDemand, rng: seededRng(2) });
		const r = (await shuffle.pick(refs(offline.items)))!;
		expect(r.saved).toBe(true);
		expect(shuffle.failures).toEqual([]);
		expect(offline.world.log.filter((e) => e.path.endsWith('/allLeaves'))).toEqual([]);
	});

	it('with no show chosen, it says so', async () => {
		const { app, onDemand } = await setup();
		const shuffle = new ShuffleState({ prefs: app.picking.tv, onDemand, rng: seededRng(1) });
		expect(await shuffle.pick([])).toBeUndefined();
		expect(shuffle.message).toBe('Choose at least one show to shuffle.');
	});

	it('the fake world lists the shows with counts that add up', () => {
		const items = watchStateShowItems();
		expect(items.map((i) => [i.title, i.leafCount, i.viewedLeafCount, i.childCount])).toEqual([
			['Harbour Lights', 4, 0, 2],
			['The Long Gap', 10, 8, 2],
			['Night Ferry', 5, 2, 2],
			['Finished Business', 3, 3, 1]
		]);
	});
});
