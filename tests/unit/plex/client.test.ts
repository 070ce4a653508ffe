import { describe, expect, it, vi } from 'vitest';
import { buildUrl, PlexClient } from '#lib/plex/client.ts';
import { authPageUrl } from '#lib/plex/pins.ts';
import { parseAccount } from '#lib/plex/account.ts';
import { readFileSync } from 'node:fs';
import { plexFailure, testIdentity } from '../../helpers/plex-client.ts';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../fake-plex/samples/${name}`, import.meta.url), 'utf8')) as unknown;

function client(fetchImpl: typeof fetch, online = true) {
	return new PlexClient({ fetch: fetchImpl, identity: () => testIdentity, online: () => online });
}

describe('PlexClient', () => {
	it('puts identity and token in the query and sends only Accept as a header (no CORS preflight)', async () => {
		const fetchMock = vi.fn<typeof fetch>(async () => new Response('{"ok":true}', { status: 200 }));
		await client(fetchMock).json({ base: 'https://plex.tv', path: '/api/v2/user', token: 'secret-token' }, (b) => b);
		const [url, init] = fetchMock.mock.calls[0]!;
		const u = new URL(String(url));
		expect(u.origin + u.pathname).toBe('https://plex.tv/api/v2/user');
		expect(u.searchParams.get('X-Plex-Client-Identifier')).toBe(testIdentity.clientId);
		expect(u.searchParams.get('X-Plex-Product')).toBe('PlexPicker');
		expect(u.searchParams.get('X-Plex-Device-Name')).toBe('PlexPicker (Chrome on Linux)');
		expect(u.searchParams.get('X-Plex-Token')).toBe('secret-token');
		expect(init?.headers).toEqual({ Accept: 'application/json' });
		expect(init?.referrerPolicy).toBe('no-referrer');
	});

	it('turns a 401 into "sign in again" without the token in the message', async () => {
		const body = JSON.stringify(sample('plextv-401-invalid-token.json'));
		const c = client(async () => new Response(body, { status: 401 }));
		const error = await plexFailure(c.json({ base: 'https://plex.tv', path: '/api/v2/user', token: 'secret-token', label: 'plex.tv account' }, (b) => b));
		expect(error.kind).toBe('unauthorized');
		expect(error.plexCode).toBe(1001);
		expect(error.message).toMatch(/Sign in again/);
		expect(error.message).not.toContain('secret-token');
	});

	it('treats 498 (an expired token) like 401, for plex.tv and for a server', async () => {
		const plexTv = client(async () => new Response(JSON.stringify({ errors: [{ code: 0, message: 'Token expired', status: 498 }] }), { status: 498 }));
		const account = await plexFailure(plexTv.json({ base: 'https://plex.tv', path: '/api/v2/user', token: 'secret-token', label: 'plex.tv account' }, (b) => b));
		expect(account.kind).toBe('unauthorized');
		expect(account.status).toBe(498);
		expect(account.message).toMatch(/Sign in again/);
		expect(account.message).not.toContain('secret-token');
		const pms = client(async () => new Response('<html><body>498</body></html>', { status: 498 }));
		const server = await plexFailure(pms.json({ base: 'https://10.0.0.2:32400', path: '/library/sections', token: 'srv-token', label: 'Plex server libraries' }, (b) => b));
		expect(server.kind).toBe('unauthorized');
		expect(server.message).not.toContain('srv-token');
	});

	it('treats plex.tv\'s 422 "Invalid token" as signed out, but not other 422s', async () => {
		const xml = client(async () => new Response('<?xml version="1.0" encoding="UTF-8"?><errors><error>Invalid token</error></errors>', { status: 422 }));
		expect((await plexFailure(xml.json({ base: 'https://plex.tv', path: '/api/v2/user', token: 't' }, (b) => b))).kind).toBe('unauthorized');
		const already = client(async () => new Response(JSON.stringify({ errors: [{ code: 0, message: "You're already sharing this server", status: 422 }] }), { status: 422 }));
		const error = await plexFailure(already.json({ base: 'https://clients.plex.tv', path: '/api/v2/shared_servers', token: 't' }, (b) => b));
		expect(error.kind).toBe('bad-response');
		expect(error.status).toBe(422);
	});

	it('tells offline, blocked/unreachable and timeout apart', async () => {
		const failing = async () => {
			throw new TypeError('Failed to fetch');
		};
		const offline = await plexFailure(client(failing, false).send({ base: 'https://plex.tv', path: '/x' }));
		expect(offline.kind).toBe('offline');
		const blocked = await plexFailure(client(failing).send({ base: 'https://plex.tv', path: '/x' }));
		expect(blocked.kind).toBe('network');
		expect(blocked.message).toMatch(/blocker/);
		const hanging: typeof fetch = (_u, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
		const slow = await plexFailure(client(hanging).send({ base: 'https://plex.tv', path: '/x', timeoutMs: 20 }));
		expect(slow.kind).toBe('timeout');
		const abort = new AbortController();
		const pending = plexFailure(client(hanging).send({ base: 'https://plex.tv', path: '/x', signal: abort.signal }));
		abort.abort();
		expect((await pending).kind).toBe('cancelled');
	});

	it('reports a malformed body as bad-response naming the endpoint', async () => {
		const c = client(async () => new Response('{"truncated', { status: 200 }));
		const error = await plexFailure(c.json({ base: 'https://plex.tv', path: '/api/v2/user', label: 'plex.tv account' }, parseAccount));
		expect(error.kind).toBe('bad-response');
		expect(error.message).toMatch(/^plex\.tv account/);
		const wrongShape = client(async () => new Response('{"id":"x"}', { status: 200 }));
		expect((await plexFailure(wrongShape.json({ base: 'https://plex.tv', path: '/u' }, parseAccount))).kind).toBe('bad-response');
	});

	it('maps 429 and 5xx to retryable kinds', async () => {
		expect((await plexFailure(client(async () => new Response('', { status: 429 })).send({ base: 'https://plex.tv', path: '/x' }))).kind).toBe('rate-limited');
		expect((await plexFailure(client(async () => new Response('<html>', { status: 503 })).send({ base: 'https://plex.tv', path: '/x' }))).kind).toBe('server-error');
	});


	it('builds URLs with extra query values, dropping undefined ones', () => {
		const u = buildUrl({ base: 'https://plex.tv/', path: '/api/v2/pins', query: { strong: 'true', skip: undefined } }, testIdentity);
		expect(u.searchParams.get('strong')).toBe('true');
		expect(u.searchParams.has('skip')).toBe(false);
		expect(u.searchParams.has('X-Plex-Token')).toBe(false);
	});
});

describe('plex.tv shapes', () => {
	it('reads the account from the real /api/v2/user shape', () => {
		expect(parseAccount(sample('plextv-user.json'))).toEqual({
			id: 31415926,
			uuid: '5f2c9e1a7b3d4c60',
			username: 'mira.okafor',
			email: 'mira.okafor@example.com',
			thumb: 'https://plex.tv/users/5f2c9e1a7b3d4c60/avatar?c=1795629731',
			friendlyName: 'Mira Okafor',
			plexPass: true
		});
	});

	it('does not load avatars from anywhere but plex.tv', () => {
		const user = { ...(sample('plextv-user.json') as object), thumb: 'https://tracker.example/a.png' };
		expect(parseAccount(user).thumb).toBeUndefined();
	});

	it('builds the app.plex.tv auth URL with client id, code, product and the way back', () => {
		const url = authPageUrl(testIdentity, 'k3v8q1x9m2p7d4w6z0r5t8y1b', 'https://picker.example/app/');
		expect(url.startsWith('https://app.plex.tv/auth#?')).toBe(true);
		const params = new URLSearchParams(url.split('#?')[1]);
		expect(params.get('clientID')).toBe(testIdentity.clientId);
		expect(params.get('code')).toBe('k3v8q1x9m2p7d4w6z0r5t8y1b');
		expect(params.get('context[device][product]')).toBe('PlexPicker');
		expect(params.get('forwardUrl')).toBe('https://picker.example/app/');
		expect(url).toContain('context%5Bdevice%5D%5Bproduct%5D=PlexPicker');
	});
});
