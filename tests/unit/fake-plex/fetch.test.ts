import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';

const VAULT = 'https://192-168-1-20.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';
const CABIN = 'https://192-168-50-2.d0c1b2a3948576f6e7d8c9b0a1f2e3d4.plex.direct:32400';
const accept = { headers: { Accept: 'application/json' } };

afterEach(() => {
	vi.useRealTimers();
});

describe('createFakeFetch', () => {
	it('takes URL strings, URL objects and Request objects (body included)', async () => {
		const fetch = createFakeFetch(createWorld());
		expect((await fetch(`${VAULT}/identity`, accept)).status).toBe(200);
		expect((await fetch(new URL(`${VAULT}/identity`), accept)).status).toBe(200);
		const request = new Request('https://plex.tv/api/v2/pins?strong=true&X-Plex-Client-Identifier=abc', { method: 'POST', headers: { Accept: 'application/json' } });
		const res = await fetch(request);
		expect(res.status).toBe(201);
		expect(res.url).toBe(request.url);
		expect((await res.json()).clientIdentifier).toBe('abc');
	});

	it('rejects like a browser for unknown hosts and refused connections', async () => {
		const fetch = createFakeFetch(createWorld());
		await expect(fetch('https://example.com/')).rejects.toThrow(new TypeError('Failed to fetch'));
		// Cabin NAS is offline in the samples (presence false): its connections refuse
		await expect(fetch(`${CABIN}/identity`)).rejects.toThrow(TypeError);
	});

	it('rejects with an AbortError DOMException when the signal aborts, before or during the request', async () => {
		const world = createWorld();
		world.setBehaviour(VAULT, { delayMs: 10_000 });
		const fetch = createFakeFetch(world);
		const already = AbortSignal.abort();
		await expect(fetch(`${VAULT}/identity`, { signal: already })).rejects.toMatchObject({ name: 'AbortError' });
		const controller = new AbortController();
		const pending = fetch(`${VAULT}/identity`, { signal: controller.signal });
		controller.abort();
		const error = await pending.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DOMException);
		expect(error).toMatchObject({ name: 'AbortError' });
	});

	it('waits the configured delay (world behaviour plus per-host hook)', async () => {
		vi.useFakeTimers();
		const world = createWorld();
		world.setBehaviour(VAULT, { delayMs: 1000 });
		const fetch = createFakeFetch(world, { delay: (url) => (url.hostname.startsWith('192-168') ? 500 : 0) });
		let settled = false;
		const answer = fetch(`${VAULT}/identity`, accept).then((r) => ((settled = true), r));
		await vi.advanceTimersByTimeAsync(1499);
		expect(settled).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect((await answer).status).toBe(200);
	});

	it('hangs until aborted, and resets with a network error', async () => {
		const world = createWorld();
		const fetch = createFakeFetch(world);
		world.setBehaviour(VAULT, { failure: 'hang' });
		await expect(fetch(`${VAULT}/identity`, { signal: AbortSignal.timeout(30) })).rejects.toMatchObject({ name: 'TimeoutError' });
		world.setBehaviour(VAULT, { failure: 'reset' });
		await expect(fetch(`${VAULT}/identity`)).rejects.toThrow('Failed to fetch');
		expect(world.requests({ path: '/identity' }).map((e) => e.note)).toEqual(['hang', 'reset']);
	});

	it('fails hosts through the fail hook', async () => {
		const fetch = createFakeFetch(createWorld(), { fail: (url) => url.hostname === 'plex.tv' });
		await expect(fetch('https://plex.tv/api/v2/user')).rejects.toThrow('Failed to fetch');
		expect((await fetch(`${VAULT}/identity`)).status).toBe(200);
	});

	it('sends a preflight only for non-simple requests, and fails when the answer lacks CORS headers', async () => {
		const world = createWorld();
		const fetch = createFakeFetch(world);
		await fetch(`${VAULT}/library/sections?X-Plex-Token=${TOKENS.owned}`, accept);
		expect(world.requests({ method: 'OPTIONS' })).toHaveLength(0);
		await fetch(`${VAULT}/library/sections`, { headers: { Accept: 'application/json', 'X-Plex-Token': TOKENS.owned } });
		const [preflight] = world.requests({ method: 'OPTIONS' });
		expect(preflight?.headers['access-control-request-headers']).toBe('x-plex-token');

		world.addFault({ host: 'clients.plex.tv', method: 'OPTIONS', status: 403, cors: false });
		const post = fetch(`https://clients.plex.tv/api/v2/shared_servers?X-Plex-Token=${TOKENS.account}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
		await expect(post).rejects.toThrow('Failed to fetch');
		expect(world.requests({ method: 'POST' })).toHaveLength(0); // the browser never sends it
	});

	it('passes non-CORS answers through when CORS emulation is off', async () => {
		const world = createWorld();
		world.addFault({ host: 'plex.tv', status: 502, body: '<html>Bad gateway</html>', cors: false });
		await expect(createFakeFetch(world)('https://plex.tv/api/v2/user')).rejects.toThrow(TypeError);
		expect((await createFakeFetch(world, { cors: false })('https://plex.tv/api/v2/user')).status).toBe(502);
	});
});
