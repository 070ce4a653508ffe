import { describe, expect, it } from 'vitest';
import { buildUrl, PlexClient } from '#lib/plex/client.ts';
import {
	explainSharingError,
	getServerSections,
	inviteRequest,
	inviteToServer,
	listShares,
	parseAcceptedShares,
	parsePendingInvites,
	parseServerSections,
	plexTvAnswers,
	removeShare,
	removeShareRequest,
	sectionIdsForKeys,
	serverSectionsRequest,
	shareSectionIds,
	updateShare,
	updateShareRequest,
	PLEX_MANAGE_SHARING_URL
} from '#lib/plex/sharing.ts';
import createRequestSample from '../../fake-plex/samples/plextv-shared-servers-create-request.json' with { type: 'json' };
import updateRequestSample from '../../fake-plex/samples/plextv-shared-servers-id-update-request.json' with { type: 'json' };
import { samples, TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { plexFailure, testIdentity } from '../../helpers/plex-client.ts';

const VAULT = samples.v2Server.machineIdentifier;
const DADS = samples.resources.find((r) => r.name === "Dad's Plex")?.clientIdentifier as string;
const sections = parseServerSections(samples.v2Server);

function setup() {
	const world = createWorld({ now: () => Date.parse('2026-11-25T18:20:04Z') });
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity, online: () => true });
	return { world, client };
}

describe('lenient reading (docs/plex-api.md §12)', () => {
	it('takes ids as numbers or strings of digits, and LibrarySections in either casing', () => {
		const stringy = JSON.parse(JSON.stringify(samples.v2Server).replace(/"(id|key)":(\d+)/g, '"$1":"$2"')) as Record<string, unknown>;
		const { librarySections, ...rest } = stringy;
		expect(parseServerSections({ ...rest, LibrarySections: librarySections })).toEqual(sections);
		const accepted = JSON.parse(JSON.stringify(samples.sharedAccepted).replace(/"(id|key)":(\d+)/g, '"$1":"$2"')) as unknown;
		expect(parseAcceptedShares(accepted)).toEqual(parseAcceptedShares(samples.sharedAccepted));
	});

	it('still refuses ids that are not ids', () => {
		const [first] = samples.sharedAccepted;
		for (const id of ['12a', '', -1, 1.5, null]) expect(() => parseAcceptedShares([{ ...first, id }])).toThrow(/id/);
	});

	it('treats any 2xx to an invite or an update as done, with or without a share in the body', async () => {
		for (const [status, body] of [[200, ''], [204, null], [201, '{"ok":true}'], [202, '{not json']] as const) {
			const client = new PlexClient({ fetch: async () => new Response(body, { status }), identity: () => testIdentity });
			const input = { machineId: VAULT, invitee: 'ines@example.org', sectionIds: [148230511], allowDownloads: false };
			await expect(inviteToServer(client, input, TOKENS.account)).resolves.toBeUndefined();
			await expect(updateShare(client, { id: 1, settings: {} }, [148230511], TOKENS.account)).resolves.toBeUndefined();
			await expect(removeShare(client, 1, TOKENS.account)).resolves.toBeUndefined();
		}
	});
});

describe('section ids: PMS keys ↔ plex.tv ids', () => {
	it('reads both ids from GET /api/v2/servers/{machineIdentifier}', () => {
		expect(sections.map((s) => [s.key, s.id, s.title])).toEqual([
			['1', 148230511, 'Movies'],
			['2', 148230512, 'TV Shows'],
			['3', 148230513, 'Music'],
			['4', 148230514, 'Photos'],
			['6', 203118877, 'Documentaries']
		]);
	});

	it('maps PMS section keys to the ids the sample invite sends, and refuses unknown keys', () => {
		expect(sectionIdsForKeys(sections, ['1', '6'])).toEqual(createRequestSample.librarySectionIds);
		expect(() => sectionIdsForKeys(sections, ['5'])).toThrow(RangeError);
	});

	it('gives the ids a share covers (all of them for allLibraries, matched by key when an id is missing)', () => {
		const [jun, sam] = parseAcceptedShares(samples.sharedAccepted);
		expect(shareSectionIds(jun!, sections)).toEqual([148230511, 148230512]);
		expect(shareSectionIds(sam!, sections)).toEqual(sections.map((s) => s.id));
		const byKey = { ...jun!, libraries: [{ id: 0, key: '6', title: 'Documentaries', type: 'movie' }] };
		expect(shareSectionIds(byKey, sections)).toEqual([203118877]);
	});
});

describe('request builders', () => {
	it('invite: POST clients.plex.tv/api/v2/shared_servers with the sample body, account token in the query only', () => {
		const req = inviteRequest({ machineId: VAULT, invitee: ' noor.haddad@example.org ', sectionIds: [148230511, 203118877], allowDownloads: true }, 'acct-tok');
		expect(req.method).toBe('POST');
		expect(req.body).toEqual(createRequestSample);
		const url = buildUrl(req, testIdentity);
		expect(url.origin + url.pathname).toBe('https://clients.plex.tv/api/v2/shared_servers');
		expect(url.searchParams.get('X-Plex-Token')).toBe('acct-tok');
		expect(JSON.stringify(req.body)).not.toContain('acct-tok');
	});

	it('update: POST /api/v2/shared_servers/{id} with the share’s current settings and the full list', () => {
		const jun = parseAcceptedShares(samples.sharedAccepted)[0]!;
		const req = updateShareRequest(jun, updateRequestSample.librarySectionIds, 'acct-tok');
		expect(req.method).toBe('POST');
		expect(req.path).toBe('/api/v2/shared_servers/88012345');
		expect(req.body).toEqual(updateRequestSample);
	});

	it('remove and the section map address the right paths on clients.plex.tv', () => {
		expect(removeShareRequest(88030001, 't')).toMatchObject({ method: 'DELETE', base: 'https://clients.plex.tv', path: '/api/v2/shared_servers/88030001' });
		expect(serverSectionsRequest(VAULT, 't')).toMatchObject({ base: 'https://clients.plex.tv', path: `/api/v2/servers/${VAULT}` });
	});
});

describe('parsers against the samples', () => {
	it('accepted shares: person, libraries, settings kept as sent', () => {
		const [jun, sam] = parseAcceptedShares(samples.sharedAccepted);
		expect(jun).toMatchObject({ id: 88012345, pending: false, name: 'Jun Park', username: 'junpark', allLibraries: false });
		expect(jun!.libraries.map((l) => l.title)).toEqual(['Movies', 'TV Shows']);
		expect(jun!.settings).toEqual(samples.sharedAccepted[0]!.sharingSettings);
		expect(sam).toMatchObject({ name: 'sam.ebert', allLibraries: true });
	});

	it('pending invites: flattened, named by the invited email when there is no Plex user', () => {
		expect(parsePendingInvites(samples.sharedPending)).toMatchObject([
			{ id: 88030001, pending: true, name: 'lena.hoffmann@example.net', email: 'lena.hoffmann@example.net', username: undefined }
		]);
	});

	it('a malformed answer becomes a bad-response PlexError naming the endpoint', async () => {
		const world = createWorld();
		world.addFault({ host: 'clients.plex.tv', path: '/api/v2/shared_servers/owned/accepted', status: 200, body: [{ id: 'x' }] });
		const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity });
		const error = await plexFailure(listShares(client, VAULT, TOKENS.account));
		expect(error.kind).toBe('bad-response');
		expect(error.message).toContain('plex.tv list of shares');
		expect(error.message).not.toContain(TOKENS.account);
	});
});

describe('calls on the fake plex.tv', () => {
	it('lists one server’s shares and invitations with the account token', async () => {
		const { world, client } = setup();
		const shares = await listShares(client, VAULT, TOKENS.account);
		expect(shares.map((s) => [s.name, s.pending])).toEqual([
			['Jun Park', false],
			['lena.hoffmann@example.net', true],
			['sam.ebert', false]
		]);
		expect(world.log.filter((e) => e.host === 'clients.plex.tv').every((e) => e.token === TOKENS.account && !e.url.includes('X-Plex-Token'))).toBe(true);
	});

	it('invites, updates and removes: plex.tv receives the sample bodies', async () => {
		const { world, client } = setup();
		const created = await inviteToServer(client, { machineId: VAULT, invitee: 'noor.haddad@example.org', sectionIds: [148230511, 203118877], allowDownloads: true }, TOKENS.account);
		expect(created).toMatchObject({ id: 88041207, name: 'noor.haddad', pending: true });
		if (!created) throw new Error('the sample invite answer carries the share');
		const updated = await updateShare(client, created, [148230511], TOKENS.account);
		expect(updated?.libraries.map((l) => l.title)).toEqual(['Movies']);
		await removeShare(client, created.id, TOKENS.account);
		const writes = world.log.filter((e) => e.host === 'clients.plex.tv' && e.method !== 'GET' && e.method !== 'OPTIONS');
		expect(writes.map((e) => [e.method, e.path])).toEqual([
			['POST', '/api/v2/shared_servers'],
			['POST', '/api/v2/shared_servers/88041207'],
			['DELETE', '/api/v2/shared_servers/88041207']
		]);
		expect(writes[0]!.body).toEqual(createRequestSample);
		expect(writes[1]!.body).toEqual({ settings: samples.shareCreated.sharingSettings, librarySectionIds: [148230511] });
		expect(writes[2]!.body).toBeNull();
	});
});

describe('explanations', () => {
	const ctx = { serverName: 'Okafor Vault', who: 'noor.haddad' };

	it('already shared (422), user not found, not the owner, rate limited, each with what to do', async () => {
		const { world, client } = setup();
		const invite = (invitee: string, machineId = VAULT) => inviteToServer(client, { machineId, invitee, sectionIds: [148230511], allowDownloads: false }, TOKENS.account);
		await invite('noor.haddad');
		expect(explainSharingError(await plexFailure(invite('noor.haddad')), { ...ctx, action: 'invite' })).toMatchObject({ kind: 'already-shared', message: expect.stringMatching(/already shared with “noor\.haddad”/) });
		expect(explainSharingError(await plexFailure(invite('no.such.user')), { ...ctx, action: 'invite', who: 'no.such.user' })).toMatchObject({ kind: 'user-not-found', message: expect.stringMatching(/no Plex user called “no\.such\.user”.*email/) });
		expect(explainSharingError(await plexFailure(getServerSections(client, DADS, TOKENS.account)), { ...ctx, action: 'load' })).toMatchObject({ kind: 'not-owner', message: expect.stringMatching(/owner’s Plex account/) });
		world.addFault({ host: 'clients.plex.tv', method: 'DELETE', status: 429, times: 1 });
		expect(explainSharingError(await plexFailure(removeShare(client, 88012345, TOKENS.account)), { ...ctx, action: 'remove' })).toMatchObject({ kind: 'rate-limited', message: expect.stringMatching(/Wait a minute/) });
	});

	it('a cross-origin refusal is told apart from plex.tv being unreachable', async () => {
		const { world, client } = setup();
		world.refuseCrossOrigin({ method: 'DELETE', path: /^\/api\/v2\/shared_servers\/\d+$/ });
		const blocked = await plexFailure(removeShare(client, 88012345, TOKENS.account));
		// The client's no-cors probe saw clients.plex.tv answer: refused, not lost (docs/plex-api.md §2).
		expect(blocked.kind).toBe('cors-refused');
		expect(blocked.message).toMatch(/^clients\.plex\.tv answered/);
		const answers = await plexTvAnswers(client, TOKENS.account);
		expect(answers).toBe(true);
		expect(explainSharingError(blocked, { ...ctx, action: 'remove' })).toEqual({ kind: 'blocked', message: expect.stringMatching(/cross-origin/), manageUrl: PLEX_MANAGE_SHARING_URL });

		const offline = new PlexClient({ fetch: createFakeFetch(world, { fail: () => true }), identity: () => testIdentity, online: () => true });
		const lost = await plexFailure(removeShare(offline, 88012345, TOKENS.account));
		expect(await plexTvAnswers(offline, TOKENS.account)).toBe(false);
		expect(explainSharingError(lost, { ...ctx, action: 'remove', plexTvAnswers: false })).toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/cannot be reached/) });
	});

	it('plex.tv answering only error pages without CORS headers is an outage, not a refusal of this one call', async () => {
		const { world, client } = setup();
		world.addFault({ host: 'clients.plex.tv', method: 'DELETE', status: 503, cors: false });
		world.addFault({ host: 'plex.tv', path: '/api/v2/user', status: 503, cors: false });
		const failed = await plexFailure(removeShare(client, 88012345, TOKENS.account));
		expect(failed.kind).toBe('cors-refused');
		const answers = await plexTvAnswers(client, TOKENS.account);
		expect(answers).toBe(false);
		expect(explainSharingError(failed, { ...ctx, action: 'remove', plexTvAnswers: answers })).toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/cannot be reached/) });
	});
});
