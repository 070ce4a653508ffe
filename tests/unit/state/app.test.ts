import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { AppState, NO_REPEAT_WINDOW } from '#lib/state/app.svelte.ts';
import { activeFilterNames } from '#lib/picker/facets.ts';
import { seeded } from '../../helpers/rng.ts';

function memoryPrefs() {
	const data = new Map<string, string>();
	return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

let n = 0;
function setup() {
	globalThis.indexedDB = new IDBFactory();
	const db = `app-${++n}`;
	const prefs = memoryPrefs();
	const make = () => new AppState({ cache: new LibraryCache(db), rng: seeded(3), now: () => 1_800_000_000_000, prefs });
	return { make, db };
}

describe('AppState', () => {
	it('starts empty on a first visit', async () => {
		const app = setup().make();
		await app.start();
		expect(app.status).toBe('empty');
		expect(app.library).toBeNull();
	});

	it('loads the demo library into the cache, and the next start opens it from there', async () => {
		const { make } = setup();
		const first = make();
		await first.start();
		await first.loadDemo();
		expect(first.status).toBe('ready');
		expect(first.items.length).toBeGreaterThan(200);
		expect(first.library?.meta.syncedAt).toBe(1_800_000_000_000);

		const second = make();
		await second.start();
		expect(second.status).toBe('ready');
		expect(second.items).toEqual(first.items);
	});

	it('picks only from titles matching the filters, and says how many match', async () => {
		const app = setup().make();
		await app.loadDemo();
		app.filters.genres = ['Comedy'];
		app.filters.unwatchedOnly = true;
		expect(app.matching.length).toBeGreaterThan(0);
		expect(app.matching.length).toBeLessThan(app.items.length);
		for (let i = 0; i < 30; i++) {
			const choice = app.pick()!;
			expect(choice.genres).toContain('Comedy');
			expect(choice.viewCount).toBe(0);
		}
		expect(activeFilterNames(app.filters)).toEqual(['Genre', 'Unwatched only']);
		app.resetFilters();
		expect(app.matching.length).toBe(app.items.length);
	});

	it(`does not repeat any of the last ${NO_REPEAT_WINDOW} picks`, async () => {
		const app = setup().make();
		await app.loadDemo();
		const picks = Array.from({ length: NO_REPEAT_WINDOW }, () => app.pick()!.ratingKey);
		expect(new Set(picks).size).toBe(NO_REPEAT_WINDOW);
	});

	it('with nothing matching, picking does nothing and keeps the current pick', async () => {
		const app = setup().make();
		await app.loadDemo();
		const current = app.pick();
		app.filters.genres = ['No Such Genre'];
		expect(app.pick()).toBeUndefined();
		expect(app.current).toBe(current);
	});

	it('still opens the demo when storage refuses, and says it will not be kept', async () => {
		globalThis.indexedDB = {
			open: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		} as unknown as IDBFactory;
		const blocked = new AppState({ cache: new LibraryCache('blocked'), rng: seeded(1) });
		await blocked.loadDemo();
		expect(blocked.status).toBe('ready');
		expect(blocked.error?.kind).toBe('storage-unavailable');
		expect(blocked.error?.message).toMatch(/store data/);
	});

	it('remembers the filters and the libraries picked from together for the next visit', async () => {
		const { make, db } = setup();
		const first = make();
		await first.loadDemo();
		const demo = first.library!;
		const second: typeof demo = { meta: { ...demo.meta, id: 'other:1', serverId: 'other', serverName: 'Other' }, items: demo.items.slice(0, 10).map((i) => ({ ...i, ratingKey: `o${i.ratingKey}` })) };
		await new LibraryCache(db).save(second);
		await first.libraryChanged(second);
		await first.open(demo.meta.id);
		await first.toggleAlso('other:1');
		first.filters.unwatchedOnly = true;
		first.filters.genres = ['Drama'];
		first.saveFilters();

		const next = make();
		await next.start();
		expect(next.library?.meta.id).toBe(demo.meta.id);
		expect(next.also.map((r) => r.meta.id)).toEqual(['other:1']);
		expect(next.items).toHaveLength(demo.items.length + 10);
		expect(next.filters).toMatchObject({ unwatchedOnly: true, genres: ['Drama'] });
	});
});
