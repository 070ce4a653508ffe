import { createContext } from 'svelte';
import type { LibraryState } from './library.svelte.ts';
import type { SessionState } from './session.svelte.ts';
import type { ServerState } from './servers.svelte.ts';
import type { SyncState } from './sync.svelte.ts';
import type { PosterState } from './posters.svelte.ts';
import type { PlexClient } from '../plex/client.ts';
import type { PwaState } from '../pwa/pwa.svelte.ts';
import type { HomeState } from './home.svelte.ts';

export const [getLibraryState, setLibraryState] = createContext<LibraryState>();
export const [getSessionState, setSessionState] = createContext<SessionState>();
export const [getPwaState, setPwaState] = createContext<PwaState>();
export const [getServerState, setServerState] = createContext<ServerState>();
export const [getSyncState, setSyncState] = createContext<SyncState>();
export const [getPosterState, setPosterState] = createContext<PosterState>();
export const [getPlexClient, setPlexClient] = createContext<PlexClient>();
export const [getHomeState, setHomeState] = createContext<HomeState>();
