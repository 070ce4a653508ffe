import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { pickingApp } from '../../helpers/picking.ts';
import { ServerState } from '#lib/state/servers.svelte.ts';
import { SyncState } from '#lib/state/sync.svelte.ts';
import type { LibraryRecord } from '#lib/library/types.ts';
import { storageError } from '#lib/errors.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { memoryStorage } from '../../helpers/storage.ts';

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
let n = 0;

async function setup(cache?: LibraryCache) {
	if (!cache) globalThis.indexedDB = new IDBFactory();
	const world = createWorld({ librarySize: 400 });
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => ({ clientId: 'c', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' }) });
	const theCache = cache ?? new LibraryCache(`sync-${++n}`);
	const app = pickingApp({ cache: theCache });
	await app.library.start();
	const servers = new ServerState({ client, storage: memoryStorage(), environment: async () => ({ pageProtocol: 'https:' }), onUnauthorized: () => {} });
	await servers.load(world.account.token);
	await servers.choose(VAULT);
	const sync = new SyncState({ client, cache: theCache, servers, app: app.library });
	const movies = servers.sections.find((s) => s.key === '1')!;
	return { world, app, servers, sync, movies, cache: theCache };
}

describe('SyncState', () => {
	it('keeping a library copies it, lists it as kept and opens it for picking', async () => {
		const s = await setup();
		expect(s.servers.connectStatus).toBe('connected');
		await s.sync.keep(s.movies, true);
		expect(s.sync.kept.map((m) => m.title)).toEqual(['Movies']);
		expect(s.app.library.library?.meta.title).toBe('Movies');
		expect(s.app.library.items).toHaveLength(400);
		expect(s.sync.progress).toEqual({});
	});

	it('unticking forgets the copy', async () => {
		const s = await setup();
		await s.sync.keep(s.movies, true);
		await s.sync.keep(s.movies, false);
		expect(s.sync.kept).toEqual([]);
		expect(await s.cache.list()).toEqual([]);
		expect(s.app.library.library).toBeNull();
	});

	it('a full disk during the save is reported, and the previous copy stays', async () => {
		let full = false;
		/** IndexedDB as it behaves when the disk is full: the write transaction fails with QuotaExceededError. */
		class FullDisk extends LibraryCache {
			override async save(record: LibraryRecord): Promise<void> {
				if (full) throw storageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
				return super.save(record);
			}
		}
		globalThis.indexedDB = new IDBFactory();
		const real = new FullDisk(`sync-${++n}`);
		const s = await setup(real);
		await s.sync.keep(s.movies, true);
		const before = await real.load(`${VAULT}:1`);
		full = true;
		s.world.changeLibrary(VAULT, '1', (items) => items.slice(5));
		await s.sync.sync(s.movies);
		const progress = Object.values(s.sync.progress)[0]!;
		expect(progress.phase).toBe('error');
		expect(progress.error?.kind).toBe('quota');
		expect(progress.error?.message).toMatch(/ran out of storage space/);
		expect((await real.load(`${VAULT}:1`))?.items).toEqual(before?.items);
		expect(s.app.library.items).toHaveLength(400);
	});

	it('a server error during the sync is reported with reassurance, and the copy stays', async () => {
		const s = await setup();
		await s.sync.keep(s.movies, true);
		s.world.addFault({ path: '/library/sections/1/all', status: 500 });
		await s.sync.sync(s.movies);
		const progress = Object.values(s.sync.progress)[0]!;
		expect(progress.error?.message).toMatch(/copy saved before is unchanged/);
		expect(s.app.library.items).toHaveLength(400);
	});
});
