import { AppError, asAppError } from '../errors.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { Account } from '../plex/account.ts';
import type { PlexClient } from '../plex/client.ts';
import { authPageUrl } from '../plex/auth-page.ts';
import type { PollDeps } from '../auth/pin-poll.ts';
import { POLL_LIMIT_MS } from '../auth/pin-limits.ts';
import {
	forget,
	loadPendingPin,
	loadSession,
	PENDING_PIN_KEY,
	savePendingPin,
	saveSession,
	SESSION_KEY,
	type PendingPin
} from '../auth/session-store.ts';
import type { AuthBrowser, Locks } from '../auth/browser.ts';

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

const LOCK = 'plexpicker:pin-poll';

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
		return this.#notice === 'core_signed_out';
	}

	#token: string | null = null;
	#abort: AbortController | null = null;
	#popup: { close(): void } | null = null;
	readonly #deps: Required<Omit<SessionDeps, 'locks' | 'wait'>> & Pick<SessionDeps, 'locks' | 'wait'>;

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
			await this.#pollWithLock(pending);
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
		await this.#exclusive(
			() => this.#start(popup),
			() => {
				popup?.close();
				this.#waitElsewhere();
			}
		);
	}

	async #start(popup: { go(url: string): void; close(): void } | null): Promise<void> {
		try {
			// The sign-in flow is loaded when someone signs in, not with the first page; the poller
			// too, now, so a connection that drops while waiting cannot stop it from loading.
			const [{ createPin }, { client }] = await Promise.all([import('../plex/pins.ts'), this.#plex(), import('../auth/pin-poll.ts')]);
			const pin = await createPin(client);
			const now = this.#deps.now();
			// By this device's clock: plex.tv's expiresAt is misread when the clocks disagree.
			const expiresAt = pin.lifetimeMs !== undefined ? now + pin.lifetimeMs : pin.expiresAt;
			const pending: PendingPin = { id: pin.id, code: pin.code, expiresAt, startedAt: now };
			savePendingPin(this.#deps.storage, pending);
			const forward = popup ? undefined : this.#deps.browser.returnUrl();
			const authUrl = authPageUrl(client.identity, pin.code, forward);
			this.pin = { code: pin.code, authUrl };
			if (popup) {
				popup.go(authUrl);
				this.#popup = popup;
				await this.#poll(pending);
			} else {
				// The page goes away; after approving, Plex sends the person back and init() resumes polling.
				this.status = 'waiting';
				this.#deps.browser.navigate(authUrl);
			}
		} catch (error) {
			popup?.close();
			this.#fail(error);
		}
	}

	/** Stops waiting for Plex. */
	cancel(): void {
		this.#abort?.abort();
		if (!this.elsewhere) forget(this.#deps.storage, PENDING_PIN_KEY);
		this.#popup?.close();
		this.#popup = null;
		this.pin = null;
		this.elsewhere = false;
		this.status = this.account && this.#token ? 'signed-in' : 'idle';
		this.#notice = 'core_signin_cancelled';
	}

	/** Forgets the token and the account and stops any polling. Cached libraries stay unless removed separately. */
	signOut(): void {
		this.#abort?.abort();
		forget(this.#deps.storage, SESSION_KEY, PENDING_PIN_KEY);
		this.#token = null;
		this.account = null;
		this.pin = null;
		this.error = null;
		this.status = 'idle';
		this.#notice = 'core_signed_out';
	}

	/**
	 * Follows what other tabs did (call on the `storage` event): adopts a session another tab
	 * finished, drops one another tab signed out of, stops waiting when the other tab gave up.
	 */
	syncFromStorage(): void {
		const saved = loadSession(this.#deps.storage);
		if (saved) {
			if (this.status === 'signed-in' && this.#token === saved.token) return;
			this.#abort?.abort();
			this.#abort = null;
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
			this.#notice = 'core_signed_out_elsewhere';
		} else if (this.elsewhere && !loadPendingPin(this.#deps.storage)) {
			this.elsewhere = false;
			this.pin = null;
			this.status = 'idle';
		}
	}

	async #pollWithLock(pending: PendingPin): Promise<void> {
		await this.#exclusive(
			() => this.#poll(pending),
			async () => {
				const { client } = await this.#plex();
				this.pin = { code: pending.code, authUrl: authPageUrl(client.identity, pending.code) };
				this.#waitElsewhere();
			}
		);
	}

	/** Runs `work` holding the app-wide sign-in lock, or `busyElsewhere` when another tab holds it. */
	async #exclusive(work: () => Promise<void>, busyElsewhere: () => void | Promise<void>): Promise<void> {
		const locks = this.#deps.locks;
		if (!locks) return work();
		await locks.request(LOCK, { ifAvailable: true }, async (lock) => (lock ? work() : busyElsewhere()));
	}

	/** Another tab is signing in: show "waiting" here and take its session when it lands (adoptFromStorage). */
	#waitElsewhere(): void {
		this.elsewhere = true;
		this.status = 'waiting';
	}

	async #poll(pending: PendingPin): Promise<void> {
		this.#abort?.abort();
		const abort = new AbortController();
		this.#abort = abort;
		this.status = 'waiting';
		this.trouble = false;
		const [{ pollPin, timerWait }, { checkPin }, { client }] = await Promise.all([import('../auth/pin-poll.ts'), import('../plex/pins.ts'), this.#plex()]);
		if (abort.signal.aborted) return; // cancelled or signed out while the code loaded
		this.pin ??= { code: pending.code, authUrl: authPageUrl(client.identity, pending.code) };
		const result = await pollPin(
			pending,
			{ check: (id, signal) => checkPin(client, id, signal), now: this.#deps.now, wait: this.#deps.wait ?? timerWait },
			{ startedAt: pending.startedAt, signal: abort.signal, onCheck: (failures) => (this.trouble = failures >= 2) }
		);
		if (this.#abort !== abort) return; // superseded (cancelled, signed out, or adopted)
		this.#abort = null;
		this.trouble = false;
		if (result.kind !== 'cancelled') forget(this.#deps.storage, PENDING_PIN_KEY);
		switch (result.kind) {
			case 'authorised':
				await this.#finish(result.token);
				break;
			case 'expired':
				this.#stop('core_pin_expired');
				break;
			case 'timed-out':
				this.#stop('core_pin_timed_out');
				break;
			case 'cancelled':
				break;
			case 'failed':
				this.pin = null;
				this.#fail(result.error);
				break;
		}
	}

	async #finish(token: string): Promise<void> {
		this.#popup?.close();
		this.#popup = null;
		try {
			this.#adopt(token, await this.#account(token));
		} catch (error) {
			this.pin = null;
			this.#fail(error);
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
		this.#popup?.close();
		this.#popup = null;
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
