import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { createStore, get, setMany } from 'idb-keyval';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { PosterStore } from '#lib/cache/posters.ts';
import { buildDemoLibrary } from '#lib/demo/library.ts';
import { AppError } from '#lib/errors.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { applyFilters, NO_FILTERS } from '#lib/picker/filters.ts';
import { pickingApp } from '../helpers/picking.ts';
import { ServerState } from '#lib/state/servers.svelte.ts';
import { SyncState } from '#lib/state/sync.svelte.ts';
import type { Locks } from '#lib/state/session.svelte.ts';
import type { LibraryRecord } from '#lib/library/types.ts';
import { createWorld } from '../fake-plex/world.ts';
import { createFakeFetch } from '../fake-plex/fetch.ts';
import { memoryStorage } from '../helpers/storage.ts';

/*
 * Storage faults: no IndexedDB (private modes), IndexedDB refusing, a full disk in the middle of
 * a write, data an older or broken version left behind, and two tabs syncing at once.
 */

let n = 0;
const fresh = () => {
	globalThis.indexedDB = new IDBFactory();
	return `storage-${++n}`;
};

afterEach(() => {
	vi.restoreAllMocks();
	globalThis.indexedDB = new IDBFactory();
});

describe('IndexedDB missing or refusing', () => {
	it('no IndexedDB at all: a "storage-unavailable" error with what to do, and the demo still opens for this visit', async () => {
		const cache = new LibraryCache(fresh());
		// @ts-expect-error: some private modes and webviews have no IndexedDB
		delete globalThis.indexedDB;
		await expect(cache.list()).rejects.toMatchObject({ kind: 'storage-unavailable', message: expect.stringMatching(/private browsing|normal window/) });
		await expect(cache.save(buildDemoLibrary(1))).rejects.toBeInstanceOf(AppError);
		const app = pickingApp({ cache });
		await app.library.start();
		expect(app.library.status).toBe('empty');
		expect(app.library.error?.kind).toBe('storage-unavailable');
		await app.library.loadDemo();
		expect(app.library.status).toBe('ready');
		expect(app.session.pick()).toBeDefined();
	});

	it('IndexedDB that throws on open (blocked site data): "storage-unavailable", and a later start can recover', async () => {
		const name = fresh();
		const open = vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		});
		const cache = new LibraryCache(name);
		await expect(cache.list()).rejects.toMatchObject({ kind: 'storage-unavailable' });
		open.mockRestore();
		// Not stuck: the next attempt opens the store (no cached failure).
		const again = new LibraryCache(name);
		const demo = buildDemoLibrary(1);
		await again.save(demo);
		expect((await again.list()).map((m) => m.id)).toEqual([demo.meta.id]);
	});

	it('the poster store without IndexedDB fails with the same kind, not a crash', async () => {
		const store = new PosterStore(`posters-${fresh()}`);
		// @ts-expect-error: no IndexedDB
		delete globalThis.indexedDB;
		await expect(store.usage()).rejects.toBeInstanceOf(AppError);
	});
});

describe('a full disk in the middle of a write', () => {
	function failNthPut(nth: number, name = 'QuotaExceededError') {
		const put = IDBObjectStore.prototype.put;
		let calls = 0;
		return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (++calls === nth) throw new DOMException('The quota has been exceeded.', name);
			return put.apply(this, args);
		});
	}

	for (const nth of [1, 2]) {
		it(`quota exceeded on write ${nth} of 2: "quota" error, and the previous copy is whole (items and meta agree)`, async () => {
			const cache = new LibraryCache(fresh());
			const old = buildDemoLibrary(1000);
			await cache.save(old);
			const newer: LibraryRecord = { meta: { ...old.meta, syncedAt: 2000 }, items: old.items.slice(0, 10) };
			failNthPut(nth);
			await expect(cache.save(newer)).rejects.toMatchObject({ kind: 'quota', message: expect.stringMatching(/still there/) });
			vi.restoreAllMocks();
			const after = await new LibraryCache(`storage-${n}`).load(old.meta.id);
			expect(after?.meta.syncedAt).toBe(1000);
			expect(after?.items).toHaveLength(old.items.length);
			expect(after?.meta.itemCount).toBe(after?.items.length);
		});
	}
});

describe('data left by older or broken versions', () => {
	it('broken records are left out or repaired: the app starts, lists what is usable and picks from it', async () => {
		const name = fresh();
		const store = createStore(name, 'records');
		const demo = buildDemoLibrary(1000);
		const good = demo.items.slice(0, 50);
		await setMany(
			[
				['schemaVersion', 2],
				[`meta:${demo.meta.id}`, demo.meta],
				[
					`items:${demo.meta.id}`,
					[
						...good,
						null,
						'a string',
						{ ratingKey: 7 }, // no title: dropped
						{ ratingKey: 8, title: 'Old shape, no tag lists' }, // repaired
						{ ratingKey: '9', title: 'Odd lists', genres: ['Drama', 3, null, 'Drama'], viewCount: 'many' },
						{ ...good[0], title: 'Same key again' } // duplicate ratingKey: the first one counts
					]
				],
				['meta:garbage', 'not an object'],
				['meta:half', { id: 'half' }],
				['items:orphan', [{ ratingKey: '1', title: 'x' }]]
			],
			store
		);
		const cache = new LibraryCache(name);
		expect((await cache.list()).map((m) => m.id)).toEqual([demo.meta.id]);
		const app = pickingApp({ cache });
		await app.library.start();
		expect(app.library.status).toBe('ready');
		expect(app.library.items).toHaveLength(52);
		const repaired = app.library.items.find((i) => i.ratingKey === '9')!;
		expect(repaired.genres).toEqual(['Drama']);
		expect(repaired.viewCount).toBe(0);
		expect(app.library.items.filter((i) => i.ratingKey === good[0]!.ratingKey).map((i) => i.title)).toEqual([good[0]!.title]);
		// Every filter runs over the repaired items without throwing.
		expect(applyFilters(app.library.items, { ...NO_FILTERS, genres: ['Drama'], unwatchedOnly: true, decade: 1990, maxRuntime: 120, contentRating: 'PG-13' })).toBeInstanceOf(Array);
		for (let i = 0; i < 20; i++) expect(app.session.pick()).toBeDefined();
	});

	it('a store from a newer PlexPicker (after a rollback) is read as it is, not wiped', async () => {
		const name = fresh();
		const store = createStore(name, 'records');
		const demo = buildDemoLibrary(1000);
		await setMany([['schemaVersion', 99], [`meta:${demo.meta.id}`, demo.meta], [`items:${demo.meta.id}`, demo.items]], store);
		const cache = new LibraryCache(name);
		expect((await cache.load(demo.meta.id))?.items).toHaveLength(demo.items.length);
		expect(await get('schemaVersion', store)).toBe(99);
	});
});

/** navigator.locks as two tabs of one browser share it (ifAvailable, one holder per name). */
function sharedLocks(): Locks & { held: Set<string>; maxHeld: Map<string, number> } {
	const held = new Set<string>();
	const maxHeld = new Map<string, number>();
	return {
		held,
		maxHeld,
		async request(name, _options, callback) {
			if (held.has(name)) return callback(null);
			held.add(name);
			maxHeld.set(name, Math.max(maxHeld.get(name) ?? 0, 1));
			try {
				await callback({ name });
			} finally {
				held.delete(name);
			}
		}
	};
}

describe('two tabs', () => {
	const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
	async function tab(world: ReturnType<typeof createWorld>, dbName: string, locks: Locks, tracker: { active: number; max: number }) {
		const inner = createFakeFetch(world, { delay: () => 3 });
		// Counts how many syncs are paging /all at the same moment, across both tabs.
		const fetch: typeof globalThis.fetch = async (input, init) => {
			const paging = String(input).includes('/library/sections/1/all');
			if (paging) tracker.max = Math.max(tracker.max, ++tracker.active);
			try {
				return await inner(input, init);
			} finally {
				if (paging) tracker.active -= 1;
			}
		};
		const client = new PlexClient({ fetch, identity: () => ({ clientId: 'c', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' }) });
		const cache = new LibraryCache(dbName);
		const app = pickingApp({ cache });
		await app.library.start();
		const servers = new ServerState({ client, storage: memoryStorage(), environment: async () => ({ pageProtocol: 'https:' }), onUnauthorized: () => {} });
		await servers.load(world.account.token);
		await servers.choose(VAULT);
		const sync = new SyncState({ client, cache, servers, app: app.library, locks });
		return { app, sync, movies: servers.sections.find((s) => s.key === '1')!, cache };
	}

	it('never sync the same library at once: the second tab says "elsewhere", the saved copy is whole', async () => {
		const name = fresh();
		const world = createWorld({ librarySize: 1200 });
		const locks = sharedLocks();
		const tracker = { active: 0, max: 0 };
		const a = await tab(world, name, locks, tracker);
		const b = await tab(world, name, locks, tracker);
		const first = a.sync.sync(a.movies);
		await vi.waitFor(() => expect(locks.held.size).toBe(1));
		await b.sync.sync(b.movies);
		expect(b.sync.progress[`${VAULT}:1`]?.phase).toBe('elsewhere');
		await first;
		expect(a.sync.progress).toEqual({});
		// Only one tab's pages were ever in flight: at most one sync's concurrency (3), never two syncs' (6).
		expect(tracker.max).toBeLessThanOrEqual(3);
		const fullPasses = world.log.filter((e) => e.path === '/library/sections/1/all' && e.query['X-Plex-Container-Start'] === '0').length;
		expect(fullPasses).toBe(1);
		const saved = await a.cache.load(`${VAULT}:1`);
		expect(saved?.items).toHaveLength(1200);
		expect(new Set(saved?.items.map((i) => i.ratingKey)).size).toBe(1200);
		expect(saved?.meta.itemCount).toBe(1200);
		// Once the first tab is done, the second may sync (a cheap re-sync of the same copy).
		await b.sync.sync(b.movies);
		expect(b.sync.progress).toEqual({});
		expect((await b.cache.load(`${VAULT}:1`))?.items).toHaveLength(1200);
	});

	it('two tabs saving different libraries at once both end whole', async () => {
		const name = fresh();
		const one = new LibraryCache(name);
		const two = new LibraryCache(name);
		const demo = buildDemoLibrary(1000);
		const other: LibraryRecord = { meta: { ...demo.meta, id: 'srv:2', serverId: 'srv', sectionKey: '2', source: 'plex' }, items: demo.items.slice(0, 100) };
		await Promise.all([one.save(demo), two.save(other), one.save(demo), two.save(other)]);
		const listed = await new LibraryCache(name).list();
		expect(listed.map((m) => m.id).sort()).toEqual([demo.meta.id, 'srv:2'].sort());
		expect((await one.load('srv:2'))?.items).toHaveLength(100);
		expect((await two.load(demo.meta.id))?.items).toHaveLength(demo.items.length);
	});
});
