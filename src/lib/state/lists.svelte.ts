import type { LibraryMeta, LibraryRecord } from '../library/types.ts';
import type { ListSource, OnDemand, SourceLists } from '../picks/on-demand.ts';
import { countWatchlist, watchlistKeys, type SavedCopy } from '../picks/watchlist.ts';
import type { WatchlistLoad, WatchlistSource } from '../picks/watchlist-source.ts';
import { watchlistCaveats, watchlistProblem, watchlistSavedAt, watchlistSummary } from '../picks/watchlist-words.ts';
import type { LibraryState } from './library.svelte.ts';
import { PerOpen } from './per-open.svelte.ts';
import { t } from '../i18n/i18n.ts';

/** What the screen says about the Watchlist source: where its titles are, and any problem reading it. */
export interface WatchlistView {
	/** "12 of 20 Watchlist titles are on … · 5 not on any of your servers." (absent when there is no Watchlist to count) */
	summary?: string;
	/** Why Plex could not be asked now, and what still works; or when the saved copy is from. */
	problem?: string;
	notes: string[];
}

interface Lists {
	/** Picking from a collection or playlist instead of the whole library. */
	source: ListSource | null;
	/** The ratingKeys of `source`, once loaded. */
	keys: ReadonlySet<string> | null;
	message: string | null;
	/** Collections of this library and the server's playlists, when asked for. */
	lists: SourceLists | null;
	listsMessage: string | null;
	/** With the Watchlist as source: its counts and problems, once read. */
	watchlist: WatchlistView | null;
	/** The Watchlist as last read (from Plex or this device), to count again after a sync without asking Plex. */
	loaded: Extract<WatchlistLoad, { ok: true }> | null;
}

const blank = (): Lists => ({ source: null, keys: null, message: null, lists: null, listsMessage: null, watchlist: null, loaded: null });

/** The Watchlist as a Source (one per account: it is not a list of the server). */
export const WATCHLIST_SOURCE: ListSource = { kind: 'watchlist', key: 'watchlist', title: 'Watchlist' };

/**
 * Where picks come from within the open library: all of it, or one of its collections or the
 * server's playlists (fetched on demand). Starts afresh with each opened library.
 */
export class ListState {
	readonly #library: LibraryState;
	readonly #onDemand: OnDemand | undefined;
	readonly #watchlist: WatchlistSource | undefined;
	readonly #state: PerOpen<Lists>;

	/** A collection or playlist belongs to the open library: then the other libraries sit out. */
	readonly items = $derived.by(() => (this.source ? (this.#library.library?.items ?? []) : this.#library.items));

	constructor(deps: { library: LibraryState; onDemand?: OnDemand; watchlist?: WatchlistSource }) {
		this.#library = deps.library;
		this.#onDemand = deps.onDemand;
		this.#watchlist = deps.watchlist;
		this.#state = new PerOpen(() => deps.library.opened, blank);
	}

	get source(): ListSource | null {
		return this.#state.current.source;
	}
	get keys(): ReadonlySet<string> | null {
		return this.#state.current.keys;
	}
	/** What to tell about the chosen list (some of it is elsewhere, or it could not be loaded). */
	get message(): string | null {
		return this.#state.current.message;
	}
	get lists(): SourceLists | null {
		return this.#state.current.lists;
	}
	get listsMessage(): string | null {
		return this.#state.current.listsMessage;
	}
	get watchlist(): WatchlistView | null {
		return this.#state.current.watchlist;
	}

	/** Where a title of `meta` came from, in words. */
	labelOf(meta: LibraryMeta): string {
		const source = this.source;
		if (source?.kind === 'watchlist' && meta.id === this.#library.meta?.id) return t('picker_label_watchlist', { library: meta.title, server: meta.serverName });
		if (source && meta.id === this.#library.meta?.id)
			return t(source.kind === 'collection' ? 'picker_label_collection' : 'picker_label_playlist', { title: source.title, server: meta.serverName });
		return t('picker_label_library', { library: meta.title, server: meta.serverName });
	}

	/** Loads the collections of this library and the server's playlists (for the Source menu). */
	async loadLists(): Promise<void> {
		const meta = this.#library.meta;
		if (!meta || !this.#onDemand || meta.source !== 'plex') return;
		const result = await this.#onDemand.lists(meta);
		if (this.#library.meta !== meta) return;
		if (result.ok) this.#state.update({ lists: result.value, listsMessage: null });
		else this.#state.update({ listsMessage: result.error.message });
	}

	/** Picks from a collection, a playlist or the Watchlist (null: the whole library). */
	async choose(source: ListSource | null): Promise<void> {
		this.#state.update({ source, keys: null, message: null, watchlist: null, loaded: null });
		if (source?.kind === 'watchlist') return this.#chooseWatchlist(source);
		const meta = this.#library.meta;
		if (!source || !meta || !this.#onDemand) return;
		const result = await this.#onDemand.members(meta, source);
		if (this.source !== source) return;
		if (result.ok) {
			// replaced as a whole, never mutated: no SvelteSet needed
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const keys = new Set(result.value);
			const inLibrary = this.items.filter((i) => keys.has(i.ratingKey)).length;
			const message = inLibrary < result.value.length ? t('picker_list_elsewhere', { left: result.value.length - inLibrary, total: result.value.length }) : null;
			this.#state.update({ keys, message });
		} else {
			this.#state.update({ message: result.error.message });
		}
	}

	/** Reads the Watchlist again (e.g. back online) when it is the source. */
	async refreshWatchlist(): Promise<void> {
		const source = this.source;
		if (source?.kind === 'watchlist') await this.#chooseWatchlist(source);
	}

	/**
	 * The Watchlist as source: its titles that are in the open library (matched by plex:// guid),
	 * and where the others are. Read from Plex when it can be, else the copy saved last time.
	 */
	async #chooseWatchlist(source: ListSource): Promise<void> {
		const record = this.#library.library;
		if (!record || !this.#watchlist) return;
		const result = await this.#watchlist.load();
		if (this.source !== source || this.#library.library?.meta.id !== record.meta.id) return;
		if (!result.ok) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced as a whole, never mutated
			this.#state.update({ keys: new Set(), watchlist: { problem: watchlistProblem(result.problem, undefined), notes: [] } });
			return;
		}
		await this.#match(source, result);
	}

	/**
	 * The open library changed (a sync saved a new copy, e.g. one that now keeps guids): the
	 * Watchlist read last is matched and counted again, without asking Plex.
	 */
	async recount(): Promise<void> {
		const { source, loaded } = this.#state.current;
		if (source?.kind === 'watchlist' && loaded) await this.#match(source, loaded);
	}

	async #match(source: ListSource, loaded: Extract<WatchlistLoad, { ok: true }>): Promise<void> {
		const record = this.#library.library;
		if (!record) return;
		// Opened from the pick index, which holds no guids: matched once the full copy is read
		// (the picking screen calls recount() when the open library changes).
		if (this.#library.partial) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced as a whole, never mutated
			this.#state.update({ loaded, keys: new Set(), watchlist: null });
			return;
		}
		const copies = await this.#savedCopies(record);
		if (this.source !== source || this.#library.library !== record) return;
		const counts = countWatchlist(loaded.entries, record.meta.serverId, copies, record);
		const problem = loaded.problem ? watchlistProblem(loaded.problem, loaded.fetchedAt) : loaded.saved ? watchlistSavedAt(loaded.fetchedAt) : undefined;
		this.#state.update({
			loaded,
			keys: watchlistKeys(loaded.entries, record.items),
			watchlist: { summary: watchlistSummary(counts, record.meta.serverName, loaded.member), problem, notes: watchlistCaveats(counts) }
		});
	}

	/** Every saved Plex library (the open ones as they are, the others read from this device). */
	async #savedCopies(open: LibraryRecord): Promise<SavedCopy[]> {
		// a lookup built and read here, not state
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const held = new Map([...this.#library.records, open].map((r) => [r.meta.id, r]));
		const copies = await Promise.all(
			this.#library.cached.filter((m) => m.source === 'plex').map(async (m) => held.get(m.id) ?? (await this.#library.read(m.id).catch(() => undefined)))
		);
		const found = copies.filter((c): c is LibraryRecord => c !== undefined);
		if (!found.some((c) => c.meta.id === open.meta.id)) found.push(open);
		return found;
	}
}
