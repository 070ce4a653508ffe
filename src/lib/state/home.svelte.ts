/**
 * Plex Home, who is watching on this device (docs/plex-api.md §15). A Home member chosen under
 * "Who's watching?" is remembered per device, with the member's own plex.tv token, kept and
 * guarded like the account token (localStorage, sent only to plex.tv, never shown). With a member
 * chosen, the app asks plex.tv for servers with the member's token (each server then answers that
 * member's watch state and records their "Mark as watched"), and exclusions and pick history are
 * the member's.
 *
 * Built with the page (a remembered member applies from the first request), so it is only the
 * memory; listing and switching (home-switch.svelte.ts) load with the signed-in screens.
 */

import { json, Persisted, type SettingStore } from './persisted.svelte.ts';

export const HOME_PERSON_KEY = 'plexpicker:home-person';

/** A Home member watching instead of the signed-in account. */
export interface Person {
	id: number;
	uuid: string;
	title: string;
	thumb?: string;
}

export interface SavedPerson {
	/** The signed-in account this member belongs to: another account never uses it. */
	accountId: number;
	person: Person;
	token: string;
}

/** Anything stored that is not a whole member record (old, edited, another version) reads as none. */
function sanitize(v: unknown): SavedPerson | null {
	const saved = v as SavedPerson | null;
	const ok = saved && typeof saved.accountId === 'number' && typeof saved.token === 'string' && saved.token !== '' && typeof saved.person?.id === 'number' && typeof saved.person.title === 'string';
	return ok ? saved : null;
}

export class HomeState {
	/** A calm line after a switch, or after a member's sign-in ran out. */
	notice = $state<string | null>(null);
	readonly #saved: Persisted<SavedPerson | null>;
	readonly #storage: SettingStore & Pick<Storage, 'removeItem'>;

	constructor(storage: SettingStore & Pick<Storage, 'removeItem'>) {
		this.#storage = storage;
		this.#saved = new Persisted(HOME_PERSON_KEY, null, { storage, codec: json(sanitize) });
	}

	/** The member watching, with the account they belong to (null: the signed-in account itself). */
	get saved(): { accountId: number; person: Person } | null {
		return this.#saved.current;
	}

	/** The member watching when `accountId` is signed in (null: the account itself). */
	personFor(accountId: number | undefined): Person | null {
		const saved = this.#saved.current;
		return saved && saved.accountId === accountId ? saved.person : null;
	}

	/** That member's plex.tv token, for plex.tv only; null when the account itself is watching. */
	tokenFor(accountId: number | undefined): string | null {
		const saved = this.#saved.current;
		return saved && saved.accountId === accountId ? saved.token : null;
	}

	/** A member is watching from now on (null: the signed-in account). */
	set(saved: SavedPerson | null): void {
		this.#saved.current = saved;
		// Nothing of a member (their token least of all) stays behind once nobody is chosen.
		if (!saved) this.#storage.removeItem(HOME_PERSON_KEY);
	}

	/** On sign-out: forget the member and their token. */
	clear(): void {
		this.set(null);
		this.notice = null;
	}
}
