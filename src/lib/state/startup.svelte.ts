import { createContext } from 'svelte';

/**
 * "The app is open": the saved library is on screen with an enabled pick button, or there is
 * none to open. Work a first pick does not need (checking the token with plex.tv, listing and
 * reconnecting servers, syncs, service-worker registration, the avatar) waits for it, so opening the app
 * and picking never waits for the network or shares the main thread with it (README "Open
 * speed"; `npm run bench`: cached-open-ms).
 */
export class Startup {
	readonly opened: Promise<void>;
	/** Reactive: the header's avatar (an image from plex.tv) waits for it too. */
	done = $state(false);
	#resolve!: () => void;

	constructor() {
		this.opened = new Promise<void>((resolve) => (this.#resolve = resolve));
	}

	/** Called once the pick button is on screen (or there is nothing to pick from). Idempotent. */
	open(): void {
		this.done = true;
		this.#resolve();
	}
}

export const [getStartup, setStartup] = createContext<Startup>();
