import type { PlexClient } from '../plex/client.ts';
import { t } from '../i18n/i18n.ts';
import { explainHome, homeProblem, listHomeMembers, switchToMember, type HomeMember } from '../plex/home.ts';
import type { HomeState, Person } from './home.svelte.ts';

/**
 * "Who's watching?" (docs/plex-api.md §15): lists the Plex Home's members and switches to one.
 * The signed-in account itself comes back at once (its token never left the device) unless its
 * Home profile has a PIN; a protected member asks for the PIN first, and a wrong one changes
 * nothing. What is chosen is kept by HomeState (home.svelte.ts). Loaded with the signed-in screens.
 */
/**
 * A member's token was refused (401/498): the device goes back to the account, saying so. Here
 * rather than on HomeState, which every first visit loads.
 */
export function expireMember(home: HomeState, accountName: string): void {
	const was = home.saved?.person.title;
	home.set(null);
	const button = t('plex_whos_watching');
	home.notice = was
		? t('plex_home_member_expired', { member: was, account: accountName, button })
		: t('plex_home_member_expired_unknown', { account: accountName, button });
}

export type HomeStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SignedIn {
	id: number;
	/** The account token, for plex.tv only. */
	token: string;
	name: string;
}

export class HomeSwitcher {
	members = $state.raw<HomeMember[]>([]);
	status = $state<HomeStatus>('idle');
	/** Why the list could not be had (or there is nobody to switch to), in words. */
	problem = $state<string | null>(null);
	/** The protected member whose PIN is being asked for. */
	asking = $state.raw<HomeMember | null>(null);
	pinError = $state<string | null>(null);
	busy = $state(false);

	readonly #client: PlexClient;
	readonly #home: HomeState;

	constructor(deps: { client: PlexClient; home: HomeState }) {
		this.#client = deps.client;
		this.#home = deps.home;
	}

	/** Lists the Home's members (when "Who's watching?" is opened). */
	async load(account: SignedIn): Promise<void> {
		this.status = 'loading';
		this.problem = null;
		const current = this.#home.personFor(account.id)?.title ?? account.name;
		try {
			this.members = await listHomeMembers(this.#client, account.token);
			this.status = 'ready';
			if (this.members.length <= 1) this.problem = explainHome('not-in-home', { current });
		} catch (error) {
			this.status = 'error';
			this.problem = explainHome(homeProblem(error), { current });
		}
	}

	/** Someone chose `member` (with `pin` from the PIN box). Resolves true when `member` is now watching. */
	async choose(member: HomeMember, account: SignedIn, pin?: string): Promise<boolean> {
		if (this.busy) return false;
		const current = this.#home.personFor(account.id)?.title ?? account.name;
		if (member.protected && !pin) {
			this.asking = member;
			this.pinError = null;
			return false;
		}
		if (member.id === account.id && !member.protected) {
			this.back(account);
			return true;
		}
		this.busy = true;
		this.pinError = null;
		try {
			const switched = await switchToMember(this.#client, account.token, member, pin);
			this.asking = null;
			if (member.id === account.id) {
				// The account's own PIN checked: go on with the account token already kept.
				this.back(account);
			} else {
				const person: Person = { id: member.id, uuid: member.uuid, title: member.title, ...(member.thumb ? { thumb: member.thumb } : {}) };
				this.#home.set({ accountId: account.id, person, token: switched.token });
				this.#home.notice = t('plex_home_member_watching', { name: member.title });
			}
			return true;
		} catch (error) {
			const problem = homeProblem(error, pin !== undefined);
			const words = explainHome(problem, { current, member: member.title });
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

	/** Back to the signed-in account: one tap, no network. */
	back(account: SignedIn): void {
		const was = this.#home.personFor(account.id);
		this.#home.set(null);
		this.asking = null;
		if (was) this.#home.notice = t('plex_home_back', { name: account.name });
	}
}

