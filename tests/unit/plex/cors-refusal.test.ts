import { describe, expect, it } from 'vitest';
import { PlexClient } from '#lib/plex/client.ts';
import { getAccount } from '#lib/plex/account.ts';
import { createPin } from '#lib/plex/pins.ts';
import { probeIdentity } from '#lib/plex/identity.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { TOKENS } from '../../fake-plex/samples.ts';
import { createWorld, type World } from '../../fake-plex/world.ts';
import { plexFailure, testIdentity } from '../../helpers/plex-client.ts';

// docs/plex-api.md §2: a refused CORS check and an unreachable host fail fetch alike; the
// client's no-cors probe of the same host tells them apart.

const VAULT_ID = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
const VAULT = 'https://192-168-1-20.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';

function clientFor(world: World) {
	return new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity, online: () => true });
}

describe('a network-level failure is classified by a no-cors probe', () => {
	it('a server that allows only app.plex.tv: cors-refused, naming the host and Plex policy, not the network', async () => {
		const world = createWorld();
		world.pmsAllowsOnlyPlexWeb(VAULT_ID);
		const error = await plexFailure(probeIdentity(clientFor(world), VAULT, new AbortController().signal));
		expect(error.kind).toBe('cors-refused');
		expect(error.message).toContain(new URL(VAULT).hostname);
		expect(error.message).toMatch(/Plex's policy/);
		expect(error.message).not.toMatch(/Remote Access|blocker|Check your connection/);
	});

	it('the probe asks the same host only, at its root, with no token, identity or body', async () => {
		const world = createWorld();
		world.pmsAllowsOnlyPlexWeb(VAULT_ID);
		await plexFailure(clientFor(world).send({ base: VAULT, path: '/library/sections', token: TOKENS.account }));
		const probe = world.log.at(-1)!;
		expect(probe.origin).toBe(VAULT);
		expect(probe.path).toBe('/');
		expect(probe.token).toBeNull();
		expect(probe.query).toEqual({});
		expect(probe.headers.origin).toBeUndefined();
	});

	it('an unreachable host stays a network error (the probe fails too)', async () => {
		const world = createWorld();
		world.setBehaviour(VAULT, { failure: 'refuse' });
		const error = await plexFailure(probeIdentity(clientFor(world), VAULT, new AbortController().signal));
		expect(error.kind).toBe('network');
		expect(error.message).toMatch(/Could not reach/);
	});

	it('plex.tv refusing PIN calls from other sites: PIN creation is cors-refused, the account check still works', async () => {
		const world = createWorld();
		world.plexTvRefusesPins();
		const client = clientFor(world);
		const error = await plexFailure(createPin(client));
		expect(error.kind).toBe('cors-refused');
		expect(error.message).toMatch(/^plex\.tv answered/);
		expect((await getAccount(client, world.account.token)).username).toBe('mira.okafor');
	});

	it('a server that answers every site stays reachable (the refusal mode is opt-in)', async () => {
		const world = createWorld();
		expect((await probeIdentity(clientFor(world), VAULT, new AbortController().signal)).machineIdentifier).toBe(VAULT_ID);
	});
});
