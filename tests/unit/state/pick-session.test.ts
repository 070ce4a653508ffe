import { describe, expect, it } from 'vitest';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { NO_REPEAT_WINDOW } from '#lib/state/pick-session.svelte.ts';
import { device } from '../../helpers/picking.ts';
import { activeFilterNames } from '#lib/picker/facets.ts';

const setup = device;

describe('PickSession', () => {
	it('picks only from titles matching the filters, and says how many match', async () => {
		const app = setup().make();
		await app.library.loadDemo();
		app.filters.filters.genres = ['Comedy'];
		app.filters.filters.unwatchedOnly = true;
		expect(app.session.matching.length).toBeGreaterThan(0);
		expect(app.session.matching.length).toBeLessThan(app.library.items.length);
		for (let i = 0; i < 30; i++) {
			const choice = app.session.pick()!;
			expect(choice.genres).toContain('Comedy');
			expect(choice.viewCount).toBe(0);
		}
		expect(activeFilterNames(app.filters.filters)).toEqual(['Genre', 'Unwatched only']);
		app.filters.reset();
		expect(app.session.matching.length).toBe(app.library.items.length);
	});

	it('a pick made while the app is open from its pick index gets its summary once the full copy is read', async () => {
		const { make } = setup();
		const first = make();
		await first.library.loadDemo();
		const app = make();
		await app.library.start();
		app.filters.filters.genres = ['Comedy'];
		const choice = app.session.pick()!;
		expect(choice.genres).toContain('Comedy');
		expect(app.session.current?.summary).toBeUndefined();
		const summary = first.library.items.find((i) => i.ratingKey === choice.ratingKey)?.summary;
		expect(summary).toBeTruthy();
		await app.library.completeOpen();
		expect(app.session.current?.ratingKey).toBe(choice.ratingKey);
		expect(app.session.current?.summary).toBe(summary);
	});

	it(`does not repeat any of the last ${NO_REPEAT_WINDOW} picks`, async () => {
		const app = setup().make();
		await app.library.loadDemo();
		const picks = Array.from({ length: NO_REPEAT_WINDOW }, () => app.session.pick()!.ratingKey);
		expect(new Set(picks).size).toBe(NO_REPEAT_WINDOW);
	});

	it('with nothing matching, picking does nothing and keeps the current pick', async () => {
		const app = setup().make();
		await app.library.loadDemo();
		const current = app.session.pick();
		app.filters.filters.genres = ['No Such Genre'];
		expect(app.session.pick()).toBeUndefined();
		expect(app.session.current).toBe(current);
	});

	it('keeps the pick through a re-sync of its library, and starts afresh when another library opens', async () => {
		const { make, db } = setup();
		const app = make();
		await app.library.loadDemo();
		const demo = app.library.library!;
		const picked = app.session.pick()!;
		// a sync saved a new copy: the same title, as a new object
		const resynced = { ...demo, items: demo.items.map((i) => ({ ...i })) };
		await app.library.libraryChanged(resynced);
		expect(app.session.current).not.toBe(picked);
		expect(app.session.current?.ratingKey).toBe(picked.ratingKey);
		expect(app.session.recent).toHaveLength(1);
		// another library opened: no pick, nothing held back
		const other = { meta: { ...demo.meta, id: 'other:1' }, items: demo.items.slice(0, 5) };
		await new LibraryCache(db).save(other);
		await app.library.open('other:1');
		expect(app.session.current).toBeNull();
		expect(app.session.recent).toEqual([]);
		expect(app.session.matching).toHaveLength(5);
	});
});
