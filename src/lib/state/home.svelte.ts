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

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function load(storage: Store): SavedPerson | undefined {
	try {
		const v = JSON.parse(storage.getItem(HOME_PERSON_KEY) ?? 'null') as SavedPerson | null;
		const ok = v && typeof v.accountId === 'number' && typeof v.token === 'string' && v.token !== '' && typeof v.person?.id === 'number' && typeof v.person.title === 'string';
		return ok ? v : undefined;
	} catch {
		return undefined;
	}
}

export class HomeState {
	/** The member watching, for `accountId`; null: the signed-in account itself. */
	saved = $state.raw<{ accountId: number; person: Person } | null>(null);
	/** A calm line after a switch, or after a member's sign-in ran out. */
	notice = $state<string | null>(null);

	#token: string | null = null;
	readonly #storage: Store;

	constructor(storage: Store) {
		this.#storage = storage;
		this.syncFromStorage();
	}

	/** The member watching when `accountId` is signed in (null: the account itself). */
	personFor(accountId: number | undefined): Person | null {
		const saved = this.saved;
		return saved && saved.accountId === accountId ? saved.person : null;
	}

	/** That member's plex.tv token, for plex.tv only; null when the account itself is watching. */
	tokenFor(accountId: number | undefined): string | null {
		return this.personFor(accountId) ? this.#token : null;
	}

	/** A member is watching from now on (null: the signed-in account). */
	set(saved: SavedPerson | null): void {
		if (saved) this.#storage.setItem(HOME_PERSON_KEY, JSON.stringify(saved));
		else this.#storage.removeItem(HOME_PERSON_KEY);
		this.#token = saved?.token ?? null;
		this.saved = saved ? { accountId: saved.accountId, person: saved.person } : null;
	}

	/** A member's token was refused by plex.tv (401/498): back to the account, saying so. */
	expire(accountName: string): void {
		const was = this.saved?.person.title ?? 'The Home member';
		this.set(null);
		this.notice = `${was}'s Plex sign-in on this device has run out, so ${accountName} is watching again. Choose ${was} again under “Who's watching?”.`;
	}

	/** On sign-out: forget the member and their token. */
	clear(): void {
		this.set(null);
		this.notice = null;
	}

	/** Reads the remembered member (at start). */
	syncFromStorage(): void {
		const saved = load(this.#storage);
		this.#token = saved?.token ?? null;
		this.saved = saved ? { accountId: saved.accountId, person: saved.person } : null;
	}
}
