import type { LibraryCache } from '../cache/library-cache.ts';
import type { PlexClient } from '../plex/client.ts';
import { t } from '../i18n/i18n.ts';
import type { LibraryState } from './library.svelte.ts';
import type { SessionState } from './session.svelte.ts';
import { ServerState, type ServerDeps } from './servers.svelte.ts';
import { SyncState, type SyncDeps } from './sync.svelte.ts';
import { PosterState } from './posters.svelte.ts';
import type { PlexStates } from './plex-states.svelte.ts';
import { watcherOf } from '../library/types.ts';
import type { HomeState } from './home.svelte.ts';
import { expireMember } from './home-switch.svelte.ts';

export interface PlexSideDeps {
	client: PlexClient;
	cache: LibraryCache;
	app: LibraryState;
	session: SessionState;
	storage: ServerDeps['storage'];
	environment: ServerDeps['environment'];
	locks: SyncDeps['locks'];
	/** Who is watching (Plex Home, docs/plex-api.md §15). */
	home?: HomeState;
}

/**
 * Builds the server, sync and poster states wired to each other: connecting to a server brings
 * its kept libraries up to date when stale; a finished sync fetches its posters; a removed
 * library drops its posters. Imported on demand (LazyPlexStates).
 */
export function plexSide(deps: PlexSideDeps): PlexStates {
	const { client, cache, app, session, storage, environment, locks, home } = deps;
	const person = () => home?.personFor(session.account?.id) ?? null;
	const servers: ServerState = new ServerState({
		client,
		storage,
		environment,
		// A member's token refused: back to the account; the account's refused: sign in again.
		onUnauthorized: () => (home && person() ? expireMember(home, session.account?.username ?? t('plex_the_account')) : session.expire()),
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
		// Whose watch state a sync reads: the member watching, else the account.
		watcher: () => (session.account ? watcherOf(session.account, person()) : undefined)
	});
	return { client, servers, sync, posters };
}
