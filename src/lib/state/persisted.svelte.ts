import { untrack } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';

/** The part of localStorage a persisted setting uses (tests pass a Map-backed one). */
export type SettingStore = Pick<Storage, 'getItem' | 'setItem'>;

/** How a setting is written as a string and read back (made valid: stored data may be old or edited). */
export interface Codec<T> {
	parse: (raw: string) => T;
	stringify: (value: T) => string;
}

/** JSON, read through `sanitize` (which turns anything unexpected into a valid value). */
export function json<T>(sanitize: (raw: unknown) => T): Codec<T> {
	return { parse: (raw) => sanitize(JSON.parse(raw)), stringify: (value) => JSON.stringify(value) };
}

/** A plain string, stored as it is. */
export const text: Codec<string> = { parse: (raw) => raw, stringify: (value) => value };

export interface PersistedOptions<T> {
	/** Where it lives; without one (tests, no localStorage) it is kept for this visit only. */
	storage?: SettingStore;
	codec: Codec<T>;
	/** Where other tabs' changes are heard (the window's `storage` event); without one they are not followed. */
	events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/**
 * One setting kept in localStorage, read and written as `.current` (after svelte.dev's site-kit
 * `Persisted`, https://github.com/sveltejs/svelte.dev/tree/main/packages/site-kit). Reading it in
 * an effect or a `$derived` follows changes made here and, with `events`, in other tabs. A store
 * that refuses (full, blocked) keeps the value for this visit: a setting is never worth an error.
 */
export class Persisted<T> {
	readonly #key: string;
	readonly #fallback: T;
	readonly #options: PersistedOptions<T>;
	/** Bumped on every write here; other tabs' writes reach readers through #subscribe. */
	#version = $state(0);
	#subscribe: () => void;
	/** The last value written when the store refused it. */
	#unsaved: { value: T } | undefined;

	constructor(key: string, fallback: T, options: PersistedOptions<T>) {
		this.#key = key;
		this.#fallback = fallback;
		this.#options = options;
		const events = options.events;
		this.#subscribe = events
			? createSubscriber((update) => {
					// `key === null`: another tab cleared the whole store.
					const onStorage = (event: StorageEvent) => {
						if (event.key === key || event.key === null) update();
					};
					events.addEventListener('storage', onStorage as EventListener);
					return () => events.removeEventListener('storage', onStorage as EventListener);
				})
			: () => {};
	}

	get current(): T {
		this.#subscribe();
		void this.#version;
		if (this.#unsaved) return this.#unsaved.value;
		try {
			const raw = this.#options.storage?.getItem(this.#key);
			return raw === null || raw === undefined ? this.#fallback : this.#options.codec.parse(raw);
		} catch {
			return this.#fallback; // unreadable: as if nothing was saved
		}
	}

	set current(value: T) {
		try {
			this.#options.storage?.setItem(this.#key, this.#options.codec.stringify(value));
			this.#unsaved = this.#options.storage ? undefined : { value };
		} catch {
			this.#unsaved = { value }; // storage full or refused: it still applies for this visit
		}
		// Written from an effect (the filters are saved as they change): that effect must not come to depend on it.
		untrack(() => this.#version++);
	}
}
