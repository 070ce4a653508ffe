import { describe, expect, it } from 'vitest';
import { createWorld } from '../../fake-plex/world.ts';
import { handle } from '../../fake-plex/handlers.ts';
import { containerHeader } from '../../fake-plex/samples.ts';
import { DISCOVER_ORIGIN, watchlistSamples } from '../../fake-plex/watchlist.ts';

function ask(world = createWorld(), query = '', token: string | null = world.account.token, origin?: string) {
	const url = `${DISCOVER_ORIGIN}/library/sections/watchlist/all?includeCollections=1${query}${token ? `&X-Plex-Token=${token}` : ''}`;
	const answer = handle(world, { url, headers: { Accept: 'application/json', ...(origin ? { Origin: origin } : {}) } });
	return { answer, body: answer.body ? (JSON.parse(answer.body) as { MediaContainer: Record<string, unknown> }) : undefined };
}

describe('fake discover.provider.plex.tv (docs/plex-api.md §14)', () => {
	it('answers the Watchlist in the sample shape, paged, with titles on the servers and titles on none', () => {
		const world = createWorld();
		const { answer, body } = ask(world, '&X-Plex-Container-Start=0&X-Plex-Container-Size=2');
		expect(answer.status).toBe(200);
		expect(Object.keys(body!.MediaContainer).sort()).toEqual([...Object.keys(containerHeader(watchlistSamples.page1)), 'offset', 'totalSize', 'size', 'Metadata'].sort());
		expect(body!.MediaContainer).toMatchObject({ offset: 0, size: 2, totalSize: world.watchlist.entries.length });
		const sampleKeys = Object.keys(watchlistSamples.page1.MediaContainer.Metadata[0]!).filter((k) => !['Image', 'studio'].includes(k));
		expect(Object.keys((body!.MediaContainer.Metadata as object[])[0]!)).toEqual(expect.arrayContaining(sampleKeys));
		const vaultGuids = world.server('Okafor Vault').sections.flatMap((s) => s.items.map((i) => i.guid));
		const guids = world.watchlist.entries.map((e) => e.guid);
		expect(guids.filter((g) => vaultGuids.includes(g)).length).toBeGreaterThan(0);
		expect(guids.filter((g) => ![...world.servers.values()].some((s) => s.sections.some((x) => x.items.some((i) => i.guid === g)))).length).toBeGreaterThan(0);
	});

	it('answers under Video when told, caps pages, and leaves the list out of an empty page', () => {
		const world = createWorld();
		world.watchlist.shape = 'mixed';
		world.watchlist.maxPageSize = 3;
		const first = ask(world, '&X-Plex-Container-Start=0&X-Plex-Container-Size=50').body!.MediaContainer;
		const second = ask(world, '&X-Plex-Container-Start=3&X-Plex-Container-Size=50').body!.MediaContainer;
		expect([first.size, Array.isArray(first.Metadata), second.size, Array.isArray(second.Video)]).toEqual([3, true, 3, true]);
		const past = ask(world, `&X-Plex-Container-Start=${world.watchlist.entries.length}`).body!.MediaContainer;
		expect(past).toMatchObject({ size: 0 });
		expect('Metadata' in past || 'Video' in past).toBe(false);
	});

	it('refuses a missing or signed-out token, refuses other sites in its CORS mode, and can be down', () => {
		const world = createWorld();
		expect(ask(world, '', null).answer.status).toBe(401);
		world.discoverRefuses();
		expect(ask(world, '', world.account.token, 'http://127.0.0.1:4173').answer.headers['Access-Control-Allow-Origin']).toBe('https://app.plex.tv');
		world.discoverDown();
		expect(world.transportPlan(`${DISCOVER_ORIGIN}/`).failure).toBe('refuse');
		world.discoverBack();
		expect(ask(world).answer.headers['Access-Control-Allow-Origin']).toBe('*');
	});
});
