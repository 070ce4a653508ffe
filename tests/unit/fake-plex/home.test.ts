import { describe, expect, it } from 'vitest';
import { handle } from '../../fake-plex/handlers.ts';
import { TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
const VAULT_URI = 'https://203-0-113-45.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';

function get(world: ReturnType<typeof createWorld>, url: string, token: string) {
	const sep = url.includes('?') ? '&' : '?';
	const response = handle(world, { url: `${url}${sep}X-Plex-Token=${token}`, headers: { accept: 'application/json' } });
	const json = (response.headers['Content-Type'] ?? '').includes('json');
	return { status: response.status, body: json && response.body ? (JSON.parse(response.body) as Record<string, unknown>) : null };
}

function watched(world: ReturnType<typeof createWorld>, token: string): string[] {
	const { body } = get(world, `${VAULT_URI}/library/sections/1/all?type=1&unwatched=0`, token);
	const items = ((body?.MediaContainer as { Metadata?: { ratingKey: string }[] }).Metadata ?? []).map((i) => i.ratingKey);
	return items.sort();
}

describe('fake Plex Home (docs/plex-api.md §15)', () => {
	it('each member sees their own watch state on the same server; the admin sees the items as they are', () => {
		const world = createWorld();
		const jonah = world.home?.member('Jonah');
		const ada = world.home?.member('Ada');
		expect(watched(world, TOKENS.owned)).toEqual(['1021', '1023', '1026', '1028']);
		expect(watched(world, jonah?.serverTokens[VAULT] ?? '')).toEqual(['1022', '1024', '1025']);
		expect(watched(world, ada?.serverTokens[VAULT] ?? '')).toEqual(['1021', '1027', '1029']);
	});

	it('shows: viewedLeafCount and the episodes of allLeaves follow the member', () => {
		const world = createWorld();
		const token = world.home?.member('Jonah').serverTokens[VAULT] ?? '';
		const shows = get(world, `${VAULT_URI}/library/sections/2/all?type=2`, token).body?.MediaContainer as { Metadata: { ratingKey: string; viewedLeafCount: number }[] };
		expect(shows.Metadata.map((s) => [s.ratingKey, s.viewedLeafCount])).toEqual([
			['2001', 0],
			['2002', 24],
			['2003', 0]
		]);
		const leaves = get(world, `${VAULT_URI}/library/metadata/2002/allLeaves`, token).body?.MediaContainer as { Metadata: { viewCount?: number }[] };
		expect(leaves.Metadata.every((e) => e.viewCount === 1)).toBe(true);
	});

	it('records a scrobble for the member whose token sent it, and for nobody else', () => {
		const world = createWorld();
		const ada = world.home?.member('Ada');
		const token = ada?.serverTokens[VAULT] ?? '';
		expect(get(world, `${VAULT_URI}/:/scrobble?identifier=com.plexapp.plugins.library&key=1022`, token).status).toBe(200);
		expect(ada?.scrobbles.map((s) => s.ratingKey)).toEqual(['1022']);
		expect(watched(world, token)).toContain('1022');
		expect(watched(world, TOKENS.owned)).not.toContain('1022');
		expect(world.home?.member('Jonah').scrobbles).toEqual([]);
	});

	it('a member token is refused by servers the member cannot reach, and on other members’ servers tokens', () => {
		const world = createWorld();
		const dads = [...world.servers.values()].find((s) => s.name === "Dad's Plex");
		const token = world.home?.member('Jonah').serverTokens[VAULT] ?? '';
		const dadsUri = world.resource(dads?.machineIdentifier ?? '').connections.find((c) => !c.local)?.uri ?? '';
		expect(get(world, `${dadsUri}/library/sections`, token).status).toBe(401);
		expect(get(world, `${VAULT_URI}/library/sections`, world.home?.member('Jonah').token ?? '').status).toBe(401);
	});

	it('plex.tv answers a member token with that member and the servers they reach', () => {
		const world = createWorld();
		const jonah = world.home?.member('Jonah');
		const user = get(world, 'https://plex.tv/api/v2/user', jonah?.token ?? '').body;
		expect([user?.title, user?.id, user?.homeAdmin]).toEqual(['Jonah', 31415927, false]);
		const resources = get(world, 'https://plex.tv/api/v2/resources', jonah?.token ?? '').body as unknown as { name: string; accessToken: string }[];
		expect(resources.map((r) => [r.name, r.accessToken])).toEqual([['Okafor Vault', 'fake-srvJ-Lp4Ws7Nc']]);
	});
});
