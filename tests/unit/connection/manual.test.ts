import { describe, expect, it } from 'vitest';
import { addServerByAddress, checkServerAddress, connectAllowed, parseServerAddress } from '#lib/connection/manual.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { parseResources } from '#lib/plex/resources.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { testIdentity } from '../../helpers/plex-client.ts';

// README "Finding servers and connecting": add a server by address (docs/plex-api.md §6).
const ID = 'd1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4';
const HIDDEN = 'https://10-0-0-5.1234abcd.plex.direct:32400';

function setup() {
	const world = createWorld();
	world.addServer({ name: 'Hidden Box', machineIdentifier: ID, accessToken: 'fake-hidden-tok-1', connections: [] });
	world.bindOrigin(HIDDEN, ID); // answers there, but plex.tv lists no address for it
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity, online: () => true });
	return { world, client };
}

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: Error & { kind: string }) => e);

describe('parseServerAddress', () => {
	it('takes host:port or a URL, assumes https, and refuses what it cannot use', () => {
		expect(parseServerAddress('plex.example.org:32400', 'https:')).toEqual({ ok: true, uri: 'https://plex.example.org:32400' });
		expect(parseServerAddress(' https://plex.example.org:32400/ ', 'https:')).toEqual({ ok: true, uri: 'https://plex.example.org:32400' });
		expect(parseServerAddress('', 'https:')).toMatchObject({ ok: false });
		expect(parseServerAddress('http://192.168.1.20:32400', 'https:')).toMatchObject({ ok: false, message: expect.stringMatching(/block plain http/) });
		expect(parseServerAddress('http://192.168.1.20:32400', 'http:')).toEqual({ ok: true, uri: 'http://192.168.1.20:32400' });
		expect(parseServerAddress('https://x.org:32400/?X-Plex-Token=abc', 'https:')).toMatchObject({ ok: false, message: expect.stringMatching(/token goes in its own field/) });
	});
});

describe('checkServerAddress', () => {
	it('asks /identity with no token first, then the root with the typed token, and names the server', async () => {
		const { world, client } = setup();
		const server = await checkServerAddress(HIDDEN, 'fake-hidden-tok-1', { client, known: [] });
		expect(server).toMatchObject({ name: 'Hidden Box', machineId: ID, accessToken: 'fake-hidden-tok-1', manual: true, owned: false });
		expect(server.connections.map((c) => c.uri)).toEqual([HIDDEN]);
		expect(world.log.map((e) => [e.path, e.token])).toEqual([['/identity', null], ['/', 'fake-hidden-tok-1']]);
	});

	it('a listed server lends its token; the account token never goes to a typed address', async () => {
		const { world, client } = setup();
		const known = parseResources(world.devices);
		const server = await checkServerAddress(HIDDEN, undefined, { client, known });
		expect(server.accessToken).toBe('fake-hidden-tok-1');
		expect(server.connections[0]!.uri).toBe(HIDDEN);
		expect(world.log.every((e) => e.token !== world.account.token)).toBe(true);
	});

	it('explains a wrong token, a missing one, nothing answering, and a server refusing this site', async () => {
		const { world, client } = setup();
		expect((await failure(checkServerAddress(HIDDEN, 'wrong-token-123', { client, known: [] }))).message).toMatch(/refused this token/);
		expect((await failure(checkServerAddress(HIDDEN, undefined, { client, known: [] }))).message).toMatch(/needs its token/);
		expect((await failure(checkServerAddress('https://10-0-0-9.ffff.plex.direct:32400', 'x', { client, known: [] }))).message).toMatch(/Nothing answered at 10-0-0-9\.ffff\.plex\.direct:32400/);
		world.pmsAllowsOnlyPlexWeb(ID);
		const refused = await failure(checkServerAddress(HIDDEN, 'fake-hidden-tok-1', { client, known: [] }));
		expect(refused.kind).toBe('cors-refused');
		expect(refused.message).toMatch(/10-0-0-5\.1234abcd\.plex\.direct:32400 answered.*Plex's policy/);
		expect(refused.message).not.toMatch(/Remote Access/);
	});
});

// The app's own policy, as vite.config.ts writes it (README "Security"), with one address added at build time.
const POLICY = "default-src 'self'; connect-src 'self' https://plex.tv https://*.plex.tv https://*.plex.direct:* https://media.example.net:32400; img-src 'self'";
const PAGE = 'https://picker.example.org';

describe('connectAllowed', () => {
	it('follows connect-src: plex.tv hosts, any plex.direct port, added origins, and nothing else', () => {
		expect(connectAllowed(POLICY, 'https://10-0-0-5.1234abcd.plex.direct:32400', PAGE)).toBe(true);
		expect(connectAllowed(POLICY, 'https://clients.plex.tv', PAGE)).toBe(true);
		expect(connectAllowed(POLICY, 'https://media.example.net:32400', PAGE)).toBe(true);
		expect(connectAllowed(POLICY, 'https://media.example.net:443', PAGE)).toBe(false);
		expect(connectAllowed(POLICY, 'https://plex.example.org:32400', PAGE)).toBe(false);
		expect(connectAllowed(POLICY, 'https://plex.direct.example.org', PAGE)).toBe(false);
		expect(connectAllowed(POLICY, 'https://picker.example.org/x', PAGE)).toBe(true);
	});

	it('without a policy, or with a wide one, everything is allowed', () => {
		expect(connectAllowed(undefined, 'https://plex.example.org:32400', PAGE)).toBe(true);
		expect(connectAllowed("img-src 'self'", 'https://plex.example.org:32400', PAGE)).toBe(true);
		expect(connectAllowed("connect-src https:", 'https://plex.example.org:32400', PAGE)).toBe(true);
		expect(connectAllowed("connect-src *", 'https://plex.example.org:32400', PAGE)).toBe(true);
	});
});

describe('addServerByAddress', () => {
	it('explains an address the page may not reach, and sends nothing there', async () => {
		const { world, client } = setup();
		const before = world.log.length;
		const error = await failure(addServerByAddress('plex.example.org:32400', 'typed-token', 'https:', null, { client, known: [], connectPolicy: POLICY, pageOrigin: PAGE }));
		expect(error.message).toMatch(/may not talk to plex\.example\.org:32400.*plex\.direct.*PLEXPICKER_CSP_CONNECT/);
		expect(error.message).not.toContain('typed-token');
		expect(world.log.length).toBe(before);
	});

	it('a plex.direct address passes the policy and is checked as usual', async () => {
		const { client } = setup();
		const added = await addServerByAddress(HIDDEN, 'fake-hidden-tok-1', 'https:', null, { client, known: [], connectPolicy: POLICY, pageOrigin: PAGE });
		expect(added.server.machineId).toBe(ID);
		expect(JSON.parse(added.saved)).toHaveLength(1);
	});
});
