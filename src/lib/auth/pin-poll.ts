import type { Pin } from '../plex/pins.ts';
import { AppError } from '../errors.ts';
import { t } from '../i18n/i18n.ts';

/**
 * Polls a Plex PIN until the person approves it, as a small state machine with its clock,
 * waiting and PIN check injected (tests drive it with a fake clock).
 *  - one check every `intervalMs` (2 s), never faster;
 *  - stops on approval, on cancel (abort signal), when the PIN expires (404 / code 1020, or its
 *    expiresAt passes) and when `maxMs` (5 min) have passed since the sign-in started;
 *  - network hiccups and 5xx are retried quietly; after `maxFailures` in a row it gives up and says so;
 *  - 429 (too fast) doubles the wait for the next check.
 */

export interface PollDeps {
	check: (id: number, signal: AbortSignal) => Promise<Pin>;
	now: () => number;
	/** Resolves after `ms`, or rejects/resolves early when `signal` aborts. */
	wait: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface PollOptions {
	intervalMs?: number;
	maxMs?: number;
	maxFailures?: number;
	/** When the sign-in began (ms): the 5-minute limit counts from here, also after a redirect. */
	startedAt: number;
	signal: AbortSignal;
	/** Called after every check, with how many checks in a row have failed. */
	onCheck?: (failuresInARow: number) => void;
}

export type PollResult =
	| { kind: 'authorised'; token: string }
	| { kind: 'expired' }
	| { kind: 'timed-out' }
	| { kind: 'cancelled' }
	| { kind: 'failed'; error: AppError };

import { POLL_INTERVAL_MS, POLL_LIMIT_MS, POLL_MAX_FAILURES } from './pin-limits.ts';
export { POLL_INTERVAL_MS, POLL_LIMIT_MS, POLL_MAX_FAILURES };

export async function pollPin(pin: Pick<Pin, 'id' | 'expiresAt'>, deps: PollDeps, options: PollOptions): Promise<PollResult> {
	const interval = options.intervalMs ?? POLL_INTERVAL_MS;
	const limit = options.maxMs ?? POLL_LIMIT_MS;
	const maxFailures = options.maxFailures ?? POLL_MAX_FAILURES;
	const { signal } = options;
	let failures = 0;
	let lastError: AppError | undefined;

	for (;;) {
		if (signal.aborted) return { kind: 'cancelled' };
		const now = deps.now();
		if (now >= pin.expiresAt) return { kind: 'expired' };
		if (now - options.startedAt >= limit) return { kind: 'timed-out' };

		let delay = interval;
		try {
			const current = await deps.check(pin.id, signal);
			failures = 0;
			if (current.authToken) return { kind: 'authorised', token: current.authToken };
		} catch (error) {
			if (signal.aborted) return { kind: 'cancelled' };
			const kind = error instanceof AppError ? error.kind : 'unknown';
			if (kind === 'not-found' || kind === 'pin-expired') return { kind: 'expired' };
			failures += 1;
			lastError = error instanceof AppError ? error : new AppError('unknown', t('plex_pin_check_failed'), { cause: error });
			if (kind === 'rate-limited') delay = interval * 2;
			if (failures >= maxFailures) {
				return {
					kind: 'failed',
					error: new AppError(
						lastError.kind,
						t('plex_pin_gave_up', { count: failures, reason: lastError.message }),
						{ cause: lastError }
					)
				};
			}
		}
		options.onCheck?.(failures);
		await deps.wait(delay, signal);
	}
}

/** The real clock's wait: a timer that ends early (resolving) when the signal aborts. */
export function timerWait(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (signal.aborted) return resolve();
		const timer = setTimeout(done, ms);
		signal.addEventListener('abort', done, { once: true });
		function done() {
			clearTimeout(timer);
			signal.removeEventListener('abort', done);
			resolve();
		}
	});
}
