import { createContext } from 'svelte';
import type { LibraryState } from './library.svelte.ts';
import type { SessionState } from './session.svelte.ts';
import type { ServerState } from './servers.svelte.ts';
import type { SyncState } from './sync.svelte.ts';
import type { PosterState } from './posters.svelte.ts';
import type { LazyPlexStates, PlexStates } from './plex-states.svelte.ts';
import type { PlexClient } from '../plex/client.ts';
import type { HomeState } from './home.svelte.ts';

export const [getLibraryState, setLibraryState] = createContext<LibraryState>();
export const [getSessionState, setSessionState] = createContext<SessionState>();
export const [getPlexStates, setPlexStates] = createContext<LazyPlexStates>();
export const [getHomeState, setHomeState] = createContext<HomeState>();

/** The built Plex-server states; only for components shown after `getPlexStates().load()` resolved. */
function built(): PlexStates {
	const states = getPlexStates().current;
	if (!states) throw new Error('The server states are used before they were loaded (await getPlexStates().load() first).');
	return states;
}
export const getServerState = (): ServerState => built().servers;
export const getSyncState = (): SyncState => built().sync;
export const getPosterState = (): PosterState => built().posters;
export const getPlexClient = (): PlexClient => built().client;
