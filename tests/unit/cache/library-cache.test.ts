import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { buildDemoLibrary } from '#lib/demo/library.ts';
import { AppError, storageError } from '#lib/errors.ts';
import type { LibraryRecord } from '#lib/library/types.ts';

let n = 0;
const freshCache = () => {
	globalThis.indexedDB = new IDBFactory();
	return new LibraryCache(`test-${++n}`);
};

describe('LibraryCache', () => {
	it('keeps a library across instances (a reload)', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(1000);
		await cache.save(demo);
		const again = new LibraryCache(`test-${n}`);
		const listed = await again.list();
		expect(listed.map((m) => m.id)).toEqual([demo.meta.id]);
		const loaded = await again.load(demo.meta.id);
		expect(loaded?.items).toEqual(demo.items);
		expect(loaded?.meta.itemCount).toBe(demo.items.length);
	});

	it('lists the most recently synced library first', async () => {
		const cache = freshCache();
		const older = buildDemoLibrary(1000);
		const newer: LibraryRecord = { meta: { ...older.meta, id: 'srv:2', sectionKey: '2', syncedAt: 5000 }, items: [] };
		await cache.save(older);
		await cache.save(newer);
		expect((await cache.list()).map((m) => m.id)).toEqual(['srv:2', older.meta.id]);
	});

	it('a failed write leaves the previous copy whole', async () => {
		const cache = freshCache();
		const good = buildDemoLibrary(1000);
		await cache.save(good);
		// Functions cannot be stored: the transaction fails part-way, like a crash mid-write.
		const broken = { meta: { ...good.meta, syncedAt: 2000 }, items: [{ ...good.items[0], bad: () => 1 }] } as unknown as LibraryRecord;
		await expect(cache.save(broken)).rejects.toBeInstanceOf(AppError);
		const after = await cache.load(good.meta.id);
		expect(after?.meta.syncedAt).toBe(1000);
		expect(after?.items).toHaveLength(good.items.length);
	});

	it('removes a library', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(1000);
		await cache.save(demo);
		await cache.remove(demo.meta.id);
		expect(await cache.list()).toEqual([]);
		expect(await cache.load(demo.meta.id)).toBeUndefined();
	});
});

describe('storage errors', () => {
	it('explain a full disk and reassure that saved data is kept', () => {
		const e = storageError(new DOMException('full', 'QuotaExceededError'));
		expect(e.kind).toBe('quota');
		expect(e.message).toMatch(/storage space/);
		expect(e.message).toMatch(/still there/);
	});

	it('explain blocked storage (private mode) with what to do', () => {
		const e = storageError(new DOMException('no', 'InvalidStateError'));
		expect(e.kind).toBe('storage-unavailable');
		expect(e.message).toMatch(/Allow site data|normal window/);
	});
});

describe('schema upgrade', () => {
	it('brings a version-1 cache up to date without losing a library', async () => {
		globalThis.indexedDB = new IDBFactory();
		const { createStore, setMany, get } = await import('idb-keyval');
		const old = createStore('old-cache', 'records');
		const demo = buildDemoLibrary(1000);
		const shuffled = [...demo.items].reverse();
		await setMany(
			[
				['schemaVersion', 1],
				[`meta:${demo.meta.id}`, demo.meta],
				[`items:${demo.meta.id}`, shuffled],
				['meta:broken', { id: 'broken' }]
			],
			old
		);
		const cache = new LibraryCache('old-cache');
		const loaded = await cache.load(demo.meta.id);
		expect(loaded?.items).toHaveLength(demo.items.length);
		const titles = loaded!.items.map((i) => i.title);
		expect(titles).toEqual([...titles].sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare));
		expect(await get('schemaVersion', old)).toBe(2);
		expect((await cache.list()).map((m) => m.id)).toEqual([demo.meta.id]);
	});

	it('a new cache starts at the current version', async () => {
		const cache = freshCache();
		await cache.list();
		const { createStore, get } = await import('idb-keyval');
		expect(await get('schemaVersion', createStore(`test-${n}`, 'records'))).toBe(2);
	});
});
