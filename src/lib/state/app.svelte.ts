import { AppError } from '../errors.ts';
import type { LibraryCache } from '../cache/library-cache.ts';
import { isWatched, type LibraryItem, type LibraryMeta, type LibraryRecord } from '../library/types.ts';
import { activeFilterNames, applyFilters, bestToRelax, facetsOf, NO_FILTERS, sanitizeFilters, type Filters } from '../picker/filters.ts';
import { cryptoRng, pickOne, randomIndex, type Rng } from '../picker/pick.ts';
import { titleKey } from '../picks/model.ts';
import type { PicksState } from './picks.svelte.ts';
import type { ListSource, OnDemand, SourceLists } from '../picks/on-demand.ts';

export interface AppDeps {
	cache: LibraryCache;
	rng?: Rng;
	now?: () => number;
	/** Where the active library's id and the filters are remembered (localStorage in the browser). */
	prefs?: Pick<Storage, 'getItem' | 'setItem'>;
	/** Exclusions and history; without it nothing is excluded or recorded (tests, first paint). */
	picks?: PicksState;
	/** Episodes, collections and playlists, fetched when picking needs them. */
	onDemand?: OnDemand;
}

const ACTIVE_LIBRARY = 'plexpicker:active-library';
const FILTERS = 'plexpicker:filters';
/** How many recent picks are held back before anything repeats. */
export const NO_REPEAT_WINDOW = 20;

export type AppStatus = 'starting' | 'empty' | 'loading' | 'ready';

/** For TV: the episode picked from the picked show, once its episodes are known. */
export type EpisodePick =
	| { status: 'loading' }
	| { status: 'ready'; episode: LibraryItem; /** every episode was watched, so any was fair game */ rewatch: boolean; saved: boolean }
	| { status: 'error'; message: string };

/** The app's state: which library is open, the filters, the current pick. Components read it. */
export class AppState {
	status = $state<AppStatus>('starting');
	error = $state<AppError | null>(null);
	library = $state.raw<LibraryRecord | null>(null);
	filters = $state<Filters>(structuredClone(NO_FILTERS));
	current = $state.raw<LibraryItem | null>(null);
	episode = $state.raw<EpisodePick | null>(null);
	/** Title keys of recent picks, newest first. */
	recent = $state.raw<string[]>([]);
	/** Every library saved on this device (newest sync first). */
	cached = $state.raw<LibraryMeta[]>([]);
	/** Picking from a collection or playlist instead of the whole library. */
	source = $state.raw<ListSource | null>(null);
	/** The ratingKeys of `source`, once loaded. */
	sourceKeys = $state.raw<Set<string> | null>(null);
	sourceMessage = $state<string | null>(null);
	/** Collections of this library and the server's playlists, when asked for. */
	lists = $state.raw<SourceLists | null>(null);
	listsMessage = $state<string | null>(null);

	/** Exclusions/history and on-demand loading, attached once the picking screen has loaded. */
	#picks = $state.raw<PicksState | undefined>(undefined);
	#onDemand: OnDemand | undefined;

	readonly items = $derived(this.library?.items ?? []);
	readonly meta = $derived(this.library?.meta ?? null);
	/** The titles picks come from: the library or the chosen list, without excluded titles. */
	readonly pool = $derived.by(() => {
		const excluded = this.#picks?.excluded;
		const keys = this.source ? this.sourceKeys : null;
		const serverId = this.meta?.serverId ?? '';
		if (this.source && !keys) return [];
		if (!keys && (!excluded || excluded.size === 0)) return this.items;
		return this.items.filter((item) => (!keys || keys.has(item.ratingKey)) && !excluded?.has(titleKey(serverId, item.ratingKey)));
	});
	readonly matching = $derived(applyFilters(this.pool, this.filters, { now: this.#now() }));
	readonly facets = $derived(facetsOf(this.items));
	readonly activeFilters = $derived(activeFilterNames(this.filters));
	/** With no matches: the one filter whose removal helps most. */
	readonly relax = $derived(this.matching.length === 0 ? bestToRelax(this.pool, this.filters, { now: this.#now() }) : undefined);
	readonly kind = $derived(this.library?.meta.type === 'show' ? 'episode' : 'movie');
	readonly sourceLabel = $derived(
		this.meta ? (this.source ? `${this.source.kind === 'collection' ? 'Collection' : 'Playlist'} “${this.source.title}” · ${this.meta.serverName}` : `${this.meta.title} · ${this.meta.serverName}`) : ''
	);

	readonly #deps: Required<Pick<AppDeps, 'cache' | 'rng' | 'now'>> & AppDeps;

	constructor(deps: AppDeps) {
		this.#deps = { rng: cryptoRng, now: () => Date.now(), ...deps };
		this.#picks = deps.picks;
		this.#onDemand = deps.onDemand;
		try {
			const saved = this.#deps.prefs?.getItem(FILTERS);
			if (saved) this.filters = sanitizeFilters(JSON.parse(saved));
		} catch {
			// unreadable saved filters: start with none
		}
	}

	/** Connects exclusions/history and on-demand loading (loaded with the picking screen). */
	attach(parts: { picks?: PicksState; onDemand?: OnDemand }): void {
		if (parts.picks) this.#picks = parts.picks;
		if (parts.onDemand) this.#onDemand = parts.onDemand;
	}

	#now(): number {
		return this.#deps.now();
	}

	/** Opens the library used last time (or the newest cached one), from this device only. */
	async start(): Promise<void> {
		try {
			const wanted = this.#deps.prefs?.getItem(ACTIVE_LIBRARY) ?? undefined;
			const metas = await this.#deps.cache.list();
			this.cached = metas;
			const meta = metas.find((m) => m.id === wanted) ?? metas[0];
			const record = meta ? await this.#deps.cache.load(meta.id) : undefined;
			if (record) this.#open(record);
			else this.status = 'empty';
		} catch (error) {
			this.error = toAppError(error);
			this.status = 'empty';
		}
	}

	/** Puts the bundled demo library into the cache (like a sync would) and opens it. */
	async loadDemo(): Promise<void> {
		this.status = 'loading';
		this.error = null;
		// Loaded on demand: people with a real library never download the demo generator.
		const { buildDemoLibrary } = await import('../demo/library.ts');
		const record = buildDemoLibrary(this.#deps.now());
		try {
			await this.#deps.cache.save(record);
			this.cached = await this.#deps.cache.list();
		} catch (error) {
			// Storage refused: the demo still works for this visit, it just won't be there offline.
			this.error = toAppError(error);
		}
		this.#open(record);
	}

	/** Keeps the filters for the next visit. */
	saveFilters(): void {
		try {
			this.#deps.prefs?.setItem(FILTERS, JSON.stringify(this.filters));
		} catch {
			// storage full or refused: the filters still apply for this visit
		}
	}

	/** Picks a title from the matching ones (and for TV, then an episode of it). */
	pick(): LibraryItem | undefined {
		const meta = this.meta;
		if (!meta) return undefined;
		this.#picks?.refresh();
		const keyOf = (item: LibraryItem) => titleKey(meta.serverId, item.ratingKey);
		const choice = pickOne(this.matching, this.#deps.rng, this.recent, keyOf);
		if (!choice) return undefined;
		this.current = choice;
		this.episode = null;
		const key = keyOf(choice);
		this.recent = [key, ...this.recent.filter((k) => k !== key)].slice(0, NO_REPEAT_WINDOW);
		if (choice.type === 'show') void this.#pickEpisode(meta, choice);
		else void this.#picks?.record({ key, title: choice.title, year: choice.year, source: this.sourceLabel, at: this.#now() });
		return choice;
	}

	/** Another episode of the same show. */
	async pickEpisodeAgain(): Promise<void> {
		if (this.meta && this.current?.type === 'show') await this.#pickEpisode(this.meta, this.current);
	}

	async #pickEpisode(meta: LibraryMeta, show: LibraryItem): Promise<void> {
		const onDemand = this.#onDemand;
		if (!onDemand) {
			this.episode = { status: 'error', message: 'Episodes cannot be loaded here.' };
			return;
		}
		this.episode = { status: 'loading' };
		const result = await onDemand.episodes(meta, show);
		if (this.current !== show) return; // picked again meanwhile
		if (!result.ok) {
			this.episode = { status: 'error', message: result.error.message };
			return;
		}
		const episodes = result.value.filter((e) => e.type === 'episode');
		const unwatched = episodes.filter((e) => !isWatched(e));
		const from = unwatched.length > 0 ? unwatched : episodes;
		if (from.length === 0) {
			this.episode = { status: 'error', message: `${show.title} has no episodes on the server.` };
			return;
		}
		const episode = from[randomIndex(from.length, this.#deps.rng)] as LibraryItem;
		this.episode = { status: 'ready', episode, rewatch: unwatched.length === 0, saved: result.saved };
		void this.#picks?.record({
			key: titleKey(meta.serverId, episode.ratingKey),
			title: episodeTitle(episode),
			show: show.title,
			year: episode.year,
			source: this.sourceLabel,
			at: this.#now()
		});
	}

	/** "Not tonight" / "Never suggest" for the current pick; the next pick comes from the rest. */
	async excludeCurrent(kind: 'not-tonight' | 'never'): Promise<void> {
		const picks = this.#picks;
		const item = this.current;
		const meta = this.meta;
		if (!picks || !item || !meta) return;
		const entry = { key: titleKey(meta.serverId, item.ratingKey), title: item.title, year: item.year };
		await (kind === 'never' ? picks.never(entry) : picks.notTonight(entry));
		this.current = null;
		this.episode = null;
	}

	/** Loads the collections of this library and the server's playlists (for the Source menu). */
	async loadLists(): Promise<void> {
		const meta = this.meta;
		if (!meta || !this.#onDemand || meta.source !== 'plex') return;
		const result = await this.#onDemand.lists(meta);
		if (this.meta !== meta) return;
		if (result.ok) {
			this.lists = result.value;
			this.listsMessage = null;
		} else {
			this.listsMessage = result.error.message;
		}
	}

	/** Picks from a collection or playlist (null: the whole library). */
	async chooseSource(source: ListSource | null): Promise<void> {
		this.source = source;
		this.sourceKeys = null;
		this.sourceMessage = null;
		this.current = null;
		this.episode = null;
		const meta = this.meta;
		if (!source || !meta || !this.#onDemand) return;
		const result = await this.#onDemand.members(meta, source);
		if (this.source !== source) return;
		if (result.ok) {
			// replaced as a whole ($state.raw), never mutated: no SvelteSet needed
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.sourceKeys = new Set(result.value);
			const inLibrary = this.items.filter((i) => this.sourceKeys?.has(i.ratingKey)).length;
			this.sourceMessage =
				inLibrary < result.value.length ? `${result.value.length - inLibrary} of its ${result.value.length} titles are in other libraries and are left out.` : null;
		} else {
			this.sourceMessage = result.error.message;
		}
	}

	/** Opens another saved library for picking. */
	async open(id: string): Promise<void> {
		try {
			const record = await this.#deps.cache.load(id);
			if (record) this.#open(record);
		} catch (error) {
			this.error = toAppError(error);
		}
	}

	/**
	 * A library was saved (by a sync) or removed: refresh the list, and show the new copy if it is
	 * the one open (keeping the filters, source and pick), or open it if nothing is.
	 */
	async libraryChanged(record?: LibraryRecord, removedId?: string): Promise<void> {
		try {
			this.cached = await this.#deps.cache.list();
		} catch (error) {
			this.error = toAppError(error);
		}
		if (record && this.library?.meta.id === record.meta.id) {
			const keepPick = this.current;
			this.library = record;
			this.current = keepPick ? (record.items.find((i) => i.ratingKey === keepPick.ratingKey) ?? null) : null;
			if (!this.current) this.episode = null;
		} else if (record && !this.library) {
			this.#open(record);
		} else if (removedId && this.library?.meta.id === removedId) {
			this.library = null;
			this.current = null;
			await this.start();
		}
	}

	/** Removes every saved library from Plex servers (after sign-out); the demo library stays. */
	async removePlexLibraries(): Promise<void> {
		try {
			for (const meta of this.cached) if (meta.source === 'plex') await this.#deps.cache.remove(meta.id);
			this.cached = await this.#deps.cache.list();
			if (this.library && this.library.meta.source === 'plex') {
				this.library = null;
				this.current = null;
				await this.start();
			}
		} catch (error) {
			this.error = toAppError(error);
		}
	}

	resetFilters(): void {
		this.filters = structuredClone(NO_FILTERS);
	}

	dismissError(): void {
		this.error = null;
	}

	#open(record: LibraryRecord): void {
		this.library = record;
		this.current = null;
		this.episode = null;
		this.recent = [];
		this.source = null;
		this.sourceKeys = null;
		this.sourceMessage = null;
		this.lists = null;
		this.listsMessage = null;
		this.status = 'ready';
		this.#deps.prefs?.setItem(ACTIVE_LIBRARY, record.meta.id);
	}
}

/** "S2 · E5 · Title" for an episode. */
export function episodeTitle(e: LibraryItem): string {
	const where = [e.season !== undefined ? `S${e.season}` : '', e.episode !== undefined ? `E${e.episode}` : ''].filter(Boolean).join(' · ');
	return where ? `${where} · ${e.title}` : e.title;
}

function toAppError(error: unknown): AppError {
	return error instanceof AppError ? error : new AppError('unknown', 'Something went wrong. Reload the page and try again.', { cause: error });
}
