import { AppError } from '../errors.ts';
import type { LibraryCache } from '../cache/library-cache.ts';
import { isWatched, type LibraryItem, type LibraryMeta, type LibraryRecord } from '../library/types.ts';
import { applyFilters, NO_FILTERS, sanitizeFilters, type Filters } from '../picker/filters.ts';
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
const ALSO = 'plexpicker:also-libraries';
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
	/** More saved libraries of the same kind picked from together with `library`. */
	also = $state.raw<LibraryRecord[]>([]);
	/** The library the current pick came from. */
	currentMeta = $state.raw<LibraryMeta | null>(null);
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

	readonly meta = $derived(this.library?.meta ?? null);
	/** A collection or playlist belongs to the open library: then the other libraries sit out. */
	readonly records = $derived(this.library ? (this.source ? [this.library] : [this.library, ...this.also]) : []);
	readonly items = $derived(this.records.length === 1 ? (this.records[0] as LibraryRecord).items : this.records.flatMap((r) => r.items));
	/** Which library each item came from, when picking from more than one. */
	readonly #origin = $derived.by(() => {
		const origin = new WeakMap<LibraryItem, LibraryMeta>();
		if (this.records.length > 1) for (const r of this.records) for (const item of r.items) origin.set(item, r.meta);
		return origin;
	});
	/** Other saved libraries that could join the open one (same kind: movies with movies, TV with TV). */
	readonly joinable = $derived(this.cached.filter((m) => this.meta && m.id !== this.meta.id && m.type === this.meta.type));
	/** The titles picks come from: the library or the chosen list, without excluded titles. */
	readonly pool = $derived.by(() => {
		const excluded = this.#picks?.excluded;
		const keys = this.source ? this.sourceKeys : null;
		if (this.source && !keys) return [];
		if (!keys && (!excluded || excluded.size === 0)) return this.items;
		return this.items.filter((item) => (!keys || keys.has(item.ratingKey)) && !excluded?.has(titleKey(this.metaOf(item).serverId, item.ratingKey)));
	});
	readonly matching = $derived(applyFilters(this.pool, this.filters, { now: this.#now() }));
	readonly kind = $derived(this.library?.meta.type === 'show' ? 'episode' : 'movie');
	/** Where the current pick came from, in words. */
	readonly sourceLabel = $derived(this.currentMeta ? this.labelOf(this.currentMeta) : '');

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

	/** The clock (ms), as filters see it. */
	now(): number {
		return this.#deps.now();
	}

	#now(): number {
		return this.#deps.now();
	}

	/** The library an item (of the pool) belongs to. */
	metaOf(item: LibraryItem): LibraryMeta {
		return this.#origin.get(item) ?? (this.meta as LibraryMeta);
	}

	labelOf(meta: LibraryMeta): string {
		if (this.source && meta.id === this.meta?.id) return `${this.source.kind === 'collection' ? 'Collection' : 'Playlist'} “${this.source.title}” · ${meta.serverName}`;
		return `${meta.title} · ${meta.serverName}`;
	}

	/** Adds a saved library to the ones picked from together, or takes it out again. */
	async toggleAlso(id: string): Promise<void> {
		if (this.also.some((r) => r.meta.id === id)) {
			this.also = this.also.filter((r) => r.meta.id !== id);
		} else {
			try {
				const record = await this.#deps.cache.load(id);
				if (record && this.meta && record.meta.type === this.meta.type && record.meta.id !== this.meta.id) this.also = [...this.also, record];
			} catch (error) {
				this.error = toAppError(error);
			}
		}
		this.current = null;
		this.episode = null;
		this.#deps.prefs?.setItem(ALSO, JSON.stringify(this.also.map((r) => r.meta.id)));
	}

	/** Opens the library used last time (or the newest cached one), from this device only. */
	async start(): Promise<void> {
		try {
			const wanted = this.#deps.prefs?.getItem(ACTIVE_LIBRARY) ?? undefined;
			const metas = await this.#deps.cache.list();
			this.cached = metas;
			const meta = metas.find((m) => m.id === wanted) ?? metas[0];
			const record = meta ? await this.#deps.cache.load(meta.id) : undefined;
			if (record) {
				this.#open(record);
				await this.#restoreAlso(metas, record.meta);
			} else this.status = 'empty';
		} catch (error) {
			this.error = toAppError(error);
			this.status = 'empty';
		}
	}

	async #restoreAlso(metas: LibraryMeta[], primary: LibraryMeta): Promise<void> {
		let ids: unknown;
		try {
			ids = JSON.parse(this.#deps.prefs?.getItem(ALSO) ?? '[]');
		} catch {
			return;
		}
		if (!Array.isArray(ids)) return;
		const wanted = metas.filter((m) => ids.includes(m.id) && m.id !== primary.id && m.type === primary.type);
		const records = await Promise.all(wanted.map((m) => this.#deps.cache.load(m.id)));
		if (this.library?.meta.id === primary.id) this.also = records.filter((r): r is LibraryRecord => !!r);
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
		if (!this.meta) return undefined;
		this.#picks?.refresh();
		const keyOf = (item: LibraryItem) => titleKey(this.metaOf(item).serverId, item.ratingKey);
		const choice = pickOne(this.matching, this.#deps.rng, this.recent, keyOf);
		if (!choice) return undefined;
		const meta = this.metaOf(choice);
		this.current = choice;
		this.currentMeta = meta;
		this.episode = null;
		const key = keyOf(choice);
		this.recent = [key, ...this.recent.filter((k) => k !== key)].slice(0, NO_REPEAT_WINDOW);
		if (choice.type === 'show') void this.#pickEpisode(meta, choice);
		else void this.#picks?.record({ key, title: choice.title, year: choice.year, source: this.sourceLabel, at: this.#now() });
		return choice;
	}

	/** Another episode of the same show. */
	async pickEpisodeAgain(): Promise<void> {
		if (this.currentMeta && this.current?.type === 'show') await this.#pickEpisode(this.currentMeta, this.current);
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
		const meta = this.currentMeta;
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
		if (record && this.also.some((r) => r.meta.id === record.meta.id)) {
			this.also = this.also.map((r) => (r.meta.id === record.meta.id ? record : r));
		} else if (removedId && this.also.some((r) => r.meta.id === removedId)) {
			this.also = this.also.filter((r) => r.meta.id !== removedId);
		} else if (record && this.library?.meta.id === record.meta.id) {
			const keepPick = this.current;
			this.library = record;
			if (keepPick && this.currentMeta?.id === record.meta.id) {
				this.current = record.items.find((i) => i.ratingKey === keepPick.ratingKey) ?? null;
				if (!this.current) this.episode = null;
			}
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
			this.also = this.also.filter((r) => r.meta.source !== 'plex');
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
		if (this.library?.meta.id !== record.meta.id) this.also = this.also.filter((r) => r.meta.type === record.meta.type && r.meta.id !== record.meta.id);
		this.library = record;
		this.current = null;
		this.currentMeta = null;
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
