import { describe, expect, it } from 'vitest';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { IDBFactory } from 'fake-indexeddb';
import { device, pickingApp } from '../../helpers/picking.ts';
import { seeded } from '../../helpers/rng.ts';

const setup = device;

describe('LibraryState', () => {
	it('starts empty on a first visit', async () => {
		const app = setup().make();
		await app.library.start();
		expect(app.library.status).toBe('empty');
		expect(app.library.library).toBeNull();
	});

	it('loads the demo library into the cache, and the next start opens it from there', async () => {
		const { make } = setup();
		const first = make();
		await first.library.start();
		await first.library.loadDemo();
		expect(first.library.status).toBe('ready');
		expect(first.library.items.length).toBeGreaterThan(200);
		expect(first.library.library?.meta.syncedAt).toBe(1_800_000_000_000);

		// The next start opens from the pick index (no summaries or posters yet), then the full copy.
		const second = make();
		await second.library.start();
		expect(second.library.status).toBe('ready');
		expect(second.library.items.map((i) => i.ratingKey)).toEqual(first.library.items.map((i) => i.ratingKey));
		expect(second.library.items.every((i) => i.summary === undefined)).toBe(true);
		await second.library.completeOpen();
		expect(second.library.items).toEqual(first.library.items);
	});

	it('still opens the demo when storage refuses, and says it will not be kept', async () => {
		globalThis.indexedDB = {
			open: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		} as unknown as IDBFactory;
		const blocked = pickingApp({ cache: new LibraryCache('blocked'), rng: seeded(1) });
		await blocked.library.loadDemo();
		expect(blocked.library.status).toBe('ready');
		expect(blocked.library.error?.kind).toBe('storage-unavailable');
		expect(blocked.library.error?.message).toMatch(/store data/);
	});

	it('remembers the filters and the libraries picked from together for the next visit', async () => {
		const { make, db } = setup();
		const first = make();
		await first.library.loadDemo();
		const demo = first.library.library!;
		const second: typeof demo = { meta: { ...demo.meta, id: 'other:1', serverId: 'other', serverName: 'Other' }, items: demo.items.slice(0, 10).map((i) => ({ ...i, ratingKey: `o${i.ratingKey}` })) };
		await new LibraryCache(db).save(second);
		await first.library.libraryChanged(second);
		await first.library.open(demo.meta.id);
		await first.picking.toggleAlso('other:1');
		first.filters.filters.unwatchedOnly = true;
		first.filters.filters.genres = ['Drama'];
		first.filters.save();

		const next = make();
		await next.library.start();
		expect(next.library.library?.meta.id).toBe(demo.meta.id);
		expect(next.library.also.map((r) => r.meta.id)).toEqual(['other:1']);
		expect(next.library.items).toHaveLength(demo.items.length + 10);
		expect(next.filters.filters).toMatchObject({ unwatchedOnly: true, genres: ['Drama'] });
	});
});
