import { describe, expect, it } from 'vitest';
import { pollPin, POLL_INTERVAL_MS, POLL_LIMIT_MS, timerWait, type PollDeps } from '#lib/auth/pin-poll.ts';
import { AppError } from '#lib/errors.ts';
import type { Pin } from '#lib/plex/pins.ts';

const T0 = 1_800_000_000_000;

/** A fake clock: waiting advances time; each check is answered by `answers` in order. */
function world(answers: Array<'pending' | 'token' | 'network' | 'timeout' | '404' | '429' | '500' | ((t: number) => 'pending' | 'token')>) {
	let now = T0;
	const checks: number[] = [];
	const waits: number[] = [];
	let i = 0;
	const deps: PollDeps = {
		now: () => now,
		wait: async (ms) => {
			waits.push(ms);
			now += ms;
		},
		check: async (id): Promise<Pin> => {
			checks.push(now);
			let a = answers[Math.min(i++, answers.length - 1)]!;
			if (typeof a === 'function') a = a(now);
			const pin = { id, code: 'c', expiresAt: T0 + 1_800_000, authToken: undefined as string | undefined };
			switch (a) {
				case 'pending':
					return pin;
				case 'token':
					return { ...pin, authToken: 'tok' };
				case 'network':
					throw new AppError('network', 'Could not reach plex.tv.');
				case 'timeout':
					throw new AppError('timeout', 'plex.tv did not answer in time.');
				case '404':
					throw new AppError('not-found', 'gone');
				case '429':
					throw new AppError('rate-limited', 'slow down');
				case '500':
					throw new AppError('server-error', 'boom');
			}
		}
	};
	return { deps, checks, waits, now: () => now };
}

const pin = { id: 7, expiresAt: T0 + 1_800_000 };
const opts = (over: Partial<Parameters<typeof pollPin>[2]> = {}) => ({ startedAt: T0, signal: new AbortController().signal, ...over });

describe('pollPin', () => {
	it('checks every 2 s until the PIN is approved, then returns the token', async () => {
		const w = world(['pending', 'pending', 'pending', 'token']);
		const result = await pollPin(pin, w.deps, opts());
		expect(result).toEqual({ kind: 'authorised', token: 'tok' });
		expect(w.checks).toHaveLength(4);
		expect(w.checks.map((t, i) => (i === 0 ? 0 : t - w.checks[i - 1]!))).toEqual([0, 2000, 2000, 2000]);
		expect(POLL_INTERVAL_MS).toBe(2000);
	});

	it('gives up after 5 minutes without approval, having checked about 150 times', async () => {
		const w = world(['pending']);
		const result = await pollPin(pin, w.deps, opts());
		expect(result).toEqual({ kind: 'timed-out' });
		expect(w.now() - T0).toBe(POLL_LIMIT_MS);
		expect(w.checks).toHaveLength(POLL_LIMIT_MS / POLL_INTERVAL_MS);
	});

	it('counts the 5 minutes from when sign-in began, also after a redirect', async () => {
		const w = world(['pending']);
		const result = await pollPin(pin, w.deps, opts({ startedAt: T0 - POLL_LIMIT_MS + 4000 }));
		expect(result).toEqual({ kind: 'timed-out' });
		expect(w.checks).toHaveLength(2);
	});

	it('stops when plex.tv says the PIN expired (404, code 1020)', async () => {
		const w = world(['pending', '404']);
		expect(await pollPin(pin, w.deps, opts())).toEqual({ kind: 'expired' });
		expect(w.checks).toHaveLength(2);
	});

	it('stops when the PIN’s expiresAt passes, without asking plex.tv again', async () => {
		const w = world(['pending']);
		const result = await pollPin({ id: 7, expiresAt: T0 + 5000 }, w.deps, opts());
		expect(result).toEqual({ kind: 'expired' });
		expect(w.checks).toHaveLength(3); // at 0, 2 s and 4 s; at 6 s the PIN is past expiresAt
	});

	it('stops on cancel, also in the middle of a wait', async () => {
		const abort = new AbortController();
		const w = world(['pending']);
		const deps = { ...w.deps, wait: async (ms: number, signal: AbortSignal) => { if (w.checks.length === 3) abort.abort(); await w.deps.wait(ms, signal); } };
		expect(await pollPin(pin, deps, opts({ signal: abort.signal }))).toEqual({ kind: 'cancelled' });
		expect(w.checks).toHaveLength(3);
	});

	it('retries network hiccups quietly and still succeeds', async () => {
		const w = world(['network', 'timeout', '500', 'pending', 'token']);
		const seen: number[] = [];
		const result = await pollPin(pin, w.deps, opts({ onCheck: (f) => seen.push(f) }));
		expect(result).toEqual({ kind: 'authorised', token: 'tok' });
		expect(seen).toEqual([1, 2, 3, 0]);
	});

	it('after 5 failures in a row, tells the person plex.tv cannot be reached', async () => {
		const w = world(['network']);
		const result = await pollPin(pin, w.deps, opts());
		expect(result.kind).toBe('failed');
		if (result.kind === 'failed') {
			expect(result.error.kind).toBe('network');
			expect(result.error.message).toMatch(/Could not reach plex\.tv to finish signing in \(5 tries\)/);
		}
		expect(w.checks).toHaveLength(5);
	});

	it('slows down when plex.tv answers 429', async () => {
		const w = world(['429', 'pending', 'token']);
		await pollPin(pin, w.deps, opts());
		expect(w.waits).toEqual([4000, 2000]);
	});
});

describe('timerWait', () => {
	it('ends early when cancelled', async () => {
		const abort = new AbortController();
		const started = Date.now();
		const waiting = timerWait(10_000, abort.signal);
		abort.abort();
		await waiting;
		expect(Date.now() - started).toBeLessThan(1000);
	});
});
