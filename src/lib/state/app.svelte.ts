import { AppError } from '../errors.ts';
import type { LibraryCache } from '../cache/library-cache.ts';
import type { LibraryItem, LibraryMeta, LibraryRecord } from '../library/types.ts';
import { activeFilterNames, applyFilters, facetsOf, NO_FILTERS, type Filters } from '../picker/filters.ts';
import { cryptoRng, pickOne, type Rng } from '../picker/pick.ts';

export interface AppDeps {
	cache: LibraryCache;
	rng?: Rng;
	now?: () => number;
	/** Where the active library's id is remembered (localStorage in the browser). */
	prefs?: Pick<Storage, 'getItem' | 'setItem'>;
}

const ACTIVE_LIBRARY = 'plexpicker:active-library';
/** How many recent picks are held back before anything repeats. */
export const NO_REPEAT_WINDOW = 20;

export type AppStatus = 'starting' | 'empty' | 'loading' | 'ready';

/** The app's state: which library is open, the filters, the current pick. Components read it. */
export class AppState {
	status = $state<AppStatus>('starting');
	error = $state<AppError | null>(null);
	library = $state.raw<LibraryRecord | null>(null);
	filters = $state<Filters>(structuredClone(NO_FILTERS));
	current = $state.raw<LibraryItem | null>(null);
	recent = $state.raw<string[]>([]);
	/** Every library saved on this device (newest sync first). */
	cached = $state.raw<LibraryMeta[]>([]);

	readonly items = $derived(this.library?.items ?? []);
	readonly matching = $derived(applyFilters(this.items, this.filters));
	readonly facets = $derived(facetsOf(this.items));
	readonly activeFilters = $derived(activeFilterNames(this.filters));
	readonly kind = $derived(this.library?.meta.type === 'show' ? 'episode' : 'movie');

	readonly #deps: Required<Omit<AppDeps, 'prefs'>> & Pick<AppDeps, 'prefs'>;

	constructor(deps: AppDeps) {
		this.#deps = { rng: cryptoRng, now: () => Date.now(), ...deps };
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

	pick(): LibraryItem | undefined {
		const choice = pickOne(this.matching, this.#deps.rng, this.recent);
		if (!choice) return undefined;
		this.current = choice;
		this.recent = [choice.ratingKey, ...this.recent.filter((k) => k !== choice.ratingKey)].slice(0, NO_REPEAT_WINDOW);
		return choice;
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
	 * the one open (keeping the filters), or open it if nothing is.
	 */
	async libraryChanged(record?: LibraryRecord, removedId?: string): Promise<void> {
		try {
			this.cached = await this.#deps.cache.list();
		} catch (error) {
			this.error = toAppError(error);
		}
		if (record && (!this.library || this.library.meta.id === record.meta.id)) {
			const keepPick = this.library?.meta.id === record.meta.id ? this.current : null;
			this.#open(record);
			if (keepPick && record.items.some((i) => i.ratingKey === keepPick.ratingKey)) this.current = keepPick;
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
		this.recent = [];
		this.status = 'ready';
		this.#deps.prefs?.setItem(ACTIVE_LIBRARY, record.meta.id);
	}
}

function toAppError(error: unknown): AppError {
	return error instanceof AppError ? error : new AppError('unknown', 'Something went wrong. Reload the page and try again.', { cause: error });
}
