import { describe, expect, it } from 'vitest';
import { DecideState } from '#lib/state/decide.svelte.ts';
import { ROUND_KEY } from '#lib/decide/link.ts';
import { PicksState } from '#lib/state/picks.svelte.ts';
import { PicksStore } from '#lib/cache/picks-store.ts';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { IDBFactory } from 'fake-indexeddb';
import { pickingApp } from '../../helpers/picking.ts';
import { seeded } from '../../helpers/rng.ts';
import { memoryStorage } from '../../helpers/storage.ts';

const NOW = 1_800_000_000_000;

/** The picking screen's state on the demo library, and "Decide together" built on it as the page builds it. */
async function setup(prefs = memoryStorage(), seed = 5, decided: string[] = []) {
	globalThis.indexedDB = new IDBFactory();
	const picks = new PicksState({ store: new PicksStore('decide-picks'), now: () => NOW });
	await picks.use('guest');
	const app = pickingApp({ cache: new LibraryCache('decide-lib'), rng: seeded(1), now: () => NOW, prefs, picks });
	await app.library.loadDemo();
	const make = () =>
		new DecideState({
			library: app.library,
			pool: () => app.session.pool,
			filters: () => app.filters.filters,
			clock: { now: NOW },
			rng: seeded(seed),
			prefs,
			ondecided: (e) => decided.push(e.item.title)
		});
	return { app, picks, prefs, decide: make(), make };
}

describe('DecideState', () => {
	it('draws the shortlist with the current filters, without repeats, and leaves hidden titles out', async () => {
		const { app, picks, decide } = await setup();
		app.filters.filters.genres = ['Comedy'];
		app.filters.filters.maxRuntime = 120;
		const hidden = app.session.matching.slice(0, app.session.matching.length - 4);
		for (const h of hidden) await picks.never({ key: `demo:${h.ratingKey}`, title: h.title });
		expect(app.session.matching).toHaveLength(4);
		expect(decide.start(['Sam', 'Ana'], 10)).toBe(true);
		const titles = decide.round!.entries.map((e) => e.item);
		expect(titles).toHaveLength(4);
		expect(new Set(titles.map((t) => t.ratingKey)).size).toBe(4);
		for (const t of titles) {
			expect(t.genres).toContain('Comedy');
			expect(t.runtimeMin).toBeLessThanOrEqual(120);
			expect(hidden.map((h) => h.ratingKey)).not.toContain(t.ratingKey);
		}
		expect(decide.round!.entries[0]).toMatchObject({ libraryId: app.library.meta!.id, serverId: 'demo', source: 'demo' });
	});

	it('with nothing matching, no round starts and it says why', async () => {
		const { app, decide } = await setup();
		app.filters.filters.genres = ['No Such Genre'];
		expect(decide.start(['Sam', 'Ana'], 5)).toBe(false);
		expect(decide.round).toBeNull();
		expect(decide.message).toMatch(/No titles match the filters/);
	});

	it('is saved on every step: a reload resumes the same round with every mark; stopping discards it', async () => {
		const { decide, make, prefs } = await setup();
		decide.start(['Sam', 'Ana', 'Lee'], 5);
		decide.mark(2, 'keep');
		decide.mark(4, 'veto');
		decide.next();
		const reloaded = make();
		expect(reloaded.round).toEqual(decide.round);
		expect(reloaded.round?.phase).toBe('handover');
		expect(reloaded.round?.marks[0]).toEqual([null, null, 'keep', null, 'veto']);
		reloaded.stop();
		expect(make().round).toBeNull();
		expect(prefs.data.get(ROUND_KEY)).toBe('null');
	});

	it('ends on the title everybody kept (told once, for Recent picks), and after an all-veto round draws a new shortlist without the vetoed titles', async () => {
		const decided: string[] = [];
		const { decide } = await setup(memoryStorage(), 5, decided);
		decide.start(['Sam', 'Ana'], 5);
		for (let p = 0; p < 2; p++) {
			if (p > 0) decide.takeOver();
			for (let i = 0; i < 5; i++) decide.mark(i, i === 3 ? 'keep' : 'veto');
			decide.next();
		}
		const round = decide.round!;
		expect(round.outcome).toMatchObject({ kind: 'kept', index: 3, keptBy: 2, of: 2 });
		expect(decided).toEqual([round.entries[3]!.item.title]);
		decide.next(); // nothing more happens once settled
		expect(decided).toHaveLength(1);

		decide.start(['Sam', 'Ana'], 10);
		const first = decide.round!.entries.map((e) => e.item.ratingKey);
		decide.next();
		decide.takeOver();
		decide.next();
		expect(decide.round!.outcome).toEqual({ kind: 'all-vetoed' });
		expect(decided).toHaveLength(1);
		expect(decide.again()).toBe(true);
		const second = decide.round!.entries.map((e) => e.item.ratingKey);
		expect(second).toHaveLength(10);
		expect(second.filter((k) => first.includes(k))).toEqual([]);
		expect(decide.round!.people).toEqual(['Sam', 'Ana']);
		expect(decide.round!.leftOut).toHaveLength(10);
	});

	it('a shared shortlist shows this device\'s own copy of the titles, and can be decided on', async () => {
		const { app, decide } = await setup();
		const keys = app.library.items.slice(10, 13).map((i) => i.ratingKey);
		const view = decide.shared({ serverId: 'demo', ratingKeys: [...keys, '424242'] });
		if (view.status !== 'found') throw new Error(view.status);
		expect(view.entries.map((e) => e.item.ratingKey)).toEqual(keys);
		expect(view.unknown).toEqual(['424242']);
		decide.startWith(['A', 'B'], view.entries);
		expect(decide.round?.entries.map((e) => e.item.ratingKey)).toEqual(keys);
		expect(decide.shared({ serverId: 'f00d', ratingKeys: ['1'] })).toEqual({ status: 'not-synced' });
	});
});
