import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { seededRng } from '#lib/picker/pick.ts';
import type { OnDemand } from '#lib/picks/on-demand.ts';
import type { Rng } from '#lib/picker/pick.ts';
import { LibraryState } from '#lib/state/library.svelte.ts';
import { Picking } from '#lib/state/picking.svelte.ts';
import type { PicksState } from '#lib/state/picks.svelte.ts';
import type { SettingStore } from '#lib/state/persisted.svelte.ts';
import { memoryStorage } from './storage.ts';

/** The libraries and the picking screen's state, wired as the app wires them, on a test clock. */
export function pickingApp(deps: { cache: LibraryCache; rng?: Rng; now?: () => number; prefs?: SettingStore; picks?: PicksState; onDemand?: OnDemand }) {
	const now = deps.now ?? (() => Date.now());
	const library = new LibraryState({ cache: deps.cache, now, prefs: deps.prefs });
	const picking = new Picking({
		library,
		clock: {
			get now() {
				return now();
			}
		},
		rng: deps.rng,
		prefs: deps.prefs,
		picks: deps.picks,
		onDemand: deps.onDemand
	});
	return { library, picking, filters: picking.filters, lists: picking.lists, session: picking.session };
}

let devices = 0;
/**
 * One device: a fresh IndexedDB and localStorage, and `make()` for each visit (page load) on it,
 * with a fixed clock and a seeded RNG. `db` names the library cache, to write to it directly.
 */
export function device() {
	globalThis.indexedDB = new IDBFactory();
	const db = `device-${++devices}`;
	const prefs = memoryStorage();
	const make = () => pickingApp({ cache: new LibraryCache(db), rng: seededRng(3), now: () => 1_800_000_000_000, prefs });
	return { make, db };
}
