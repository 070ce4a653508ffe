import type { PlexClient } from '../plex/client.ts';
import type { HomeMember } from '../plex/home.ts';

/**
 * Plex Home, "Who's watching?" (docs/plex-api.md §15): the Home's members, and which of them is
 * watching on this device. A member chosen here is remembered per device, with the member's own
 * plex.tv token, kept and guarded like the account token (localStorage, sent only to plex.tv,
 * never shown). With a member chosen, the app asks plex.tv for servers with the member's token
 * (each server then answers that member's watch state and records their "Mark as watched"), and
 * exclusions and pick history are the member's. Going back to the signed-in account is one tap.
 *
 * Small on purpose: it is built with the page (a remembered member applies from the first
 * request); the Plex calls and their words load when someone opens "Who's watching?".
 */

export const HOME_PERSON_KEY = 'plexpicker:home-person';

/** A Home member watching instead of the signed-in account. */
export interface Person {
	id: number;
	uuid: string;
	title: string;
	thumb?: string;
}

interface SavedPerson {
	/** The signed-in account this member belongs to: another account never uses it. */
	accountId: number;
	person: Person;
	token: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface HomeDeps {
	client: PlexClient;
	storage: Store;
}

export type HomeStatus = 'idle' | 'loading' | 'ready' | 'error';

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
	members = $state.raw<HomeMember[]>([]);
	status = $state<HomeStatus>('idle');
	/** Why the list could not be had, in words. */
	problem = $state<string | null>(null);
	/** The protected member whose PIN is being asked for. */
	asking = $state.raw<HomeMember | null>(null);
	pinError = $state<string | null>(null);
	busy = $state(false);
	/** A calm line after a switch, or after a member's sign-in ran out. */
	notice = $state<string | null>(null);

	#token: string | null = null;
	readonly #deps: HomeDeps;

	constructor(deps: HomeDeps) {
		this.#deps = deps;
		this.#restore();
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

	/** Lists the Home's members (when "Who's watching?" is opened). */
	async load(accountToken: string, current: string): Promise<void> {
		this.status = 'loading';
		this.problem = null;
		const home = await import('../plex/home.ts');
		try {
			this.members = await home.listHomeMembers(this.#deps.client, accountToken);
			this.status = 'ready';
			if (this.members.length <= 1) this.problem = home.explainHome('not-in-home', { current });
		} catch (error) {
			this.status = 'error';
			this.problem = home.explainHome(home.homeProblem(error), { current });
		}
	}

	/**
	 * Someone chose `member`. The signed-in account itself comes back at once (its token is on
	 * this device) unless its Home profile has a PIN; a protected member asks for the PIN first,
	 * and a wrong one changes nothing. Resolves true when `member` is now watching.
	 */
	async choose(member: HomeMember, account: { id: number; token: string; name: string }, pin?: string): Promise<boolean> {
		if (this.busy) return false;
		const current = this.personFor(account.id)?.title ?? account.name;
		if (member.protected && !pin) {
			this.asking = member;
			this.pinError = null;
			return false;
		}
		if (member.id === account.id && !member.protected) {
			this.back(account.id, account.name);
			return true;
		}
		this.busy = true;
		this.pinError = null;
		const home = await import('../plex/home.ts');
		try {
			const switched = await home.switchToMember(this.#deps.client, account.token, member, pin);
			this.asking = null;
			if (member.id === account.id) {
				// The account's own PIN checked: go on with the account token already kept.
				this.back(account.id, account.name);
			} else {
				const person: Person = { id: member.id, uuid: member.uuid, title: member.title, ...(member.thumb ? { thumb: member.thumb } : {}) };
				this.#set({ accountId: account.id, person, token: switched.token });
				this.notice = `${member.title} is watching. Unwatched titles and “Mark as watched” are now ${member.title}'s.`;
			}
			return true;
		} catch (error) {
			const problem = home.homeProblem(error, pin !== undefined);
			const words = home.explainHome(problem, { current, member: member.title });
			if (problem === 'wrong-pin') {
				this.asking = member;
				this.pinError = words;
			} else {
				this.asking = null;
				this.problem = words;
			}
			return false;
		} finally {
			this.busy = false;
		}
	}

	cancelPin(): void {
		this.asking = null;
		this.pinError = null;
	}

	/** Back to the signed-in account: one tap, no network (its token never left this device). */
	back(accountId: number, accountName: string): void {
		const was = this.personFor(accountId);
		this.#set(null);
		this.asking = null;
		if (was) this.notice = `${accountName} is watching again.`;
	}

	/** A member's token was refused by plex.tv (401/498): back to the account, saying so. */
	expire(accountName: string): void {
		const was = this.saved?.person.title;
		this.#set(null);
		this.notice = `${was ?? 'The Home member'}'s Plex sign-in on this device has run out, so ${accountName} is watching again. Choose ${was ?? 'them'} again under “Who's watching?”.`;
	}

	/** On sign-out: forget the member and their token. */
	clear(): void {
		this.#set(null);
		this.members = [];
		this.status = 'idle';
		this.problem = null;
		this.notice = null;
		this.asking = null;
	}

	/** Another tab switched people: follow it (call on the `storage` event). */
	syncFromStorage(): void {
		this.#restore();
	}

	#restore(): void {
		const saved = load(this.#deps.storage);
		this.#token = saved?.token ?? null;
		this.saved = saved ? { accountId: saved.accountId, person: saved.person } : null;
	}

	#set(saved: SavedPerson | null): void {
		if (saved) this.#deps.storage.setItem(HOME_PERSON_KEY, JSON.stringify(saved));
		else this.#deps.storage.removeItem(HOME_PERSON_KEY);
		this.#token = saved?.token ?? null;
		this.saved = saved ? { accountId: saved.accountId, person: saved.person } : null;
	}
}
