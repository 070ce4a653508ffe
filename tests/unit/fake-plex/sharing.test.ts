import { describe, expect, it } from 'vitest';
import createRequest from '../../fake-plex/samples/plextv-shared-servers-create-request.json' with { type: 'json' };
import updateRequest from '../../fake-plex/samples/plextv-shared-servers-id-update-request.json' with { type: 'json' };
import { samples, TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { client, IDENTITY } from './util.ts';

const API = 'https://clients.plex.tv/api/v2';
const VAULT = samples.v2Server.machineIdentifier;
const auth = `${IDENTITY}&X-Plex-Token=${TOKENS.account}`;

function setup() {
	const world = createWorld({ now: () => Date.parse('2026-11-25T18:20:04Z') });
	const { getJson } = client(world);
	const send = (method: string, path: string, body?: unknown, token = TOKENS.account) =>
		getJson(`${API}${path}?${IDENTITY}&X-Plex-Token=${token}`, {
			method,
			...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
		});
	return { world, getJson, send };
}

describe('sharing on clients.plex.tv', () => {
	it('maps PMS section keys to plex.tv section ids like the sample', async () => {
		const { getJson } = setup();
		expect(await getJson(`${API}/servers/${VAULT}?${auth}`)).toMatchObject({ status: 200, body: samples.v2Server });
	});

	it('lists accepted shares and pending invites as in the samples, for the account token only', async () => {
		const { getJson } = setup();
		expect((await getJson(`${API}/shared_servers/owned/accepted?${auth}`)).body).toEqual(samples.sharedAccepted);
		expect((await getJson(`${API}/shared_servers/invites/owned/pending?${auth}`)).body).toEqual(samples.sharedPending);
		expect((await getJson(`${API}/shared_servers/owned/accepted?X-Plex-Token=${TOKENS.owned}`)).status).toBe(401);
	});

	it('invites with the sample request and answers the sample 201, recording what it received', async () => {
		const { world, send } = setup();
		const created = await send('POST', '/shared_servers', createRequest);
		expect(created.status).toBe(201);
		expect(created.body).toEqual(samples.shareCreated);
		const [received] = world.requests({ host: 'clients.plex.tv', method: 'POST', path: '/api/v2/shared_servers' });
		expect(received?.body).toEqual(createRequest);
		expect(received?.token).toBe(TOKENS.account);
		expect(received?.url).not.toContain(TOKENS.account);
		const pending = (await send('GET', '/shared_servers/invites/owned/pending')).body as { sharedServers: { id: number }[] }[];
		expect(pending.flatMap((i) => i.sharedServers.map((s) => s.id))).toContain(samples.shareCreated.id);
	});

	it('refuses a second invite of the same person with 422', async () => {
		const { send } = setup();
		await send('POST', '/shared_servers', createRequest);
		const again = await send('POST', '/shared_servers', createRequest);
		expect(again.status).toBe(422);
		expect(again.body.errors[0].message).toBe(samples.shareAlready.errors[0]?.message);
	});

	it('rejects PMS section keys where plex.tv section ids belong', async () => {
		const { send } = setup();
		const wrong = await send('POST', '/shared_servers', { ...createRequest, invitedEmail: 'someone@example.net', librarySectionIds: [1, 6] });
		expect(wrong.status).toBe(422);
	});

	it('invites someone without a Plex account by email', async () => {
		const { send } = setup();
		const created = await send('POST', '/shared_servers', { ...createRequest, invitedEmail: 'new.person@example.net' });
		expect(created.body).toMatchObject({ invited: null, invitedEmail: 'new.person@example.net', accepted: false, numLibraries: 2 });
	});

	it('updates a share with the sample request (full replace) and answers the sample', async () => {
		const { send } = setup();
		const updated = await send('POST', '/shared_servers/88012345', updateRequest);
		expect(updated).toMatchObject({ status: 200, body: samples.shareUpdated });
		const accepted = (await send('GET', '/shared_servers/owned/accepted')).body as { id: number; numLibraries: number }[];
		expect(accepted.find((s) => s.id === 88012345)?.numLibraries).toBe(3);
	});

	it('resets the settings of a share when an update leaves them out', async () => {
		const { send } = setup();
		const updated = await send('POST', '/shared_servers/88012345', { librarySectionIds: updateRequest.librarySectionIds });
		expect(updated.body.sharingSettings.allowSync).toBe(false);
	});

	it('answers 405 to PUT and PATCH', async () => {
		const { send } = setup();
		expect((await send('PUT', '/shared_servers/88012345', updateRequest)).status).toBe(405);
		expect((await send('PATCH', '/shared_servers/88012345', updateRequest)).status).toBe(405);
	});

	it('removes shares and cancels invites with DELETE', async () => {
		const { send } = setup();
		expect((await send('DELETE', '/shared_servers/88012345')).status).toBe(204);
		expect((await send('DELETE', '/shared_servers/88030001')).status).toBe(204);
		expect((await send('DELETE', '/shared_servers/88012345')).status).toBe(404);
		expect(((await send('GET', '/shared_servers/owned/accepted')).body as { id: number }[]).map((s) => s.id)).toEqual([88019876]);
		expect((await send('GET', '/shared_servers/invites/owned/pending')).body).toEqual([]);
	});

	it('moves an invite to the accepted list when the friend accepts', async () => {
		const { world, send } = setup();
		await send('POST', '/shared_servers', createRequest);
		world.acceptInvite(samples.shareCreated.id);
		const accepted = (await send('GET', '/shared_servers/owned/accepted')).body as { id: number; accepted: boolean }[];
		expect(accepted.find((s) => s.id === samples.shareCreated.id)?.accepted).toBe(true);
	});
});

describe('sharing failures the app has to explain', () => {
	const DADS = samples.resources.find((r) => r.name === "Dad's Plex")?.clientIdentifier as string;

	it("answers 403 for a server the account does not own (Dad's Plex), 404 for an unknown one", async () => {
		const { send } = setup();
		expect((await send('GET', `/servers/${DADS}`)).status).toBe(403);
		expect((await send('POST', '/shared_servers', { ...createRequest, machineIdentifier: DADS })).status).toBe(403);
		expect((await send('GET', '/servers/0000000000000000000000000000000000000000')).status).toBe(404);
	});

	it('answers 404 for a username that is no Plex user, and still invites unknown email addresses', async () => {
		const { send } = setup();
		const unknown = await send('POST', '/shared_servers', { ...createRequest, invitedEmail: 'nobody.here' });
		expect(unknown.status).toBe(404);
		expect(unknown.body.errors[0].message).toBe('User not found');
		expect((await send('POST', '/shared_servers', { ...createRequest, invitedEmail: 'nobody@example.net' })).status).toBe(201);
	});

	it('refuseCrossOrigin: the browser-like fetch fails on that endpoint only, and plex.tv records nothing changed', async () => {
		const world = createWorld();
		world.refuseCrossOrigin({ method: 'POST', path: '/api/v2/shared_servers' });
		const { fetch, getJson } = client(world);
		const post = fetch(`${API}/shared_servers?${auth}`, {
			method: 'POST',
			body: JSON.stringify(createRequest),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' }
		});
		await expect(post).rejects.toThrow(TypeError);
		expect(world.requests({ method: 'POST', path: '/api/v2/shared_servers' })).toHaveLength(0);
		expect(world.sharing.pending).toHaveLength(1);
		expect((await getJson(`https://plex.tv/api/v2/user?${auth}`)).status).toBe(200);
		expect((await getJson(`${API}/shared_servers/owned/accepted?${auth}`)).status).toBe(200);
	});
});

describe('sharing dialects (world.sharingDialect, docs/plex-api.md §12)', () => {
	it('sends ids as strings and LibrarySections when asked, the same data otherwise', async () => {
		const { world, getJson } = setup();
		Object.assign(world.sharingDialect, { stringIds: true, capitalSections: true });
		const server = (await getJson(`${API}/servers/${VAULT}?${auth}`)).body;
		expect(server.librarySections).toBeUndefined();
		expect(server.LibrarySections[0]).toMatchObject({ id: String(samples.v2Server.librarySections[0]?.id), key: '1' });
		const accepted = (await getJson(`${API}/shared_servers/owned/accepted?${auth}`)).body;
		expect(accepted[0].id).toBe(String(samples.sharedAccepted[0]?.id));
		expect(accepted[0].libraries[0].id).toMatch(/^\d+$/);
	});

	it('answers invite, update and removal with the chosen 2xx and no body, and still makes the change', async () => {
		const { world, send } = setup();
		Object.assign(world.sharingDialect, { inviteStatus: 204, updateStatus: 200, removeStatus: 200 });
		const created = await send('POST', '/shared_servers', createRequest);
		expect([created.status, created.text]).toEqual([204, '']);
		const id = world.sharing.pending.at(-1)?.sharedServers as { id: number }[];
		expect(id[0]?.id).toBe(samples.shareCreated.id);
		const updated = await send('POST', `/shared_servers/${samples.shareCreated.id}`, updateRequest);
		expect([updated.status, updated.text]).toEqual([200, '']);
		const removed = await send('DELETE', `/shared_servers/${samples.shareCreated.id}`);
		expect([removed.status, removed.text]).toEqual([200, '']);
		expect(world.sharing.pending.flatMap((i) => i.sharedServers as { id: number }[]).map((s) => s.id)).not.toContain(samples.shareCreated.id);
	});
});
