import type { Candidate, CandidateKind } from './candidates.ts';

/**
 * Races a server's candidate connections (docs/plex-api.md §6):
 *  - every direct candidate is probed at once (GET /identity, no token needed), each with its own
 *    timeout and AbortController;
 *  - the relay starts `relayHeadStartMs` later, giving direct connections a small head start
 *    (Plex limits relay bandwidth, so a direct connection that answers within that window is
 *    worth more than a slightly faster relay); it starts at once if every direct one has failed;
 *  - the first answer whose machineIdentifier is the server's wins; a different machine (a reused
 *    LAN address) is rejected; the others are aborted;
 *  - the result lists every attempt, for the "what was tried" view and the failure explanation.
 */

export type Probe = (uri: string, signal: AbortSignal) => Promise<{ machineIdentifier: string }>;

export type AttemptOutcome =
	| 'connected'
	| 'wrong-server'
	| 'timeout'
	| 'unreachable'
	| 'http-error'
	| 'bad-response'
	/** Still answering when another connection won (or the race was cancelled). */
	| 'abandoned'
	/** Never started (a relay whose head start had not run out). */
	| 'not-tried'
	| 'pending';

export interface Attempt {
	uri: string;
	kind: CandidateKind;
	outcome: AttemptOutcome;
	/** ms from the start of the race to the answer (or failure). */
	ms?: number;
	/** For http-error: the status. */
	status?: number;
}

export interface RaceOptions {
	machineId: string;
	signal?: AbortSignal;
	timeouts?: Partial<Record<CandidateKind, number>>;
	relayHeadStartMs?: number;
	now?: () => number;
}

export interface RaceResult {
	winner: Candidate | undefined;
	attempts: Attempt[];
}

export const DEFAULT_TIMEOUTS: Record<CandidateKind, number> = { local: 3000, remote: 8000, relay: 8000 };
export const RELAY_HEAD_START_MS = 300;

/** What a probe's failure says about the candidate. Probes throw errors with `kind`/`status` (PlexError) or plain ones. */
function outcomeOf(error: unknown, timedOut: boolean): { outcome: AttemptOutcome; status?: number } {
	if (timedOut) return { outcome: 'timeout' };
	const e = error as { kind?: string; status?: number } | undefined;
	if (e?.kind === 'timeout') return { outcome: 'timeout' };
	if (e?.kind === 'bad-response' && e.status === undefined) return { outcome: 'bad-response' };
	if (typeof e?.status === 'number') return { outcome: 'http-error', status: e.status };
	if (e?.kind === 'bad-response') return { outcome: 'bad-response' };
	return { outcome: 'unreachable' };
}

export function raceConnections(candidates: readonly Candidate[], probe: Probe, options: RaceOptions): Promise<RaceResult> {
	const now = options.now ?? (() => performance.now());
	const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
	const headStart = options.relayHeadStartMs ?? RELAY_HEAD_START_MS;
	const started = now();
	const attempts: Attempt[] = candidates.map((c) => ({ uri: c.uri, kind: c.kind, outcome: 'not-tried' }));
	const controllers = candidates.map(() => new AbortController());
	const timers: ReturnType<typeof setTimeout>[] = [];

	return new Promise<RaceResult>((resolve) => {
		let settled = false;
		let pending = candidates.length;
		const relays: number[] = [];
		let directLeft = candidates.filter((c) => c.kind !== 'relay').length;

		const finish = (winner: Candidate | undefined) => {
			if (settled) return;
			settled = true;
			for (const t of timers) clearTimeout(t);
			controllers.forEach((c) => c.abort());
			for (const a of attempts) if (a.outcome === 'pending') a.outcome = 'abandoned';
			options.signal?.removeEventListener('abort', onAbort);
			resolve({ winner, attempts });
		};
		const onAbort = () => finish(undefined);
		if (options.signal?.aborted) return finish(undefined);
		options.signal?.addEventListener('abort', onAbort);
		if (pending === 0) return finish(undefined);

		const startRelays = () => {
			for (const i of relays.splice(0)) start(i);
		};

		const start = (i: number) => {
			if (settled) return;
			const candidate = candidates[i]!;
			const controller = controllers[i]!;
			let timedOut = false;
			const timer = setTimeout(() => {
				timedOut = true;
				controller.abort();
			}, timeouts[candidate.kind]);
			timers.push(timer);
			attempts[i]!.outcome = 'pending';
			probe(candidate.uri, controller.signal).then(
				(identity) => {
					clearTimeout(timer);
					if (settled) return;
					attempts[i]!.ms = Math.round(now() - started);
					if (identity.machineIdentifier === options.machineId) {
						attempts[i]!.outcome = 'connected';
						finish(candidate);
					} else {
						attempts[i]!.outcome = 'wrong-server';
						done(candidate);
					}
				},
				(error: unknown) => {
					clearTimeout(timer);
					if (settled) return;
					const { outcome, status } = outcomeOf(error, timedOut);
					attempts[i] = { ...attempts[i]!, outcome, ms: Math.round(now() - started), ...(status ? { status } : {}) };
					done(candidate);
				}
			);
		};

		const done = (candidate: Candidate) => {
			pending -= 1;
			if (candidate.kind !== 'relay') {
				directLeft -= 1;
				if (directLeft === 0) startRelays();
			}
			if (pending === 0) finish(undefined);
		};

		candidates.forEach((c, i) => {
			if (c.kind === 'relay') relays.push(i);
			else start(i);
		});
		if (relays.length > 0) {
			if (directLeft === 0) startRelays();
			else timers.push(setTimeout(startRelays, headStart));
		}
	});
}
