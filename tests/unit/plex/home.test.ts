import { describe, expect, it } from 'vitest';
import { PlexClient } from '#lib/plex/client.ts';
import { getServers } from '#lib/plex/resources.ts';
import { homeProblem, listHomeMembers, parseHomeMembers, parseSwitch, switchToMember, type HomeMember } from '#lib/plex/home.ts';
import usersSample from '../../fake-plex/samples/plextv-home-users.json' with { type: 'json' };
import switchSample from '../../fake-plex/samples/plextv-home-switch-201.json' with { type: 'json' };
import { TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { plexFailure, testIdentity } from '../../helpers/plex-client.ts';

function setup() {
	const world = createWorld();
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity, online: () => true });
	return { world, client };
}

async function members(client: PlexClient): Promise<Record<string, HomeMember>> {
	return Object.fromEntries((await listHomeMembers(client, TOKENS.account)).map((m) => [m.title, m]));
}

describe('reading the Home (docs/plex-api.md §15)', () => {
	it('lists the sample Home: names, plex.tv avatars, the admin, and who is protected', () => {
		const list = parseHomeMembers(usersSample);
		expect(list.map((m) => [m.title, m.admin, m.protected, m.restricted])).toEqual([
			['mira.okafor', true, false, false],
			['Jonah', false, false, true],
			['Ada', false, true, false]
		]);
		expect(list.every((m) => m.thumb?.startsWith('https://plex.tv/users/'))).toBe(true);
	});

	it('is lenient: a bare array, 0/1 flags, ids as digit strings; skips entries without id or uuid and a repeated uuid', () => {
		const list = parseHomeMembers([
			{ id: '7', uuid: 'abc123', title: 'Kid', protected: 1, admin: '0' },
			{ id: 8, title: 'No uuid' },
			{ uuid: 'nouid', title: 'No id' },
			{ id: 9, uuid: 'abc123', title: 'Again' },
			{ id: 10, uuid: 'def456', username: 'only.username', thumb: 'https://evil.example/a.png' },
			'junk'
		]);
		expect(list).toEqual([
			{ id: 7, uuid: 'abc123', title: 'Kid', thumb: undefined, admin: false, guest: false, restricted: false, protected: true },
			{ id: 10, uuid: 'def456', title: 'only.username', thumb: undefined, admin: false, guest: false, restricted: false, protected: false }
		]);
	});

	it('refuses a body without a users list, and a switch answer without a token', () => {
		expect(() => parseHomeMembers({ id: 1 })).toThrow();
		expect(parseSwitch(switchSample)).toBe('fake-home-ada-Rt6Yu1Pw');
		expect(parseSwitch({ authToken: 'tok', id: {}, profile: 'garbage' })).toBe('tok');
		expect(() => parseSwitch({ id: 1 })).toThrow();
		expect(() => parseSwitch({ authToken: ' ' })).toThrow();
	});
});

describe('switching (fake world)', () => {
	it('switches to an unprotected member without a PIN; the member token lists only their servers, with their own tokens', async () => {
		const { world, client } = setup();
		const { Jonah } = await members(client);
		const switched = await switchToMember(client, TOKENS.account, Jonah as HomeMember);
		expect(switched.token).toBe(world.home?.member('Jonah').token);
		const servers = await getServers(client, switched.token);
		expect(servers.map((s) => [s.name, s.accessToken, s.owned])).toEqual([['Okafor Vault', 'fake-srvJ-Lp4Ws7Nc', false]]);
		const post = world.requests({ method: 'POST', path: /\/switch$/ }).at(-1);
		expect(post?.token).toBe(TOKENS.account);
		expect(post?.query.pin).toBeUndefined();
	});

	it('a protected member needs the right PIN: a wrong one is a wrong-pin problem (403, code 1041)', async () => {
		const { client } = setup();
		const { Ada } = await members(client);
		const wrong = await plexFailure(switchToMember(client, TOKENS.account, Ada as HomeMember, '1111'));
		expect([wrong.status, wrong.plexCode, homeProblem(wrong, true)]).toEqual([403, 1041, 'wrong-pin']);
		const none = await plexFailure(switchToMember(client, TOKENS.account, Ada as HomeMember));
		expect(homeProblem(none, false)).toBe('wrong-pin');
		const right = await switchToMember(client, TOKENS.account, Ada as HomeMember, '2468');
		expect(right.token).toBe('fake-home-ada-Rt6Yu1Pw');
	});

	it('tells refused (CORS), down, signed out and not in a Home apart', async () => {
		const refused = setup();
		refused.world.home?.refuseFromBrowsers();
		expect(homeProblem(await plexFailure(listHomeMembers(refused.client, TOKENS.account)))).toBe('refused');

		const down = setup();
		down.world.setBehaviour('https://plex.tv', { failure: 'refuse' });
		expect(homeProblem(await plexFailure(listHomeMembers(down.client, TOKENS.account)))).toBe('down');

		const busy = setup();
		busy.world.addFault({ host: 'plex.tv', path: /^\/api\/v2\/home/, status: 503 });
		expect(homeProblem(await plexFailure(listHomeMembers(busy.client, TOKENS.account)))).toBe('down');

		const out = setup();
		out.world.revokeToken();
		expect(homeProblem(await plexFailure(listHomeMembers(out.client, TOKENS.account)))).toBe('signed-out');

		const alone = setup();
		alone.world.home = undefined;
		expect(homeProblem(await plexFailure(listHomeMembers(alone.client, TOKENS.account)))).toBe('not-in-home');
	});
});
