import { authPageUrl } from '../plex/auth-page.ts';
import type { Account } from '../plex/account.ts';
import type { PlexClient } from '../plex/client.ts';
import type { AuthBrowser, Locks } from './browser.ts';
import type { PollDeps } from './pin-poll.ts';
import { forget, PENDING_PIN_KEY, savePendingPin, type PendingPin } from './session-store.ts';
import type { MessageKey } from '../i18n/i18n.ts';

/*
 * Signing in, step by step (the PIN flow, the other tab holding the sign-in, the token sign-in):
 * SessionState's work once someone signs in or comes back from Plex, loaded then, so that a first
 * visit's JavaScript does not carry it (the first-load budget, scripts/measure.mjs).
 */

/** The sign-in under way: its poll's controller (cancel and sign-out abort it) and its popup. */
export interface SignInRun {
	abort: AbortController | null;
	popup: { close(): void } | null;
}

/** Where SessionState is read and changed from here (its fields that are not public). */
export interface SessionControl {
	readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
	readonly browser: AuthBrowser;
	readonly locks?: Locks;
	readonly now: () => number;
	readonly wait?: PollDeps['wait'];
	plex(): Promise<{ client: PlexClient }>;
	account(token: string): Promise<Account>;
	readonly run: SignInRun;
	adopt(token: string, account: Account): void;
	stop(notice: MessageKey): void;
	fail(error: unknown): void;
}

/** The fields of SessionState the flow shows its progress in. */
export interface SessionView {
	status: 'idle' | 'starting' | 'waiting' | 'signed-in' | 'expired' | 'error';
	pin: { code: string; authUrl: string } | null;
	trouble: boolean;
	elsewhere: boolean;
}

const LOCK = 'plexpicker:pin-poll';

export class SignInFlow {
	readonly #view: SessionView;
	readonly #c: SessionControl;

	constructor(view: SessionView, control: SessionControl) {
		this.#view = view;
		this.#c = control;
	}

	/** After SessionState.signIn() opened the popup (or not) in the click: get a PIN and wait. */
	signIn(popup: { go(url: string): void; close(): void } | null): Promise<void> {
		return this.#exclusive(
			() => this.#start(popup),
			() => {
				popup?.close();
				this.#waitElsewhere();
			}
		);
	}

	/** A sign-in the person started (back from Plex, or in another tab): wait for it again. */
	resume(pending: PendingPin): Promise<void> {
		return this.#exclusive(
			() => this.#poll(pending),
			async () => {
				const { client } = await this.#c.plex();
				this.#view.pin = { code: pending.code, authUrl: authPageUrl(client.identity, pending.code) };
				this.#waitElsewhere();
			}
		);
	}

	async #start(popup: { go(url: string): void; close(): void } | null): Promise<void> {
		try {
			// The poller too, now, so a connection that drops while waiting cannot stop it from loading.
			const [{ createPin }, { client }] = await Promise.all([import('../plex/pins.ts'), this.#c.plex(), import('./pin-poll.ts')]);
			const pin = await createPin(client);
			const now = this.#c.now();
			// By this device's clock: plex.tv's expiresAt is misread when the clocks disagree.
			const expiresAt = pin.lifetimeMs !== undefined ? now + pin.lifetimeMs : pin.expiresAt;
			const pending: PendingPin = { id: pin.id, code: pin.code, expiresAt, startedAt: now };
			savePendingPin(this.#c.storage, pending);
			const forward = popup ? undefined : this.#c.browser.returnUrl();
			const authUrl = authPageUrl(client.identity, pin.code, forward);
			this.#view.pin = { code: pin.code, authUrl };
			if (popup) {
				popup.go(authUrl);
				this.#c.run.popup = popup;
				await this.#poll(pending);
			} else {
				// The page goes away; after approving, Plex sends the person back and init() resumes polling.
				this.#view.status = 'waiting';
				this.#c.browser.navigate(authUrl);
			}
		} catch (error) {
			popup?.close();
			this.#c.fail(error);
		}
	}

	/** Runs `work` holding the app-wide sign-in lock, or `busyElsewhere` when another tab holds it. */
	async #exclusive(work: () => Promise<void>, busyElsewhere: () => void | Promise<void>): Promise<void> {
		const locks = this.#c.locks;
		if (!locks) return work();
		await locks.request(LOCK, { ifAvailable: true }, async (lock) => (lock ? work() : busyElsewhere()));
	}

	/** Another tab is signing in: show "waiting" here and take its session when it lands (SessionState.syncFromStorage). */
	#waitElsewhere(): void {
		this.#view.elsewhere = true;
		this.#view.status = 'waiting';
	}

	async #poll(pending: PendingPin): Promise<void> {
		this.#c.run.abort?.abort();
		const abort = new AbortController();
		this.#c.run.abort = abort;
		this.#view.status = 'waiting';
		this.#view.trouble = false;
		const [{ pollPin, timerWait }, { checkPin }, { client }] = await Promise.all([import('./pin-poll.ts'), import('../plex/pins.ts'), this.#c.plex()]);
		if (abort.signal.aborted) return; // cancelled or signed out while the code loaded
		this.#view.pin ??= { code: pending.code, authUrl: authPageUrl(client.identity, pending.code) };
		const result = await pollPin(
			pending,
			{ check: (id, signal) => checkPin(client, id, signal), now: this.#c.now, wait: this.#c.wait ?? timerWait },
			{ startedAt: pending.startedAt, signal: abort.signal, onCheck: (failures) => (this.#view.trouble = failures >= 2) }
		);
		if (this.#c.run.abort !== abort) return; // superseded (cancelled, signed out, or adopted)
		this.#c.run.abort = null;
		this.#view.trouble = false;
		if (result.kind !== 'cancelled') forget(this.#c.storage, PENDING_PIN_KEY);
		switch (result.kind) {
			case 'authorised':
				await this.#finish(result.token);
				break;
			case 'expired':
				this.#c.stop('core_pin_expired');
				break;
			case 'timed-out':
				this.#c.stop('plex_pin_timed_out');
				break;
			case 'cancelled':
				break;
			case 'failed':
				this.#view.pin = null;
				this.#c.fail(result.error);
				break;
		}
	}

	async #finish(token: string): Promise<void> {
		this.#c.run.popup?.close();
		this.#c.run.popup = null;
		try {
			this.#c.adopt(token, await this.#c.account(token));
		} catch (error) {
			this.#view.pin = null;
			this.#c.fail(error);
		}
	}
}
