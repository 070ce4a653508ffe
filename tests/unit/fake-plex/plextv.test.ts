import { describe, expect, it } from 'vitest';
import { samples, TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { client, CLIENT, IDENTITY, keys } from './util.ts';

const PINS = 'https://plex.tv/api/v2/pins';

function setup(options: Parameters<typeof createWorld>[0] = {}) {
	let now = Date.parse('2026-11-25T18:02:11Z');
	const world = createWorld({ now: () => now, ...options });
	const { getJson, fetch } = client(world);
	const createPin = async (query = 'strong=true') => getJson(`${PINS}?${query}&${IDENTITY}`, { method: 'POST' });
	const poll = (id: number, identity = IDENTITY) => getJson(`${PINS}/${id}?${identity}`);
	return { world, getJson, fetch, createPin, poll, advance: (ms: number) => (now += ms) };
}

describe('PIN sign-in', () => {
	it('creates a strong pin shaped like the sample: 201, 25-char code, 30 minutes, no token yet', async () => {
		const { createPin } = setup();
		const created = await createPin();
		expect(created.status).toBe(201);
		expect(keys(created.body)).toEqual(keys(samples.pinCreate));
		expect(created.body).toMatchObject({ code: samples.pinCreate.code, expiresIn: 1800, authToken: null, clientIdentifier: CLIENT, product: 'PlexPicker' });
		expect(created.body.code).toHaveLength(25);
		expect(Date.parse(created.body.expiresAt) - Date.parse(created.body.createdAt)).toBe(1800 * 1000);
	});

	it('makes 4-character, 15-minute pins without strong=true', async () => {
		const { createPin } = setup();
		const created = await createPin('strong=false');
		expect(created.body.code).toHaveLength(4);
		expect(created.body.expiresIn).toBe(900);
	});

	it('is pending until approved, then hands out the account token', async () => {
		const { world, createPin, poll, advance } = setup();
		const { body: pin } = await createPin();
		advance(58_000);
		const pending = await poll(pin.id);
		expect(pending.status).toBe(200);
		expect(pending.body).toMatchObject({ authToken: null, newRegistration: null, expiresIn: 1742 });
		world.approvePin(pin.id);
		const done = await poll(pin.id);
		expect(keys(done.body)).toEqual(keys(samples.pinAuthorised));
		expect(done.body).toMatchObject({ authToken: TOKENS.account, newRegistration: false });
	});

	it('answers 404 code 1020 for an expired pin, a forgotten pin and a pin of another client id', async () => {
		const { world, createPin, poll, advance } = setup();
		const { body: first } = await createPin();
		world.expirePin(first.id);
		expect(await poll(first.id)).toMatchObject({ status: 404, body: samples.pinExpired });

		const { body: second } = await createPin();
		expect((await poll(second.id, 'X-Plex-Client-Identifier=someone-else')).status).toBe(404);
		advance(1800 * 1000);
		expect(await poll(second.id)).toMatchObject({ status: 404, body: { errors: [{ code: 1020 }] } });
		expect((await poll(999)).status).toBe(404);
	});

	it('lets a test shorten the pin lifetime', async () => {
		const { createPin, poll, advance } = setup({ pinExpiresIn: 5 });
		const { body: pin } = await createPin();
		expect(pin.expiresIn).toBe(5);
		advance(4_000);
		expect((await poll(pin.id)).status).toBe(200);
		advance(1_000);
		expect((await poll(pin.id)).status).toBe(404);
	});

	it('refuses to create a pin without a client identifier', async () => {
		const { getJson } = setup();
		expect((await getJson(`${PINS}?strong=true`, { method: 'POST' })).status).toBe(400);
	});
});

describe('account', () => {
	it('returns the sample user for the account token, in the query or a header', async () => {
		const { getJson } = setup();
		const viaQuery = await getJson(`https://plex.tv/api/v2/user?${IDENTITY}&X-Plex-Token=${TOKENS.account}`);
		expect(viaQuery).toMatchObject({ status: 200, body: samples.user });
		const viaHeader = await getJson(`https://plex.tv/api/v2/user?${IDENTITY}`, { headers: { 'X-Plex-Token': TOKENS.account } });
		expect(viaHeader.body.username).toBe('mira.okafor');
	});

	it('answers 401 with the sample body for a wrong, missing or revoked token', async () => {
		const { world, getJson } = setup();
		const user = (token?: string) => getJson(`https://plex.tv/api/v2/user?${IDENTITY}${token ? `&X-Plex-Token=${token}` : ''}`);
		expect(await user('nope')).toMatchObject({ status: 401, body: samples.invalidToken });
		expect((await user()).status).toBe(401);
		expect((await user(TOKENS.owned)).status).toBe(401); // a server token is not an account token
		world.revokeToken();
		expect(await user(TOKENS.account)).toMatchObject({ status: 401, body: { errors: [{ code: 1001 }] } });
	});

	it('answers 498 for an expired account token, everywhere it is checked', async () => {
		const { world, getJson } = setup();
		world.expireToken();
		const user = await getJson(`https://plex.tv/api/v2/user?${IDENTITY}&X-Plex-Token=${TOKENS.account}`);
		expect(user).toMatchObject({ status: 498, body: { errors: [{ status: 498 }] } });
		expect((await getJson(`https://clients.plex.tv/api/v2/shared_servers/owned/accepted?${IDENTITY}&X-Plex-Token=${TOKENS.account}`)).status).toBe(498);
		expect((await getJson(`https://plex.tv/api/v2/user?${IDENTITY}&X-Plex-Token=nope`)).status).toBe(401);
		expect((await getJson(`https://plex.tv/api/v2/user?${IDENTITY}&X-Plex-Token=${world.account.token}`)).status).toBe(200);
	});

	it('signs in again after a revoke with a new token', async () => {
		const { world, createPin, poll } = setup();
		world.revokeToken();
		const { body: pin } = await createPin();
		world.approvePin(pin.id);
		const token = (await poll(pin.id)).body.authToken as string;
		expect(token).not.toBe(TOKENS.account);
		expect(token.length).toBeGreaterThanOrEqual(20);
	});
});

describe('resources', () => {
	const url = (token: string, flags = 'includeHttps=1&includeRelay=1&includeIPv6=1') => `https://plex.tv/api/v2/resources?${flags}&${IDENTITY}&X-Plex-Token=${token}`;

	it('lists every sample device, players included (the client must filter on provides)', async () => {
		const { getJson } = setup();
		const { status, body } = await getJson(url(TOKENS.account));
		expect(status).toBe(200);
		expect(body).toEqual(samples.resources);
		const servers = body.filter((d: { provides: string }) => d.provides.split(',').includes('server'));
		expect(servers.map((s: { name: string }) => s.name)).toEqual(['Okafor Vault', "Dad's Plex", 'Cabin NAS']);
		const shared = servers.find((s: { owned: boolean }) => !s.owned);
		expect(shared.accessToken).toBe(TOKENS.shared);
	});

	it('leaves relay and IPv6 connections out unless asked for', async () => {
		const { getJson } = setup();
		const { body } = await getJson(url(TOKENS.account, 'includeHttps=1'));
		const connections = body.flatMap((d: { connections: { relay: boolean; IPv6: boolean }[] }) => d.connections);
		expect(connections.length).toBeGreaterThan(0);
		expect(connections.some((c: { relay: boolean; IPv6: boolean }) => c.relay || c.IPv6)).toBe(false);
	});

	it('needs the account token', async () => {
		const { getJson } = setup();
		expect(await getJson(url('wrong'))).toMatchObject({ status: 401, body: samples.invalidToken });
	});

	it('shows servers added to the world', async () => {
		const { world, getJson } = setup();
		world.addServer({ name: 'Attic', machineIdentifier: 'ab'.repeat(20), accessToken: 'fake-attic-token-0001' });
		const { body } = await getJson(url(TOKENS.account));
		const attic = body.find((d: { name: string }) => d.name === 'Attic');
		expect(keys(attic)).toEqual(keys(samples.resources[0] as object));
		expect(attic.connections[0].uri).toMatch(/^https:\/\/192-168-1-\d+\.[0-9a-f]{32}\.plex\.direct:32400$/);
	});
});

describe('plex.tv odds and ends', () => {
	it('answers 410 for the removed friends endpoints', async () => {
		const { getJson, fetch } = setup();
		expect(await getJson(`https://plex.tv/api/v2/friends?X-Plex-Token=${TOKENS.account}`)).toMatchObject({ status: 410, body: samples.friendsGone });
		const v1 = await fetch(`https://plex.tv/api/friends/123?X-Plex-Token=${TOKENS.account}`);
		expect(v1.status).toBe(410);
		expect(await v1.text()).toContain('<Response code="410"');
	});

	it('answers XML, not JSON, when Accept: application/json is missing', async () => {
		const { fetch } = setup();
		const res = await fetch(`https://plex.tv/api/v2/user?X-Plex-Token=${TOKENS.account}`);
		expect(res.headers.get('content-type')).toContain('xml');
		await expect(res.clone().json()).rejects.toThrow();
		expect(await res.text()).toContain('username="mira.okafor"');
	});

	it('serves a fake sign-in page on app.plex.tv', async () => {
		const { fetch } = setup();
		const res = await fetch('https://app.plex.tv/auth#?clientID=x&code=abc');
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('<title>Plex sign-in (fake)</title>');
	});

	it('serves canned faults before any route, e.g. 429 on pin polls', async () => {
		const { world, createPin, poll } = setup();
		const { body: pin } = await createPin();
		world.addFault({ host: 'plex.tv', path: /^\/api\/v2\/pins\/\d+$/, times: 1, status: 429, body: { errors: [{ code: 429, message: 'Too many requests', status: 429 }] } });
		expect((await poll(pin.id)).status).toBe(429);
		expect((await poll(pin.id)).status).toBe(200);
	});
});
