import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Candidate } from '#lib/connection/candidates.ts';
import { raceConnections, type Probe } from '#lib/connection/race.ts';

const ID = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
const c = (uri: string, kind: Candidate['kind'] = 'remote'): Candidate => ({ uri, kind, protocol: 'https', ipv6: false, remembered: false });

type Behaviour = { delay: number; id?: string; fail?: 'network' | 'status' };

/** A probe whose answers arrive after fake-timer delays; records starts and aborts. */
function fakeProbe(behaviours: Record<string, Behaviour>) {
	const started: string[] = [];
	const aborted: string[] = [];
	const probe: Probe = (uri, signal) =>
		new Promise((resolve, reject) => {
			started.push(uri);
			const b = behaviours[uri]!;
			let settled = false;
			const timer = setTimeout(() => {
				settled = true;
				if (b.fail === 'network') reject(Object.assign(new TypeError('Failed to fetch'), { kind: 'network' }));
				else if (b.fail === 'status') reject(Object.assign(new Error('401'), { kind: 'unauthorized', status: 401 }));
				else resolve({ machineIdentifier: b.id ?? ID });
			}, b.delay);
			signal.addEventListener('abort', () => {
				if (settled) return; // like fetch: aborting a finished request does nothing
				clearTimeout(timer);
				aborted.push(uri);
				reject(new DOMException('aborted', 'AbortError'));
			});
		});
	return { probe, started, aborted };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const now = () => Date.now();

describe('raceConnections', () => {
	it('takes the fastest verified answer and aborts the slower ones', async () => {
		const f = fakeProbe({ fast: { delay: 50 }, slow: { delay: 800 }, dead: { delay: 10, fail: 'network' } });
		const racing = raceConnections([c('slow'), c('fast'), c('dead')], f.probe, { machineId: ID, now });
		await vi.advanceTimersByTimeAsync(60);
		const { winner, attempts } = await racing;
		expect(winner?.uri).toBe('fast');
		expect(f.started.sort()).toEqual(['dead', 'fast', 'slow']);
		expect(f.aborted).toEqual(['slow']);
		expect(attempts).toEqual([
			{ uri: 'slow', kind: 'remote', outcome: 'abandoned' },
			{ uri: 'fast', kind: 'remote', outcome: 'connected', ms: 50 },
			{ uri: 'dead', kind: 'remote', outcome: 'unreachable', ms: 10 }
		]);
	});

	it('rejects an address that answers as a different machine', async () => {
		const f = fakeProbe({ impostor: { delay: 5, id: 'ffffffffffffffffffffffffffffffffffffffff' }, real: { delay: 100 } });
		const racing = raceConnections([c('impostor', 'local'), c('real')], f.probe, { machineId: ID, now });
		await vi.advanceTimersByTimeAsync(100);
		const { winner, attempts } = await racing;
		expect(winner?.uri).toBe('real');
		expect(attempts[0]).toMatchObject({ uri: 'impostor', outcome: 'wrong-server' });
	});

	it('gives each address its own timeout, shorter for local ones', async () => {
		const f = fakeProbe({ lan: { delay: 60_000 }, wan: { delay: 60_000 } });
		const racing = raceConnections([c('lan', 'local'), c('wan', 'remote')], f.probe, { machineId: ID, now, timeouts: { local: 3000, remote: 8000 } });
		await vi.advanceTimersByTimeAsync(8000);
		const { winner, attempts } = await racing;
		expect(winner).toBeUndefined();
		expect(attempts).toEqual([
			{ uri: 'lan', kind: 'local', outcome: 'timeout', ms: 3000 },
			{ uri: 'wan', kind: 'remote', outcome: 'timeout', ms: 8000 }
		]);
	});

	it('gives direct connections a head start over the relay', async () => {
		const f = fakeProbe({ relay: { delay: 10 }, direct: { delay: 200 } });
		const racing = raceConnections([c('direct'), c('relay', 'relay')], f.probe, { machineId: ID, now, relayHeadStartMs: 300 });
		await vi.advanceTimersByTimeAsync(200);
		const { winner, attempts } = await racing;
		expect(winner?.uri).toBe('direct');
		expect(f.started).toEqual(['direct']);
		expect(attempts[1]).toMatchObject({ uri: 'relay', outcome: 'not-tried' });
	});

	it('starts the relay at once when every direct address has failed, and uses it', async () => {
		const f = fakeProbe({ relay: { delay: 30 }, direct: { delay: 20, fail: 'network' } });
		const racing = raceConnections([c('direct'), c('relay', 'relay')], f.probe, { machineId: ID, now, relayHeadStartMs: 300 });
		await vi.advanceTimersByTimeAsync(50);
		const { winner, attempts } = await racing;
		expect(winner?.uri).toBe('relay');
		expect(attempts[1]).toMatchObject({ outcome: 'connected', ms: 50 });
	});

	it('never waits for dead addresses once a live one answered', async () => {
		const f = fakeProbe({ hang1: { delay: 1e9 }, hang2: { delay: 1e9 }, live: { delay: 20 } });
		const racing = raceConnections([c('hang1', 'local'), c('hang2'), c('live')], f.probe, { machineId: ID, now });
		await vi.advanceTimersByTimeAsync(20);
		expect((await racing).winner?.uri).toBe('live');
		expect(f.aborted.sort()).toEqual(['hang1', 'hang2']);
	});

	it('stops everything when cancelled', async () => {
		const f = fakeProbe({ a: { delay: 1000 }, b: { delay: 1000 } });
		const abort = new AbortController();
		const racing = raceConnections([c('a'), c('b')], f.probe, { machineId: ID, now, signal: abort.signal });
		abort.abort();
		const { winner } = await racing;
		expect(winner).toBeUndefined();
		expect(f.aborted.sort()).toEqual(['a', 'b']);
	});

	it('with no candidates, ends at once', async () => {
		expect(await raceConnections([], fakeProbe({}).probe, { machineId: ID })).toEqual({ winner: undefined, attempts: [] });
	});

	it('records HTTP errors with their status', async () => {
		const f = fakeProbe({ x: { delay: 5, fail: 'status' } });
		const racing = raceConnections([c('x')], f.probe, { machineId: ID, now });
		await vi.advanceTimersByTimeAsync(5);
		expect((await racing).attempts[0]).toMatchObject({ outcome: 'http-error', status: 401 });
	});
});
