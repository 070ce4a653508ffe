import type { PosterStore } from '../cache/posters.ts';
import type { PlexClient } from '../plex/client.ts';
import { posterUrl } from '../plex/photo.ts';
import type { LibraryItem, LibraryMeta, LibraryRecord } from '../library/types.ts';
import { posterKey } from '../sync/poster-key.ts';
import type { ServerState } from './servers.svelte.ts';

export interface PosterDeps {
	/** The poster store, made on first use (its code is not part of the first page load). */
	store: () => Promise<PosterStore>;
	client: PlexClient;
	servers: ServerState;
	createObjectURL?: (blob: Blob) => string;
	revokeObjectURL?: (url: string) => void;
}

/** Posters of real libraries: the offline copies, their budget, and the current pick's image. */
export class PosterState {
	usage = $state.raw<{ bytes: number; count: number; budget: number } | null>(null);
	/** Background download of a library's posters. */
	progress = $state.raw<{ libraryId: string; done: number; total: number } | null>(null);
	/** Image for the current pick: the offline copy, else the server's (online only). */
	pickSrc = $state<string | undefined>(undefined);

	#objectUrl: string | undefined;
	#abort: AbortController | null = null;
	readonly #deps: Required<PosterDeps>;
	#store: Promise<PosterStore> | undefined;

	constructor(deps: PosterDeps) {
		this.#deps = {
			createObjectURL: (blob) => URL.createObjectURL(blob),
			revokeObjectURL: (url) => URL.revokeObjectURL(url),
			...deps
		};
	}

	#posters(): Promise<PosterStore> {
		this.#store ??= this.#deps.store();
		return this.#store;
	}

	async refreshUsage(): Promise<void> {
		try {
			this.usage = await (await this.#posters()).usage();
		} catch {
			this.usage = null; // storage unavailable: the posters simply load from the server
		}
	}

	/** After a sync: fetch the library's posters in the background (not awaited by callers). */
	async prefetch(record: LibraryRecord): Promise<void> {
		const connection = this.#deps.servers.connection;
		const token = this.#deps.servers.tokenFor(record.meta.serverId);
		if (record.meta.source !== 'plex' || !connection || connection.machineId !== record.meta.serverId || !token) return;
		this.#abort?.abort();
		const abort = new AbortController();
		this.#abort = abort;
		try {
			// Loaded when first needed, like the sync itself.
			const { cachePosters } = await import('../sync/posters.ts');
			await cachePosters({
				client: this.#deps.client,
				store: await this.#posters(),
				libraryId: record.meta.id,
				uri: connection.uri,
				token,
				items: record.items,
				signal: abort.signal,
				onProgress: (done, total) => {
					this.progress = { libraryId: record.meta.id, done, total };
				}
			});
		} finally {
			if (this.#abort === abort) {
				this.#abort = null;
				this.progress = null;
			}
			await this.refreshUsage();
		}
	}

	/** Finds the image for a pick: the offline copy first, else the server's while connected. */
	async show(item: LibraryItem | null, meta: LibraryMeta | undefined): Promise<void> {
		if (this.#objectUrl) this.#deps.revokeObjectURL(this.#objectUrl);
		this.#objectUrl = undefined;
		this.pickSrc = undefined;
		if (!item || !meta || meta.source !== 'plex') return;
		try {
			const blob = await (await this.#posters()).get(posterKey(meta.id, item.ratingKey));
			if (blob) {
				this.#objectUrl = this.#deps.createObjectURL(blob);
				this.pickSrc = this.#objectUrl;
				return;
			}
		} catch {
			// no offline copy to be had: try the server
		}
		const connection = this.#deps.servers.connection;
		const token = this.#deps.servers.tokenFor(meta.serverId);
		if (connection?.machineId === meta.serverId && token) this.pickSrc = posterUrl(connection.uri, token, item.thumb);
	}

	async setBudget(bytes: number): Promise<void> {
		await (await this.#posters()).setBudget(bytes);
		await this.refreshUsage();
	}

	async removeLibrary(libraryId: string): Promise<void> {
		await (await this.#posters()).removeLibrary(libraryId).catch(() => undefined);
		await this.refreshUsage();
	}
}
