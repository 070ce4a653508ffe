import { t } from '../i18n/i18n.ts';
import { AppError, asAppError } from '../errors.ts';
import type { LibraryCache } from '../cache/library-cache.ts';
import type { PlexClient } from '../plex/client.ts';
import type { LibrarySection } from '../plex/library.ts';
import { libraryId, watchedByThisPerson, type LibraryMeta, type LibraryRecord, type Watcher } from '../library/types.ts';
import type { SyncTarget } from '../sync/library-sync.ts';
import type { LibraryState } from './library.svelte.ts';
import type { ServerState } from './servers.svelte.ts';
import type { Locks } from './session.svelte.ts';

export interface SyncDeps {
	client: PlexClient;
	cache: LibraryCache;
	servers: ServerState;
	/** The libraries on this device (told when one is saved or removed). */
	app: LibraryState;
	/** Web Locks: two tabs never sync the same library at once. */
	locks?: Locks;
	now?: () => number;
	/** Waits before asking a busy server again (tests pass a fake clock's wait). */
	wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** A library was saved (e.g. fetch its posters in the background). */
	onSynced?: (record: LibraryRecord) => void;
	/** A library is no longer kept (e.g. forget its posters). */
	onRemoved?: (libraryId: string) => void;
	/**
	 * Who is watching (Plex Home, docs/plex-api.md §15): the server tokens answer that person's
	 * watch state. `account` is true for the signed-in account itself.
	 */
	watcher?: () => (Watcher & { account: boolean }) | undefined;
}

export interface LibraryProgress {
	phase: 'syncing' | 'error' | 'elsewhere';
	done: number;
	total: number;
	error?: AppError;
}

/** A library is re-synced on open when its copy is older than this (and the app is online). */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** Which libraries of the connected server are kept on this device, and their syncs. */
export class SyncState {
	progress = $state.raw<Record<string, LibraryProgress>>({});

	/** The saved libraries of the connected server. */
	readonly kept = $derived.by(() => {
		const id = this.#deps.servers.chosenId;
		return id ? this.#deps.app.cached.filter((m) => m.source === 'plex' && m.serverId === id) : [];
	});

	// Bookkeeping only, never rendered: a plain Map on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #aborts = new Map<string, AbortController>();
	readonly #deps: SyncDeps;

	constructor(deps: SyncDeps) {
		this.#deps = deps;
	}

	metaFor(section: LibrarySection): LibraryMeta | undefined {
		return this.kept.find((m) => m.sectionKey === section.key);
	}

	/** Ticks or unticks a library: keep it (sync now) or forget its copy. */
	async keep(section: LibrarySection, on: boolean): Promise<void> {
		const serverId = this.#deps.servers.chosenId;
		if (!serverId) return;
		const id = libraryId({ serverId, sectionKey: section.key });
		if (on) return this.sync(section);
		this.cancel(id);
		try {
			await this.#deps.cache.remove(id);
		} catch (error) {
			this.#set(id, { phase: 'error', done: 0, total: 0, error: asError(error) });
			return;
		}
		this.#clear(id);
		this.#deps.onRemoved?.(id);
		await this.#deps.app.libraryChanged(undefined, id);
	}

	/** Syncs one library: a cheap re-sync when a copy exists, else a full one. */
	async sync(section: LibrarySection): Promise<void> {
		const connection = this.#deps.servers.connection;
		const server = this.#deps.servers.chosen;
		if (!connection || !server) return;
		const id = libraryId({ serverId: connection.machineId, sectionKey: section.key });
		if (this.#aborts.has(id)) return;
		const abort = new AbortController();
		this.#aborts.set(id, abort);
		this.#set(id, { phase: 'syncing', done: 0, total: 0 });
		const watcher = this.#deps.watcher?.();
		const target: SyncTarget = {
			client: this.#deps.client,
			uri: connection.uri,
			token: server.accessToken,
			serverId: connection.machineId,
			serverName: server.name,
			section,
			watcher: watcher ? { id: watcher.id, name: watcher.name } : undefined
		};
		const work = async () => {
			try {
				const options = { signal: abort.signal, now: this.#deps.now, wait: this.#deps.wait, onProgress: (done: number, total: number) => this.#set(id, { phase: 'syncing', done, total }) };
				// Loaded when first needed: syncing is not part of the first paint.
				const { fullSync, resync } = await import('../sync/library-sync.ts');
				const previous = await this.#deps.cache.load(id);
				// Another person's watch state (Plex Home) is not merged into: the whole copy is read again as this person.
				const record = previous && watchedByThisPerson(previous.meta, watcher) ? (await resync(target, previous, options)).record : await fullSync(target, options);
				await this.#deps.cache.save(record);
				this.#clear(id);
				await this.#deps.app.libraryChanged(record);
				this.#deps.onSynced?.(record);
			} catch (error) {
				const e = asError(error);
				if (e.kind === 'cancelled') this.#clear(id);
				else this.#set(id, { phase: 'error', done: 0, total: 0, error: explain(e, server.name) });
				if (e.kind === 'network' || e.kind === 'timeout') void this.#deps.servers.connectionLost();
			} finally {
				this.#aborts.delete(id);
			}
		};
		const locks = this.#deps.locks;
		if (!locks) return work();
		await locks.request(`plexpicker:sync:${id}`, { ifAvailable: true }, async (lock) => {
			if (lock) return work();
			this.#aborts.delete(id);
			this.#set(id, { phase: 'elsewhere', done: 0, total: 0 });
		});
	}

	/** After connecting: re-sync the kept libraries whose copy is stale, or carries another person's watch state. */
	async syncStale(): Promise<void> {
		const sections = this.#deps.servers.connection?.sections ?? [];
		const now = (this.#deps.now ?? Date.now)();
		const watcher = this.#deps.watcher?.();
		for (const meta of this.kept) {
			const section = sections.find((s) => s.key === meta.sectionKey);
			if (section && (now - meta.syncedAt > STALE_AFTER_MS || !watchedByThisPerson(meta, watcher))) await this.sync(section);
		}
	}

	cancel(id: string): void {
		this.#aborts.get(id)?.abort();
	}

	#set(id: string, progress: LibraryProgress): void {
		this.progress = { ...this.progress, [id]: progress };
	}

	#clear(id: string): void {
		const { [id]: _gone, ...rest } = this.progress;
		this.progress = rest;
	}
}

function asError(error: unknown): AppError {
	return asAppError(error, t('plex_sync_failed'));
}

/** The sync's error in words that also say the saved copy is safe. */
function explain(error: AppError, serverName: string): AppError {
	switch (error.kind) {
		case 'quota':
		case 'storage':
		case 'storage-unavailable':
			return error;
		case 'unauthorized':
			return new AppError('unauthorized', t('plex_sync_refused', { name: serverName }), { cause: error });
		case 'network':
		case 'timeout':
		case 'offline':
			return new AppError(error.kind, t('plex_sync_connection_lost', { name: serverName }), { cause: error });
		default:
			return new AppError(error.kind, t('plex_sync_error_kept', { reason: error.message }), { cause: error });
	}
}
