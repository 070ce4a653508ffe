import type { LibraryMeta } from '../library/types.ts';
import type { ListSource, OnDemand, SourceLists } from '../picks/on-demand.ts';
import type { LibraryState } from './library.svelte.ts';
import { PerOpen } from './per-open.svelte.ts';

interface Lists {
	/** Picking from a collection or playlist instead of the whole library. */
	source: ListSource | null;
	/** The ratingKeys of `source`, once loaded. */
	keys: ReadonlySet<string> | null;
	message: string | null;
	/** Collections of this library and the server's playlists, when asked for. */
	lists: SourceLists | null;
	listsMessage: string | null;
}

const blank = (): Lists => ({ source: null, keys: null, message: null, lists: null, listsMessage: null });

/**
 * Where picks come from within the open library: all of it, or one of its collections or the
 * server's playlists (fetched on demand). Starts afresh with each opened library.
 */
export class ListState {
	readonly #library: LibraryState;
	readonly #onDemand: OnDemand | undefined;
	readonly #state: PerOpen<Lists>;

	/** A collection or playlist belongs to the open library: then the other libraries sit out. */
	readonly items = $derived.by(() => (this.source ? (this.#library.library?.items ?? []) : this.#library.items));

	constructor(deps: { library: LibraryState; onDemand?: OnDemand }) {
		this.#library = deps.library;
		this.#onDemand = deps.onDemand;
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

	/** Where a title of `meta` came from, in words. */
	labelOf(meta: LibraryMeta): string {
		const source = this.source;
		if (source && meta.id === this.#library.meta?.id) return `${source.kind === 'collection' ? 'Collection' : 'Playlist'} “${source.title}” · ${meta.serverName}`;
		return `${meta.title} · ${meta.serverName}`;
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

	/** Picks from a collection or playlist (null: the whole library). */
	async choose(source: ListSource | null): Promise<void> {
		this.#state.update({ source, keys: null, message: null });
		const meta = this.#library.meta;
		if (!source || !meta || !this.#onDemand) return;
		const result = await this.#onDemand.members(meta, source);
		if (this.source !== source) return;
		if (result.ok) {
			// replaced as a whole, never mutated: no SvelteSet needed
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const keys = new Set(result.value);
			const inLibrary = this.items.filter((i) => keys.has(i.ratingKey)).length;
			const message = inLibrary < result.value.length ? `${result.value.length - inLibrary} of its ${result.value.length} titles are in other libraries and are left out.` : null;
			this.#state.update({ keys, message });
		} else {
			this.#state.update({ message: result.error.message });
		}
	}
}
