import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { CACHE_SCHEMA_VERSION, LibraryCache } from '#lib/cache/library-cache.ts';
import { buildDemoLibrary } from '#lib/demo/library.ts';
import { AppError, storageError } from '#lib/errors.ts';
import type { LibraryItem, LibraryRecord } from '#lib/library/types.ts';

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
		expect(await get('schemaVersion', old)).toBe(CACHE_SCHEMA_VERSION);
		expect((await cache.list()).map((m) => m.id)).toEqual([demo.meta.id]);
	});

	it('a new cache starts at the current version', async () => {
		const cache = freshCache();
		await cache.list();
		const { createStore, get } = await import('idb-keyval');
		expect(await get('schemaVersion', createStore(`test-${n}`, 'records'))).toBe(CACHE_SCHEMA_VERSION);
	});
});

describe('chunked layout (schema 3)', () => {
	afterEach(() => vi.restoreAllMocks());

	/** Counts the values written (puts) while `work` runs. */
	async function puts(work: () => Promise<unknown>): Promise<number> {
		const put = vi.spyOn(IDBObjectStore.prototype, 'put');
		await work();
		const count = put.mock.calls.length;
		put.mockRestore();
		return count;
	}

	it('a version-2 store (one array per library) is read after the upgrade, and the old array is gone', async () => {
		globalThis.indexedDB = new IDBFactory();
		const { createStore, setMany, get } = await import('idb-keyval');
		const old = createStore('v2-cache', 'records');
		const demo = buildDemoLibrary(3000);
		await setMany([['schemaVersion', 2], [`meta:${demo.meta.id}`, demo.meta], [`items:${demo.meta.id}`, demo.items]], old);
		const cache = new LibraryCache('v2-cache');
		expect((await cache.load(demo.meta.id))?.items).toEqual(demo.items);
		expect(await get(`items:${demo.meta.id}`, old)).toBeUndefined();
		expect(await get('schemaVersion', old)).toBe(3);
		expect((await new LibraryCache('v2-cache').load(demo.meta.id))?.items).toEqual(demo.items);
	});

	it('saving after a small change writes only the chunk it sits in (plus layout and meta); an unchanged save writes no items', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(1000);
		const big: LibraryRecord = { meta: demo.meta, items: Array.from({ length: 20 }, (_, k) => demo.items.map((i) => ({ ...i, ratingKey: `${k}-${i.ratingKey}` }))).flat() };
		const all = await puts(() => cache.save(big));
		expect(all).toBeGreaterThan(10); // many chunks
		// unchanged: the meta only (layout and pick index stay as they are)
		expect(await puts(() => cache.save({ meta: { ...big.meta, syncedAt: 2 }, items: big.items }))).toBe(1);
		const items = big.items.slice();
		items[4321] = { ...items[4321]!, viewCount: 3 };
		expect(items).toHaveLength(big.items.length);
		// the chunk, the layout, the meta and the pick index
		expect(await puts(() => cache.save({ meta: big.meta, items }))).toBe(4);
		// an insertion changes one chunk too (chunk ends follow the items, not positions)
		const added = [...items.slice(0, 100), { ...items[100]!, ratingKey: 'new-one' }, ...items.slice(100)];
		expect(await puts(() => cache.save({ meta: big.meta, items: added }))).toBeLessThanOrEqual(5); // at most the one chunk, split in two
		const again = await new LibraryCache(`test-${n}`).load(big.meta.id);
		expect(again?.items).toEqual(added);
		expect(again?.meta.itemCount).toBe(added.length);
	});

	it('another tab writing in between is noticed: the next save writes everything, and the copy is right', async () => {
		const cache = freshCache();
		const other = new LibraryCache(`test-${n}`);
		const demo = buildDemoLibrary(2000);
		await cache.save(demo);
		await other.load(demo.meta.id);
		const theirs = demo.items.map((i) => ({ ...i, viewCount: 9 }));
		await other.save({ meta: demo.meta, items: theirs });
		const mine = demo.items.slice();
		mine[0] = { ...mine[0]!, title: 'Mine' };
		await cache.save({ meta: demo.meta, items: mine });
		expect((await new LibraryCache(`test-${n}`).load(demo.meta.id))?.items).toEqual(mine);
	});

	it('saving the same items again after another tab wrote puts them back whole', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(2000);
		await cache.save(demo);
		const theirs = demo.items.map((i) => ({ ...i, viewCount: 7 }));
		await new LibraryCache(`test-${n}`).save({ meta: demo.meta, items: theirs });
		// this instance's copy is the same array it saved; the stored one is not any more
		expect(await puts(() => cache.save({ meta: { ...demo.meta, syncedAt: 3 }, items: demo.items }))).toBeGreaterThan(3);
		const read = await new LibraryCache(`test-${n}`).load(demo.meta.id);
		expect(read?.items).toEqual(demo.items);
		expect(read?.meta.syncedAt).toBe(3);
	});

	it('re-loading what this instance just saved reads no chunks, until another tab writes', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(1000);
		await cache.save(demo);
		const get = vi.spyOn(IDBObjectStore.prototype, 'get');
		expect((await cache.load(demo.meta.id))?.items).toBe(demo.items);
		expect(get.mock.calls.map((c) => String(c[0]))).toEqual([`meta:${demo.meta.id}`, `layout:${demo.meta.id}`]);
		get.mockRestore();
		const theirs = demo.items.map((i) => ({ ...i, viewCount: 5 }));
		await new LibraryCache(`test-${n}`).save({ meta: demo.meta, items: theirs });
		expect((await cache.load(demo.meta.id))?.items).toEqual(theirs);
	});

	it('removing a library deletes its chunks', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(2000);
		await cache.save(demo);
		await cache.remove(demo.meta.id);
		const { createStore, keys } = await import('idb-keyval');
		expect(await keys(createStore(`test-${n}`, 'records'))).toEqual(['schemaVersion']);
	});
});

describe('pick index (what opening the app reads first)', () => {
	const lite = (items: readonly LibraryItem[]) =>
		items.map((item) => {
			const { summary: _summary, thumb: _thumb, originallyAvailableAt: _date, ...rest } = item;
			return rest;
		});

	it('a saved library opens from its index: every item, in order, with all but summaries and poster paths', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(1000);
		await cache.save(demo);
		const quick = await new LibraryCache(`test-${n}`).loadQuick(demo.meta.id);
		expect(quick?.meta.id).toBe(demo.meta.id);
		expect(quick?.items).toEqual(lite(demo.items));
		expect(quick?.items.some((i) => i.summary !== undefined || i.thumb !== undefined)).toBe(false);
		expect(demo.items.some((i) => i.summary !== undefined)).toBe(true);
	});

	it('follows every change: a re-watched title reads as watched from the index too', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(1000);
		await cache.save(demo);
		const items = demo.items.map((i, k) => (k === 7 ? { ...i, viewCount: i.viewCount + 2 } : i));
		await cache.save({ meta: demo.meta, items });
		const quick = await new LibraryCache(`test-${n}`).loadQuick(demo.meta.id);
		expect(quick?.items[7]?.viewCount).toBe(items[7]!.viewCount);
		expect(quick?.items).toEqual(lite(items));
	});

	it('an index that does not match the stored copy is not used; a copy saved before indexes gets one on its first full read', async () => {
		globalThis.indexedDB = new IDBFactory();
		const { createStore, get, set, del } = await import('idb-keyval');
		const raw = createStore('pick-old', 'records');
		const cache = new LibraryCache('pick-old');
		const demo = buildDemoLibrary(1000);
		await cache.save(demo);
		const oldIndex = await get(`pick:${demo.meta.id}`, raw);
		// another tab saves a changed copy, and its index is lost (or was written by an older version)
		await new LibraryCache('pick-old').save({ meta: demo.meta, items: demo.items.slice(1) });
		await set(`pick:${demo.meta.id}`, oldIndex, raw);
		expect(await new LibraryCache('pick-old').loadQuick(demo.meta.id)).toBeUndefined();
		await del(`pick:${demo.meta.id}`, raw);
		const reader = new LibraryCache('pick-old');
		expect(await reader.loadQuick(demo.meta.id)).toBeUndefined();
		expect((await reader.load(demo.meta.id))?.items).toHaveLength(demo.items.length - 1);
		await reader.writePickIndex(demo.meta.id);
		expect((await new LibraryCache('pick-old').loadQuick(demo.meta.id))?.items).toEqual(lite(demo.items.slice(1)));
	});

	it('removing a library removes its index', async () => {
		const cache = freshCache();
		const demo = buildDemoLibrary(1000);
		await cache.save(demo);
		await cache.remove(demo.meta.id);
		expect(await cache.loadQuick(demo.meta.id)).toBeUndefined();
	});
});
