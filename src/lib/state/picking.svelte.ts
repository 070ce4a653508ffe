import type { ListSource, OnDemand } from '../picks/on-demand.ts';
import type { WatchlistSource } from '../picks/watchlist-source.ts';
import { cryptoRng, type Rng } from '../picker/pick.ts';
import { FilterState } from './filters.svelte.ts';
import type { LibraryState } from './library.svelte.ts';
import { ListState } from './lists.svelte.ts';
import { PickSession, type Clock } from './pick-session.svelte.ts';
import type { PicksState } from './picks.svelte.ts';
import type { SettingStore } from './persisted.svelte.ts';
import { TvPrefs } from './tv-prefs.svelte.ts';

export interface PickingDeps {
	library: LibraryState;
	clock: Clock;
	rng?: Rng;
	/** Where the filters are remembered (localStorage in the browser). */
	prefs?: SettingStore;
	picks?: PicksState;
	onDemand?: OnDemand;
	/** The account's Plex Watchlist, offered as a Source. */
	watchlist?: WatchlistSource;
}

/**
 * The picking screen's state, built once with everything it needs: the filters, the list picks
 * come from, and the pick session. Loaded with the picking screen, so a first visit downloads
 * none of it.
 */
export class Picking {
	readonly library: LibraryState;
	readonly filters: FilterState;
	readonly lists: ListState;
	readonly session: PickSession;
	readonly picks: PicksState | undefined;
	/** TV: "Next episode" / "Any episode" per show, and the shuffle across shows (per account). */
	readonly tv: TvPrefs;

	constructor(deps: PickingDeps) {
		this.library = deps.library;
		this.picks = deps.picks;
		this.filters = new FilterState({ prefs: deps.prefs });
		this.lists = new ListState({ library: deps.library, onDemand: deps.onDemand, watchlist: deps.watchlist });
		this.tv = new TvPrefs({ storage: deps.prefs });
		this.session = new PickSession({
			...deps,
			filters: this.filters,
			lists: this.lists,
			rng: deps.rng ?? cryptoRng,
			episodeMode: (show) => this.tv.modeOf(show)
		});
	}

	/** Picks from a collection, a playlist or the Watchlist (null: the whole library); the current pick goes. */
	chooseSource(source: ListSource | null): Promise<void> {
		this.session.clear();
		return this.lists.choose(source);
	}

	/** Adds a saved library to the ones picked from together, or takes it out; the current pick goes. */
	async toggleAlso(id: string): Promise<void> {
		await this.library.toggleAlso(id);
		this.session.clear();
	}
}

const built = new WeakMap<LibraryState, Picking>();

/**
 * The picking state of this page's library, built on the first visit to the picking screen and kept while the page lives.
 * It is built in its own effect root: deriveds made while a component initialises belong to that
 * component, and once it is gone (the person went to Browse) they would stop following the library.
 */
export function pickingFor(library: LibraryState, make: () => Picking): Picking {
	let picking = built.get(library);
	if (!picking) {
		$effect.root(() => {
			picking = make();
		});
		built.set(library, picking!);
	}
	return picking!;
}
