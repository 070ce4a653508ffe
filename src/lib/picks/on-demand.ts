import { AppError } from '../errors.ts';
import type { ExtrasStore } from '../cache/extras-store.ts';
import type { PlexClient } from '../plex/client.ts';
import {
	getCollectionItems,
	getCollections,
	getEpisodes,
	getPlaylistItems,
	getPlaylists,
	type Collection,
	type Playlist,
	type ServerTarget
} from '../plex/on-demand.ts';
import { toLibraryItem } from '../library/normalize.ts';
import type { LibraryItem, LibraryMeta } from '../library/types.ts';
import { t } from '../i18n/i18n.ts';

/** A collection or playlist of the server, or the account's Watchlist, picked from instead of the whole library. */
export interface ListSource {
	kind: 'collection' | 'playlist' | 'watchlist';
	key: string;
	title: string;
}

export interface SourceLists {
	collections: Collection[];
	playlists: Playlist[];
}

export type Fetched<T> =
	| { ok: true; value: T; /** From the saved copy because the server could not be asked. */ saved: boolean; fetchedAt: number }
	| { ok: false; error: AppError };

export interface OnDemandDeps {
	client: PlexClient;
	store: ExtrasStore;
	/** The verified connection and token of that server, when connected to it now. */
	target: (serverId: string) => ServerTarget | undefined;
	now?: () => number;
}

/**
 * Loads what picking needs beyond the synced library, the network first when the server is
 * connected (fresh watch state), else the copy saved last time, so it all works offline once seen.
 */
export class OnDemand {
	readonly #deps: OnDemandDeps;

	constructor(deps: OnDemandDeps) {
		this.#deps = deps;
	}

	episodes(meta: LibraryMeta, show: LibraryItem): Promise<Fetched<LibraryItem[]>> {
		return this.#load(
			meta.serverId,
			`episodes:${meta.serverId}:${show.ratingKey}`,
			async (to) => (await getEpisodes(this.#deps.client, to, show.ratingKey)).map(toLibraryItem),
			() => t('picker_episodes_not_saved', { show: show.title, server: meta.serverName })
		);
	}

	/** The collections of the library and the server's video playlists. */
	lists(meta: LibraryMeta): Promise<Fetched<SourceLists>> {
		return this.#load(
			meta.serverId,
			`sources:${meta.serverId}:${meta.sectionKey}`,
			async (to) => {
				const [collections, playlists] = await Promise.all([
					getCollections(this.#deps.client, to, meta.sectionKey),
					getPlaylists(this.#deps.client, to)
				]);
				return { collections, playlists };
			},
			() => t('picker_lists_need_connection', { server: meta.serverName })
		);
	}

	/** The ratingKeys in a collection or playlist. */
	members(meta: LibraryMeta, source: ListSource): Promise<Fetched<string[]>> {
		return this.#load(
			meta.serverId,
			`members:${meta.serverId}:${source.kind}:${source.key}`,
			async (to) => {
				const get = source.kind === 'collection' ? getCollectionItems : getPlaylistItems;
				return (await get(this.#deps.client, to, source.key)).map((m) => m.ratingKey);
			},
			() => t('picker_list_not_saved', { title: source.title, server: meta.serverName })
		);
	}

	/** `missing`: what to say when neither the server nor this device has it (worded only then, in the app's language). */
	async #load<T>(serverId: string, key: string, fetch: (to: ServerTarget) => Promise<T>, missing: () => string): Promise<Fetched<T>> {
		const now = this.#deps.now?.() ?? Date.now();
		const to = serverId === 'demo' ? undefined : this.#deps.target(serverId);
		let failure: AppError | undefined;
		if (to) {
			try {
				const value = await fetch(to);
				// Saving is a bonus: a full disk must not cost the person their pick.
				await this.#deps.store.put(key, value, now).catch(() => undefined);
				return { ok: true, value, saved: false, fetchedAt: now };
			} catch (error) {
				failure = error instanceof AppError ? error : new AppError('unknown', t('picker_server_unexpected'), { cause: error });
			}
		}
		const stored = await this.#deps.store.get<T>(key).catch(() => undefined);
		if (stored) return { ok: true, value: stored.value, saved: true, fetchedAt: stored.fetchedAt };
		return { ok: false, error: failure ?? new AppError('offline', missing()) };
	}
}
