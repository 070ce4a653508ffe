import type { ServerState } from './servers.svelte.ts';
import type { SyncState } from './sync.svelte.ts';
import type { PosterState } from './posters.svelte.ts';
import type { PlexClient } from '../plex/client.ts';

/** The states that talk to Plex servers: built together, only once something needs one of them. */
export interface PlexStates {
	client: PlexClient;
	servers: ServerState;
	sync: SyncState;
	posters: PosterState;
}

/**
 * Holds the Plex-server states, whose code (server lists, connections, syncs, posters) a first
 * visit on the Welcome screen never runs: it is downloaded and built on the first load(), i.e.
 * once signed in or once a library is opened (first-load JS budget, scripts/measure.mjs).
 * `current` is reactive, so a screen can show what it has until they are there.
 */
export class LazyPlexStates {
	current = $state.raw<PlexStates | undefined>();
	#loading: Promise<PlexStates> | undefined;
	readonly #build: () => Promise<PlexStates>;

	constructor(build: () => Promise<PlexStates>) {
		this.#build = build;
	}

	/** Builds the states once (later calls share the first build). */
	load(): Promise<PlexStates> {
		this.#loading ??= this.#build().then((states) => (this.current = states));
		return this.#loading;
	}
}
