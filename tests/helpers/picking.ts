import type { LibraryCache } from '#lib/cache/library-cache.ts';
import type { OnDemand } from '#lib/picks/on-demand.ts';
import type { Rng } from '#lib/picker/pick.ts';
import { LibraryState } from '#lib/state/library.svelte.ts';
import { Picking } from '#lib/state/picking.svelte.ts';
import type { PicksState } from '#lib/state/picks.svelte.ts';
import type { SettingStore } from '#lib/state/persisted.svelte.ts';

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
