import type { LibraryCache } from '../cache/library-cache.ts';
import type { PlexClient } from '../plex/client.ts';
import type { LibraryState } from './library.svelte.ts';
import type { SessionState } from './session.svelte.ts';
import { ServerState, type ServerDeps } from './servers.svelte.ts';
import { SyncState, type SyncDeps } from './sync.svelte.ts';
import { PosterState } from './posters.svelte.ts';
import type { PlexStates } from './plex-states.svelte.ts';

export interface PlexSideDeps {
	client: PlexClient;
	cache: LibraryCache;
	app: LibraryState;
	session: SessionState;
	storage: ServerDeps['storage'];
	environment: ServerDeps['environment'];
	locks: SyncDeps['locks'];
	/** A server refused its token (401): the account signs in again, or a Home member's switch ends. */
	onUnauthorized?: () => void;
	/** Whose watch state a sync reads (Plex Home, docs/plex-api.md §15). */
	watcher?: SyncDeps['watcher'];
}

/**
 * Builds the server, sync and poster states wired to each other: connecting to a server brings
 * its kept libraries up to date when stale; a finished sync fetches its posters; a removed
 * library drops its posters. Imported on demand (LazyPlexStates).
 */
export function plexSide(deps: PlexSideDeps): PlexStates {
	const { client, cache, app, session, storage, environment, locks, watcher } = deps;
	const servers: ServerState = new ServerState({
		client,
		storage,
		environment,
		onUnauthorized: deps.onUnauthorized ?? (() => session.expire()),
		onConnected: () => void sync.syncStale()
	});
	const posters = new PosterState({ store: () => import('../cache/posters.ts').then((m) => new m.PosterStore()), client, servers });
	const sync: SyncState = new SyncState({
		client,
		cache,
		servers,
		app,
		locks,
		onSynced: (record) => void posters.prefetch(record),
		onRemoved: (id) => void posters.removeLibrary(id),
		watcher
	});
	return { client, servers, sync, posters };
}
