import { NO_TV_PREFS, sanitizeTvPrefs, type EpisodeMode, type ShufflePrefs, type TvPrefsData } from '../picker/tv-prefs.ts';
import { json, Persisted, type SettingStore } from './persisted.svelte.ts';

/**
 * The TV choices of the signed-in account (or of this device without one), kept in localStorage
 * under `plexpicker:tv:<account>` so they survive a reload and follow the account, not the device.
 * A store that refuses keeps them for this visit (Persisted).
 */
export class TvPrefs {
	#saved = $state.raw<Persisted<TvPrefsData> | null>(null);
	readonly #storage: SettingStore | undefined;
	readonly #events: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;

	constructor(deps: { storage?: SettingStore; events?: Pick<Window, 'addEventListener' | 'removeEventListener'> } = {}) {
		this.#storage = deps.storage;
		this.#events = deps.events;
	}

	/** Switches to an account's choices (`guest` without one). */
	use(account: string): void {
		this.#saved = new Persisted(`plexpicker:tv:${account}`, NO_TV_PREFS, { storage: this.#storage, codec: json(sanitizeTvPrefs), events: this.#events });
	}

	get data(): TvPrefsData {
		return this.#saved?.current ?? NO_TV_PREFS;
	}

	/** "Next episode" or "Any episode" for a show (its title key); any, until chosen. */
	modeOf(show: string): EpisodeMode {
		return this.data.modes[show] ?? 'any';
	}

	setMode(show: string, mode: EpisodeMode): void {
		this.#write({ ...this.data, modes: { ...this.data.modes, [show]: mode } });
	}

	get shuffle(): ShufflePrefs {
		return this.data.shuffle;
	}

	setShuffle(change: Partial<ShufflePrefs>): void {
		this.#write({ ...this.data, shuffle: { ...this.data.shuffle, ...change } });
	}

	#write(data: TvPrefsData): void {
		if (!this.#saved) this.use('guest');
		(this.#saved as Persisted<TvPrefsData>).current = data;
	}
}
