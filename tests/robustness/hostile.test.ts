import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { NO_FILTERS } from '#lib/picker/filters.ts';
import { seededRng } from '#lib/picker/pick.ts';
import { searchTitles } from '#lib/library/title-search.ts';
import { pickingApp } from '../helpers/picking.ts';
import { ServerState } from '#lib/state/servers.svelte.ts';
import { SyncState } from '#lib/state/sync.svelte.ts';
import { createWorld } from '../fake-plex/world.ts';
import { createFakeFetch } from '../fake-plex/fetch.ts';
import { HOSTILE_TITLES, hostileMovies } from '../fake-plex/hostile.ts';
import { memoryStorage } from '../helpers/storage.ts';

/*
 * Hostile content through the whole pipeline (Plex answer → sync → IndexedDB → picker): text stays
 * text, byte for byte; duplicates are kept once; a 50,000-title library syncs, saves and picks.
 * How it renders (no markup, no overflow) is checked in the browser: tests/e2e/robustness-content.spec.ts.
 */

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
let n = 0;

async function keepMovies(world: ReturnType<typeof createWorld>) {
	globalThis.indexedDB = new IDBFactory();
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => ({ clientId: 'c', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' }) });
	const cache = new LibraryCache(`hostile-${++n}`);
	const app = pickingApp({ cache, rng: seededRng(7) });
	await app.library.start();
	const storage = memoryStorage();
	const servers = new ServerState({ client, storage, environment: async () => ({ pageProtocol: 'https:' }), onUnauthorized: () => {} });
	await servers.load(world.account.token);
	await servers.choose(VAULT);
	const sync = new SyncState({ client, cache, servers, app: app.library });
	await sync.keep(servers.sections.find((s) => s.key === '1')!, true);
	expect(sync.progress).toEqual({});
	return { app, cache };
}

describe('hostile titles, summaries and tags', () => {
	it('arrive as the exact text Plex sent, tags once each, a repeated ratingKey once, in one pass', async () => {
		const world = createWorld();
		world.changeLibrary(VAULT, '1', (items) => hostileMovies(items[0]!));
		const { app, cache } = await keepMovies(world);
		expect(app.library.items).toHaveLength(HOSTILE_TITLES.length);
		expect(app.library.items.filter((i) => i.ratingKey === '770001')).toHaveLength(1);
		for (const title of HOSTILE_TITLES.filter((_, i) => i !== 1)) expect(app.library.items.map((i) => i.title)).toContain(title);
		const first = app.library.items.find((i) => i.title === HOSTILE_TITLES[0])!;
		expect(first.summary).toMatch(/^<img src=x onerror="window.__pwned=1"> Summary\./);
		expect(first.summary!.length).toBeGreaterThan(100_000);
		expect(first.genres).toEqual(['<b>Hostile</b>', 'Драма 🎭']);
		expect(first.directors).toEqual(['<script>window.__pwned=1</script>']);
		// Saved and read back unchanged.
		expect((await cache.load(`${VAULT}:1`))?.items).toEqual(app.library.items);
		// The duplicate did not make the sync go round again (three passes would be 3 × the pages).
		expect(world.requests({ path: '/library/sections/1/all' })).toHaveLength(1);
	});

	it('pick and search work on them: filters by a hostile genre, search by markup and RTL text', async () => {
		const world = createWorld();
		world.changeLibrary(VAULT, '1', (items) => [...items, ...hostileMovies(items[0]!)]);
		const { app } = await keepMovies(world);
		app.filters.filters = { ...NO_FILTERS, genres: ['<b>Hostile</b>'] };
		for (let i = 0; i < 30; i++) expect(app.session.pick()!.genres).toContain('<b>Hostile</b>');
		expect(searchTitles(app.library.items, '<img src=x').map((i) => i.title)).toContain(HOSTILE_TITLES[0]);
		expect(searchTitles(app.library.items, 'فيلم').map((i) => i.title)).toContain(HOSTILE_TITLES[5]);
		expect(searchTitles(app.library.items, '👨‍👩‍👧‍👦').map((i) => i.title)).toContain(HOSTILE_TITLES[7]);
	});
});

describe('a huge library', () => {
	it('50,000 titles sync in pages, save, load again and give picks that match the filters', { timeout: 60_000 }, async () => {
		const world = createWorld({ librarySize: 50_000 });
		const { app, cache } = await keepMovies(world);
		expect(app.library.items).toHaveLength(50_000);
		const pages = world.requests({ path: '/library/sections/1/all' });
		expect(pages.length).toBe(250);
		expect(pages.every((e) => Number(e.query['X-Plex-Container-Size']) <= 200)).toBe(true);
		const again = pickingApp({ cache, rng: seededRng(3) });
		await again.library.start();
		expect(again.library.items).toHaveLength(50_000);
		again.filters.filters = { ...NO_FILTERS, genres: ['Drama'], unwatchedOnly: true, decade: 1990 };
		expect(again.session.matching.length).toBeGreaterThan(0);
		for (let i = 0; i < 20; i++) {
			const pick = again.session.pick()!;
			expect(pick.genres).toContain('Drama');
			expect(pick.viewCount).toBe(0);
			expect(Math.floor(pick.year! / 10) * 10).toBe(1990);
		}
	});
});
