import { AppError, asAppError } from '../errors.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { Account } from '../plex/account.ts';
import type { PlexClient } from '../plex/client.ts';
import type { PollDeps } from '../auth/pin-poll.ts';
import { POLL_LIMIT_MS } from '../auth/pin-limits.ts';
import { forget, loadPendingPin, loadSession, PENDING_PIN_KEY, saveSession, SESSION_KEY } from '../auth/session-store.ts';
import type { AuthBrowser, Locks } from '../auth/browser.ts';
import type { SignInFlow, SignInRun } from '../auth/sign-in-flow.ts';

// The sign-in browser and Web Locks are described where they are implemented (auth/browser.ts).
export type { AuthBrowser, Locks };

export interface SessionDeps {
	/** The Plex client, or how to get it: the page builds it on first use (first-load JS). */
	client: PlexClient | (() => Promise<PlexClient>);
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
	browser: AuthBrowser;
	locks?: Locks;
	now?: () => number;
	wait?: PollDeps['wait'];
}

export type SessionStatus = 'idle' | 'starting' | 'waiting' | 'signed-in' | 'expired' | 'error';

/** Sign-in state: idle → waiting (PIN shown, polling) → signed-in; or expired / error. */
export class SessionState {
	status = $state<SessionStatus>('idle');
	account = $state.raw<Account | null>(null);
	/** While waiting: the PIN's code and the page that approves it. */
	pin = $state.raw<{ code: string; authUrl: string } | null>(null);
	/** True when several checks in a row failed (shown as "still trying"). */
	trouble = $state(false);
	/** Set while another tab is the one polling. */
	elsewhere = $state(false);
	error = $state.raw<AppError | null>(null);
	/**
	 * A short, calm line after an ending that is not an error (cancelled, expired, signed out), kept
	 * as its message so that it follows a change of language.
	 */
	#notice = $state<MessageKey | null>(null);
	/** "Sign in with a token": checking the pasted token, and why it was not accepted. */
	tokenBusy = $state(false);
	tokenError = $state<string | null>(null);
	/** The PIN flow was refused or failed in a way a pasted token gets around: show the other ways. */
	readonly needsOtherWays = $derived(this.status === 'error' && this.error?.kind === 'cors-refused');

	/** The calm line in the app's language, or null. */
	get notice(): string | null {
		return this.#notice && t(this.#notice);
	}

	/** The last ending was the person signing out here (the page then offers removing saved libraries). */
	get signedOut(): boolean {
		return this.#notice === 'plex_signed_out';
	}

	#token: string | null = null;
	/** The sign-in under way: its poll's controller and its popup (the flow, cancel and sign-out use them). */
	readonly #run: SignInRun = { abort: null, popup: null };
	readonly #deps: Required<Omit<SessionDeps, 'locks' | 'wait'>> & Pick<SessionDeps, 'locks' | 'wait'>;
	/** The sign-in flow (auth/sign-in-flow.ts): loaded when someone signs in or comes back from Plex. */
	#flow: Promise<SignInFlow> | undefined;

	constructor(deps: SessionDeps) {
		this.#deps = { now: () => Date.now(), ...deps };
	}

	/** The client and the account call, loaded when first needed (a first visit may never sign in). */
	async #plex(): Promise<{ client: PlexClient; getAccount: typeof import('../plex/account.ts').getAccount }> {
		const client = this.#deps.client;
		const [resolved, { getAccount }] = await Promise.all([typeof client === 'function' ? client() : client, import('../plex/account.ts')]);
		return { client: resolved, getAccount };
	}

	#account(token: string): Promise<Account> {
		return this.#plex().then(({ client, getAccount }) => getAccount(client, token));
	}

	#signInFlow(): Promise<SignInFlow> {
		this.#flow ??= import('../auth/sign-in-flow.ts').then(
			({ SignInFlow }) =>
				new SignInFlow(this, {
					...this.#deps,
					plex: () => this.#plex(),
					account: (token) => this.#account(token),
					run: this.#run,
					adopt: (token, account) => this.#adopt(token, account),
					stop: (notice) => this.#stop(notice),
					fail: (error) => this.#fail(error)
				})
		);
		// Not kept when it failed to load: the next try loads it again (the connection may be back).
		this.#flow.catch(() => (this.#flow = undefined));
		return this.#flow;
	}

	/** The account token, for plex.tv calls only. */
	get token(): string | null {
		return this.#token;
	}

	get busy(): boolean {
		return this.status === 'starting' || this.status === 'waiting';
	}

	/**
	 * On start: restore the session and check its token, or resume a PIN after a redirect.
	 * `networkAfter`: the restored session shows at once, but its token check waits for it (the app
	 * opens its saved library first).
	 */
	async init(networkAfter?: Promise<unknown>): Promise<void> {
		const saved = loadSession(this.#deps.storage);
		if (saved) {
			this.#token = saved.token;
			this.account = saved.account;
			this.status = 'signed-in';
			await networkAfter;
			await this.verify();
			return;
		}
		const pending = loadPendingPin(this.#deps.storage);
		if (pending && pending.expiresAt > this.#deps.now() && this.#deps.now() - pending.startedAt < POLL_LIMIT_MS) {
			// A sign-in the person started (back from Plex, or in another tab) resumes at once.
			try {
				await (await this.#signInFlow()).resume(pending);
			} catch (error) {
				this.#fail(error);
			}
		} else if (pending) {
			forget(this.#deps.storage, PENDING_PIN_KEY);
			this.#notice = 'core_pin_expired';
		}
	}

	/** Checks the saved token with plex.tv; a 401 or 498 means "sign in again" (docs/plex-api.md §4), anything else keeps the session. */
	async verify(): Promise<void> {
		if (!this.#token) return;
		try {
			const account = await this.#account(this.#token);
			this.account = account;
			saveSession(this.#deps.storage, { token: this.#token, account });
		} catch (error) {
			if (error instanceof AppError && error.kind === 'unauthorized') this.expire();
			// Offline or plex.tv down: stay signed in with the saved profile; cached libraries still work.
		}
	}

	/** Another request got a 401 or 498 from plex.tv: the token is gone; keep everything else. */
	expire(): void {
		this.#token = null;
		forget(this.#deps.storage, SESSION_KEY);
		this.status = 'expired';
	}

	/** Starts sign-in. Must be called from the click itself, so the popup is allowed. */
	async signIn(): Promise<void> {
		if (this.busy) return;
		const popup = this.#deps.browser.prefersRedirect() ? null : this.#deps.browser.openPopup();
		this.status = 'starting';
		this.error = null;
		this.#notice = null;
		this.elsewhere = false;
		// The client loads beside the flow's code (both are needed to get a PIN).
		this.#plex().catch(() => undefined);
		try {
			await (await this.#signInFlow()).signIn(popup);
		} catch (error) {
			popup?.close();
			this.#fail(error);
		}
	}

	/** Stops waiting for Plex. */
	cancel(): void {
		this.#run.abort?.abort();
		if (!this.elsewhere) forget(this.#deps.storage, PENDING_PIN_KEY);
		this.#run.popup?.close();
		this.#run.popup = null;
		this.pin = null;
		this.elsewhere = false;
		this.status = this.account && this.#token ? 'signed-in' : 'idle';
		this.#notice = 'core_signin_cancelled';
	}

	/** Forgets the token and the account and stops any polling. Cached libraries stay unless removed separately. */
	signOut(): void {
		this.#run.abort?.abort();
		forget(this.#deps.storage, SESSION_KEY, PENDING_PIN_KEY);
		this.#token = null;
		this.account = null;
		this.pin = null;
		this.error = null;
		this.status = 'idle';
		this.#notice = 'plex_signed_out';
	}

	/**
	 * Follows what other tabs did (call on the `storage` event): adopts a session another tab
	 * finished, drops one another tab signed out of, stops waiting when the other tab gave up.
	 */
	syncFromStorage(): void {
		const saved = loadSession(this.#deps.storage);
		if (saved) {
			if (this.status === 'signed-in' && this.#token === saved.token) return;
			this.#run.abort?.abort();
			this.#run.abort = null;
			this.#token = saved.token;
			this.account = saved.account;
			this.pin = null;
			this.elsewhere = false;
			this.error = null;
			this.status = 'signed-in';
		} else if (this.status === 'signed-in') {
			this.#token = null;
			this.account = null;
			this.status = 'idle';
			this.#notice = 'plex_signed_out_elsewhere';
		} else if (this.elsewhere && !loadPendingPin(this.#deps.storage)) {
			this.elsewhere = false;
			this.pin = null;
			this.status = 'idle';
		}
	}

	/** Signed in with `token`: kept exactly as a PIN sign-in keeps it (localStorage, never shown). */
	#adopt(token: string, account: Account): void {
		this.#token = token;
		this.account = account;
		saveSession(this.#deps.storage, { token, account });
		this.pin = null;
		this.error = null;
		this.status = 'signed-in';
		this.#notice = null;
	}

	/**
	 * "Sign in with a token" (README "Signing in"): for when plex.tv refuses the PIN calls from this
	 * site. The pasted X-Plex-Token is checked with GET /api/v2/user, as after a PIN sign-in, and
	 * then kept the same way. Resolves true when signed in; otherwise `tokenError` says why.
	 */
	async signInWithToken(input: string): Promise<boolean> {
		if (this.tokenBusy || this.busy) return false;
		this.tokenError = null;
		this.tokenBusy = true;
		let words: typeof import('../auth/token-sign-in.ts') | undefined;
		try {
			// With the client: it brings the words these checks answer in (the rest of the messages).
			[words] = await Promise.all([import('../auth/token-sign-in.ts'), this.#plex()]);
			const read = words.readToken(input);
			if ('error' in read) {
				this.tokenError = read.error;
				return false;
			}
			this.#adopt(read.token, await this.#account(read.token));
			return true;
		} catch (error) {
			this.tokenError = words ? words.tokenRefusal(error) : asAppError(error, t('core_try_again')).message;
			return false;
		} finally {
			this.tokenBusy = false;
		}
	}

	#stop(notice: MessageKey): void {
		this.#run.popup?.close();
		this.#run.popup = null;
		this.pin = null;
		this.status = 'idle';
		this.#notice = notice;
	}

	#fail(error: unknown): void {
		const e = asAppError(error, t('core_signin_failed'));
		// plex.tv refused this site's PIN calls (docs/plex-api.md §2): the token sign-in does not need them.
		this.error =
			e.kind === 'cors-refused'
				? new AppError('cors-refused', t('plex_signin_refused', { reason: e.message }), { cause: e })
				: e;
		this.status = 'error';
	}
}
