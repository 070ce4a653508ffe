import { untrack } from 'svelte';
import { asAppError, type AppError } from '../errors.ts';
import { t } from '../i18n/i18n.ts';
import type { LibraryCache } from '../cache/library-cache.ts';
import type { LibraryItem, LibraryMeta, LibraryRecord } from '../library/types.ts';
import { json, Persisted, text, type SettingStore } from './persisted.svelte.ts';
import type { LibraryControl } from './library-changes.ts';

export interface LibraryDeps {
	cache: LibraryCache;
	/** The clock (ms), for the demo library's "synced at". */
	now?: () => number;
	/** Where the open library's id and its companions are remembered (localStorage in the browser). */
	prefs?: SettingStore;
}

export type LibraryStatus = 'starting' | 'empty' | 'loading' | 'ready';

/** Words for a failure nothing more is known about (a function: messages load after this module). */
const failed = () => t('core_something_wrong');
/** Opening another library, syncs and removals: loaded by the screens that make them (library-changes.ts). */
const changes = () => import('./library-changes.ts');
const ids = json((raw) => (Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : []));

/**
 * The libraries open for picking: one saved library, and more of the same kind picked from
 * together with it. Knows every library saved on this device. Picking itself (filters, the pick)
 * lives in the picking screen's state (picking.svelte.ts).
 */
export class LibraryState {
	status = $state<LibraryStatus>('starting');
	error = $state<AppError | null>(null);
	library = $state.raw<LibraryRecord | null>(null);
	/** More saved libraries of the same kind picked from together with `library`. */
	also = $state.raw<LibraryRecord[]>([]);
	/** Every library saved on this device (newest sync first). */
	cached = $state.raw<LibraryMeta[]>([]);
	/** Counts the libraries opened: what belonged to the previous one (its pick, its list) starts afresh. */
	opened = $state(0);

	readonly meta = $derived(this.library?.meta ?? null);
	readonly records = $derived(this.library ? [this.library, ...this.also] : []);
	readonly items = $derived(this.records.length === 1 ? (this.records[0] as LibraryRecord).items : this.records.flatMap((r) => r.items));
	readonly kind = $derived(this.library?.meta.type === 'show' ? 'episode' : 'movie');
	/** Other saved libraries that could join the open one (same kind: movies with movies, TV with TV). */
	readonly joinable = $derived(this.cached.filter((m) => this.meta && m.id !== this.meta.id && m.type === this.meta.type));
	/** Which library each item came from, when picking from more than one. */
	readonly #origin = $derived.by(() => {
		const origin = new WeakMap<LibraryItem, LibraryMeta>();
		if (this.records.length > 1) for (const r of this.records) for (const item of r.items) origin.set(item, r.meta);
		return origin;
	});

	readonly #cache: LibraryCache;
	/** Records read from a pick index, not yet replaced by their full copy. */
	readonly #partial = new WeakSet<LibraryRecord>();
	readonly #now: () => number;
	readonly #active: Persisted<string>;
	readonly #alsoIds: Persisted<string[]>;
	/** What the changes after the first open (library-changes.ts) may do besides the public fields. */
	readonly #control: LibraryControl;

	constructor(deps: LibraryDeps) {
		this.#cache = deps.cache;
		this.#now = deps.now ?? (() => Date.now());
		this.#active = new Persisted('plexpicker:active-library', '', { storage: deps.prefs, codec: text });
		this.#alsoIds = new Persisted('plexpicker:also-libraries', [], { storage: deps.prefs, codec: ids });
		this.#control = {
			cache: this.#cache,
			open: (record) => this.#open(record),
			keepAlso: (ids) => (this.#alsoIds.current = ids),
			fail: (error) => (this.error = asAppError(error, failed()))
		};
	}

	/** The library an item (of the open ones) belongs to. */
	metaOf(item: LibraryItem): LibraryMeta {
		return this.#origin.get(item) ?? (this.meta as LibraryMeta);
	}

	/** Opens the library used last time (or the newest cached one), from this device only. */
	async start(): Promise<void> {
		try {
			const wanted = this.#active.current;
			const metas = await this.#cache.list();
			performance.mark('pp:list');
			this.cached = metas;
			const meta = metas.find((m) => m.id === wanted) ?? metas[0];
			// Its pick index first (a first pick needs nothing else); the full copy after (completeOpen).
			const quick = meta ? await this.#cache.loadQuick(meta.id) : undefined;
			const record = quick ?? (meta ? await this.#cache.load(meta.id) : undefined);
			// User Timing marks: where an open's time goes (bench/open.ts prints them with OPEN_MARKS=1).
			performance.mark(quick ? 'pp:loaded-index' : 'pp:loaded');
			if (quick) this.#partial.add(quick);
			else if (record) void this.#cache.writePickIndex(record.meta.id).catch(() => undefined);
			if (record) {
				this.#open(record);
				performance.mark('pp:opened');
				await this.#restoreAlso(metas, record.meta);
			} else this.status = 'empty';
		} catch (error) {
			this.error = asAppError(error, failed());
			this.status = 'empty';
		}
	}

	/**
	 * The open library read from its pick index only (no summaries, poster paths or guids yet):
	 * true until completeOpen puts the full copy in its place.
	 */
	get partial(): boolean {
		return !!this.library && this.#partial.has(this.library);
	}

	/**
	 * Opened from its pick index: reads the full copy (summaries, poster paths) and puts it in its
	 * place, unless something else was opened or synced meanwhile. The layout calls it once the pick
	 * button is enabled; a pick made before shows its summary and poster when it lands (PickSession
	 * follows the same title into the new copy).
	 */
	async completeOpen(): Promise<void> {
		const partial = this.library;
		if (!partial || !this.#partial.has(partial)) return;
		try {
			const full = await this.#cache.load(partial.meta.id);
			if (full && this.library === partial) this.library = full;
		} catch (error) {
			this.error = asAppError(error, failed());
		}
	}

	async #restoreAlso(metas: LibraryMeta[], primary: LibraryMeta): Promise<void> {
		const wantedIds = this.#alsoIds.current;
		const wanted = metas.filter((m) => wantedIds.includes(m.id) && m.id !== primary.id && m.type === primary.type);
		const records = await Promise.all(wanted.map((m) => this.#cache.load(m.id)));
		if (this.library?.meta.id === primary.id) this.also = records.filter((r): r is LibraryRecord => !!r);
	}

	/** Adds a saved library to the ones picked from together, or takes it out again. */
	async toggleAlso(id: string): Promise<void> {
		await (await changes()).toggleAlso(this, this.#control, id);
	}

	/** Puts the bundled demo library into the cache (like a sync would) and opens it. */
	async loadDemo(): Promise<void> {
		this.status = 'loading';
		this.error = null;
		// Loaded on demand: people with a real library never download the demo generator.
		const { buildDemoLibrary } = await import('../demo/library.ts');
		const record = buildDemoLibrary(this.#now());
		try {
			await this.#cache.save(record);
			this.cached = await this.#cache.list();
		} catch (error) {
			// Storage refused: the demo still works for this visit, it just won't be there offline.
			this.error = asAppError(error, failed());
		}
		this.#open(record);
	}

	/** Reads a saved library without opening it (e.g. to count Watchlist titles on every server). */
	read(id: string): Promise<LibraryRecord | undefined> {
		return this.#cache.load(id);
	}

	/** Opens another saved library for picking. */
	async open(id: string): Promise<void> {
		await (await changes()).open(this.#control, id);
	}

	/**
	 * A library was saved (by a sync) or removed: refresh the list, and show the new copy if it is
	 * open (the pick follows it: see PickSession.current), or open it if nothing is.
	 */
	async libraryChanged(record?: LibraryRecord, removedId?: string): Promise<void> {
		await (await changes()).libraryChanged(this, this.#control, record, removedId);
	}

	/** Removes every saved library from Plex servers (after sign-out); the demo library stays. */
	async removePlexLibraries(): Promise<void> {
		await (await changes()).removePlexLibraries(this, this.#control);
	}

	dismissError(): void {
		this.error = null;
	}

	#open(record: LibraryRecord): void {
		if (this.library?.meta.id !== record.meta.id) this.also = this.also.filter((r) => r.meta.type === record.meta.type && r.meta.id !== record.meta.id);
		this.library = record;
		this.opened = untrack(() => this.opened) + 1;
		this.status = 'ready';
		this.#active.current = record.meta.id;
	}
}
