import { describe, expect, it } from 'vitest';
import { fullSync, resync, type SyncTarget } from '#lib/sync/library-sync.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { getSections } from '#lib/plex/library.ts';
import { AppError } from '#lib/errors.ts';
import { createWorld, type World } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { generateMovies, generateShows } from '../../fake-plex/generate.ts';

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
const URI = 'https://203-0-113-45.9c2e4b7d1f0a4c3e8b6d5a2f1e0c9b8a.plex.direct:32400';
const TOKEN = 'fake-srv1-Hn3Kd8Lq2V';

/** A sync target on Okafor Vault through the fake fetch; `onRequest` sees every /all call. */
async function setup(options: { librarySize?: number; sectionKey?: string; onRequest?: (url: URL, n: number, world: World) => void; world?: World } = {}) {
	let clock = Date.parse('2026-11-25T20:00:00Z');
	const world = options.world ?? createWorld({ librarySize: options.librarySize ?? 1000, now: () => clock });
	const inner = createFakeFetch(world);
	let inFlight = 0;
	let maxInFlight = 0;
	let n = 0;
	const fetch: typeof globalThis.fetch = async (input, init) => {
		const url = new URL(String(input));
		if (url.pathname.endsWith('/all')) options.onRequest?.(url, ++n, world);
		inFlight += 1;
		maxInFlight = Math.max(maxInFlight, inFlight);
		try {
			return await inner(input, init);
		} finally {
			inFlight -= 1;
		}
	};
	const client = new PlexClient({ fetch, identity: () => ({ clientId: 'test', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' }) });
	const sections = await getSections(client, URI, TOKEN);
	const section = sections.find((s) => s.key === (options.sectionKey ?? '1'))!;
	const target: SyncTarget = { client, uri: URI, token: TOKEN, serverId: VAULT, serverName: 'Okafor Vault', section };
	const allRequests = () => world.log.filter((e) => e.path.endsWith('/all'));
	return { world, target, maxInFlight: () => maxInFlight, allRequests, tick: (ms: number) => (clock += ms) };
}

describe('fullSync', () => {
	it('copies every item exactly once, a few pages in flight at most, with progress', async () => {
		const s = await setup({ librarySize: 1000 });
		const progress: Array<[number, number]> = [];
		const record = await fullSync(s.target, { pageSize: 100, onProgress: (d, t) => progress.push([d, t]) });
		const keys = record.items.map((i) => i.ratingKey);
		expect(keys).toHaveLength(1000);
		expect(new Set(keys).size).toBe(1000);
		expect(record.meta).toMatchObject({ id: `${VAULT}:1`, source: 'plex', title: 'Movies', type: 'movie', itemCount: 1000, serverName: 'Okafor Vault' });
		expect(s.allRequests()).toHaveLength(10);
		expect(s.maxInFlight()).toBeLessThanOrEqual(3);
		expect(s.maxInFlight()).toBeGreaterThan(1);
		expect(progress.at(-1)).toEqual([1000, 1000]);
		// kept fields only, sorted by title for browsing
		expect(Object.keys(record.items[0]!)).not.toContain('Media');
		const titles = record.items.map((i) => i.title);
		expect(titles).toEqual([...titles].sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare));
	});

	it('follows a server that returns smaller pages than asked', async () => {
		const s = await setup({ librarySize: 450 });
		s.world.server(VAULT).paging = { maxPageSize: 40 };
		const record = await fullSync(s.target, { pageSize: 100 });
		expect(new Set(record.items.map((i) => i.ratingKey)).size).toBe(450);
	});

	it('ends with everything when items are added while it pages (totalSize changes mid-sync)', async () => {
		const extra = generateMovies({ count: 7, seed: 99, startRatingKey: 900_000 }).items;
		const s = await setup({
			librarySize: 600,
			onRequest: (_url, n, world) => {
				if (n === 3) world.changeLibrary(VAULT, '1', (items) => [...items, ...extra]);
			}
		});
		const record = await fullSync(s.target, { pageSize: 100 });
		expect(record.items).toHaveLength(607);
		expect(record.items.map((i) => i.ratingKey)).toEqual(expect.arrayContaining(extra.map((m) => String(m.ratingKey))));
	});

	it('ends without the items removed while it pages', async () => {
		const s = await setup({
			librarySize: 500,
			onRequest: (_url, n, world) => {
				if (n === 2) world.changeLibrary(VAULT, '1', (items) => items.slice(10));
			}
		});
		const record = await fullSync(s.target, { pageSize: 100 });
		expect(record.items).toHaveLength(490);
		const left = new Set(s.world.section(VAULT, '1').items.map((i) => String(i.ratingKey)));
		expect(record.items.every((i) => left.has(i.ratingKey))).toBe(true);
	});

	it('an empty library (no Metadata key) gives an empty copy', async () => {
		const s = await setup({ sectionKey: '6' });
		const record = await fullSync(s.target);
		expect(record.items).toEqual([]);
		expect(record.meta.title).toBe('Documentaries');
	});

	it('a TV library keeps shows with their episode counts', async () => {
		const s = await setup({ sectionKey: '2' });
		const record = await fullSync(s.target);
		expect(record.meta.type).toBe('show');
		expect(record.items.find((i) => i.title === 'The Lighthouse Keepers')).toMatchObject({ type: 'show', leafCount: 12, viewedLeafCount: 9 });
	});

	it('refuses music and photo libraries with a clear message', async () => {
		const s = await setup({ sectionKey: '3' });
		await expect(fullSync(s.target)).rejects.toThrow(/music|artist.*movie and TV/i);
	});

	it('stops when cancelled', async () => {
		const abort = new AbortController();
		const s = await setup({ librarySize: 1000, onRequest: (_u, n) => n === 2 && abort.abort() });
		const error = await fullSync(s.target, { pageSize: 100, signal: abort.signal }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AppError);
		expect((error as AppError).kind).toBe('cancelled');
		expect(s.allRequests().length).toBeLessThan(10);
	});

	it('a server error mid-sync fails the sync (the caller keeps the old copy)', async () => {
		const s = await setup({ librarySize: 1000 });
		s.world.addFault({ path: '/library/sections/1/all', status: 500, times: 1 });
		await expect(fullSync(s.target, { pageSize: 100 })).rejects.toMatchObject({ kind: 'server-error' });
	});
});

describe('resync', () => {
	it('with no changes, makes only three small change-check requests', async () => {
		const s = await setup({ librarySize: 800 });
		const first = await fullSync(s.target, { pageSize: 100 });
		const before = s.allRequests().length;
		const again = await resync(s.target, first, { pageSize: 100 });
		const checks = s.allRequests().slice(before);
		expect(again.mode).toBe('unchanged');
		expect(checks).toHaveLength(3);
		expect(checks.filter((e) => e.query['X-Plex-Container-Size'] === '0')).toHaveLength(2);
		expect(checks.some((e) => e.query['unwatched'] === '1' && e.query['X-Plex-Container-Size'] === '0')).toBe(true);
		// Plex resolves filter fields against the result type: every query names it (movies = 1).
		expect(checks.every((e) => e.query['type'] === '1')).toBe(true);
		// "changed or watched since" in one filter group
		const either = checks.find((e) => 'updatedAt>>' in e.query)!;
		expect(either.query).toMatchObject({ push: '1', or: '1', pop: '1' });
		expect(either.query['lastViewedAt>>']).toBe(String(first.meta.sync!.maxLastViewedAt - 1));
		expect(again.record.items).toEqual(first.items);
	});

	it('a server without filter groups (it ANDs them) still gets every change and watch, asked one by one', async () => {
		const s = await setup({ librarySize: 300 });
		s.world.servers.get(VAULT)!.filterGroups = false;
		const first = await fullSync(s.target, { pageSize: 100 });
		const { maxUpdatedAt, maxLastViewedAt } = first.meta.sync!;
		const renamed = first.items.find((i) => i.viewCount === 0)!;
		const watched = first.items.find((i) => i.viewCount === 0 && i !== renamed)!;
		s.world.changeLibrary(VAULT, '1', (items) =>
			items.map((i) => {
				if (i.ratingKey === renamed.ratingKey) return { ...i, title: 'Renamed While Away', updatedAt: maxUpdatedAt + 30 };
				if (i.ratingKey === watched.ratingKey) return { ...i, viewCount: 1, lastViewedAt: maxLastViewedAt + 30 };
				return i;
			})
		);
		const before = s.allRequests().length;
		const result = await resync(s.target, first, { pageSize: 100 });
		expect(result.mode).toBe('incremental');
		expect(result.updated).toBe(2);
		const byKey = new Map(result.record.items.map((i) => [i.ratingKey, i]));
		expect(byKey.get(renamed.ratingKey)?.title).toBe('Renamed While Away');
		expect(byKey.get(watched.ratingKey)?.viewCount).toBe(1);
		// the group came back without the titles each branch must list: each branch was asked alone
		const asked = s.allRequests().slice(before);
		expect(asked).toHaveLength(5);
		expect(asked.filter((e) => !('push' in e.query) && ('updatedAt>>' in e.query) !== ('lastViewedAt>>' in e.query))).toHaveLength(2);
	});

	it('applies added, changed and newly watched items incrementally', async () => {
		const s = await setup({ librarySize: 300 });
		const first = await fullSync(s.target, { pageSize: 100 });
		s.tick(60_000);
		const extra = generateMovies({ count: 2, seed: 5, startRatingKey: 700_000 }).items.map((m) => ({ ...m, addedAt: 1_900_000_000, updatedAt: 1_900_000_000 }));
		const target = first.items[10]!;
		s.world.changeLibrary(VAULT, '1', (items) => [
			...items.map((i) => (String(i.ratingKey) === target.ratingKey ? { ...i, title: 'Renamed Classic', updatedAt: 1_900_000_001 } : i)),
			...extra
		]);
		const unwatched = first.items.find((i) => i.viewCount === 0)!;
		s.world.markWatched(VAULT, unwatched.ratingKey);
		const result = await resync(s.target, first, { pageSize: 100 });
		expect(result.mode).toBe('incremental');
		expect(result.added).toBe(2);
		expect(result.updated).toBe(2);
		expect(result.record.items).toHaveLength(302);
		expect(result.record.items.find((i) => i.ratingKey === target.ratingKey)?.title).toBe('Renamed Classic');
		expect(result.record.items.find((i) => i.ratingKey === unwatched.ratingKey)?.viewCount).toBe(1);
		// the copy still names a title for each branch: the next re-sync is three requests again
		const before = s.allRequests().length;
		expect((await resync(s.target, result.record, { pageSize: 100 })).mode).toBe('unchanged');
		expect(s.allRequests().length - before).toBe(3);
	});

	it('detects deletions through totalSize and falls back to a full copy', async () => {
		const s = await setup({ librarySize: 300 });
		const first = await fullSync(s.target, { pageSize: 100 });
		const gone = first.items[5]!.ratingKey;
		s.world.changeLibrary(VAULT, '1', (items) => items.filter((i) => String(i.ratingKey) !== gone));
		const result = await resync(s.target, first, { pageSize: 100 });
		expect(result.mode).toBe('full');
		expect(result.removed).toBe(1);
		expect(result.record.items.some((i) => i.ratingKey === gone)).toBe(false);
	});

	it('notices a title marked unwatched in Plex (no timestamp moves) and copies the library again', async () => {
		const s = await setup({ librarySize: 300 });
		const first = await fullSync(s.target, { pageSize: 100 });
		const watched = first.items.find((i) => i.viewCount > 0)!;
		s.world.markUnwatched(VAULT, watched.ratingKey);
		const result = await resync(s.target, first, { pageSize: 100 });
		expect(result.mode).toBe('full');
		expect(result.updated).toBe(1);
		expect(result.record.items.find((i) => i.ratingKey === watched.ratingKey)?.viewCount).toBe(0);
	});

	it('a show with an episode marked unwatched is seen too', async () => {
		const s = await setup({ sectionKey: '2' });
		s.world.changeLibrary(VAULT, '2', () => generateShows({ count: 400, seed: 13 }).items);
		const first = await fullSync(s.target, { pageSize: 100 });
		// one watched before the re-sync's "watched since" cursor, so only the unwatched count can tell
		const cursor = first.meta.sync!.witness?.lastViewedAt ?? first.meta.sync!.maxLastViewedAt;
		const done = first.items.find((i) => i.leafCount !== undefined && i.leafCount > 0 && i.viewedLeafCount === i.leafCount && (i.lastViewedAt ?? 0) < cursor);
		expect(done, 'the fake TV library has a show fully watched a while ago').toBeDefined();
		s.world.changeLibrary(VAULT, '2', (items) => items.map((i) => (String(i.ratingKey) === done!.ratingKey ? { ...i, viewedLeafCount: i.leafCount! - 1 } : i)));
		const result = await resync(s.target, first, { pageSize: 100 });
		expect(result.mode).toBe('full');
		expect(result.record.items.find((i) => i.ratingKey === done!.ratingKey)?.viewedLeafCount).toBe(done!.leafCount! - 1);
	});

	it('an unchanged TV library re-syncs with at most 3 small requests, asking for shows with an unwatched episode', async () => {
		const s = await setup({ sectionKey: '2' });
		s.world.changeLibrary(VAULT, '2', () => generateShows({ count: 2000, seed: 11 }).items);
		const first = await fullSync(s.target, { pageSize: 200 });
		expect(first.items).toHaveLength(2000);
		const before = s.allRequests().length;
		const again = await resync(s.target, first, { pageSize: 200 });
		const checks = s.allRequests().slice(before);
		expect(again.mode).toBe('unchanged');
		expect(checks.length).toBeLessThanOrEqual(3);
		expect(checks.every((e) => e.query['type'] === '2')).toBe(true);
		expect(checks.some((e) => e.query['unwatchedLeaves'] === '1' && e.query['X-Plex-Container-Size'] === '0')).toBe(true);
		// one page each at most: a copy of 2,000 shows would page on (X-Plex-Container-Start > 0)
		expect(checks.every((e) => e.query['X-Plex-Container-Start'] === '0')).toBe(true);
		expect(again.record.items).toBe(first.items);
	});

	it('when the newest change is also the newest watch, the re-sync still asks three requests and finds a new watch', async () => {
		const s = await setup({ sectionKey: '2' });
		const shows = generateShows({ count: 300, seed: 14 }).items;
		const top = shows.reduce((a, b) => ((b.updatedAt ?? 0) > (a.updatedAt ?? 0) ? b : a));
		const latestView = Math.max(...shows.map((i) => i.lastViewedAt ?? 0));
		s.world.changeLibrary(VAULT, '2', () => shows.map((i) => (i === top ? { ...i, lastViewedAt: latestView + 100 } : i)));
		const first = await fullSync(s.target, { pageSize: 100 });
		expect(first.meta.sync?.witness?.ratingKey).toBeDefined();
		expect(first.meta.sync?.witness?.ratingKey).not.toBe(String(top.ratingKey));
		let before = s.allRequests().length;
		const same = await resync(s.target, first, { pageSize: 100 });
		expect(same.mode).toBe('unchanged');
		expect(s.allRequests().length - before).toBe(3);
		const started = first.items.find((i) => i.viewedLeafCount === 0 && (i.leafCount ?? 0) > 1)!;
		s.world.changeLibrary(VAULT, '2', (items) => items.map((i) => (i.ratingKey === started.ratingKey ? { ...i, viewedLeafCount: 1, lastViewedAt: latestView + 200 } : i)));
		before = s.allRequests().length;
		const result = await resync(s.target, same.record, { pageSize: 100 });
		expect(result.mode).toBe('incremental');
		expect(result.record.items.find((i) => i.ratingKey === started.ratingKey)?.viewedLeafCount).toBe(1);
		expect(s.allRequests().length - before).toBe(3);
	});

	it('a TV show whose episode was watched since is updated without a full copy', async () => {
		const s = await setup({ sectionKey: '2' });
		s.world.changeLibrary(VAULT, '2', () => generateShows({ count: 400, seed: 12 }).items);
		const first = await fullSync(s.target, { pageSize: 100 });
		const started = first.items.find((i) => i.viewedLeafCount === 0)!;
		const latest = first.meta.sync!.maxLastViewedAt;
		s.world.changeLibrary(VAULT, '2', (items) => items.map((i) => (i.ratingKey === started.ratingKey ? { ...i, viewedLeafCount: 1, viewCount: 1, lastViewedAt: latest + 60 } : i)));
		const result = await resync(s.target, first, { pageSize: 100 });
		expect(result.mode).toBe('incremental');
		expect(result.record.items.find((i) => i.ratingKey === started.ratingKey)?.viewedLeafCount).toBe(1);
	});

	it('finds two titles changed in the same second as the cursor (>>= is strict)', async () => {
		const s = await setup({ librarySize: 300 });
		const first = await fullSync(s.target, { pageSize: 100 });
		const { maxUpdatedAt, maxLastViewedAt } = first.meta.sync!;
		const newest = first.items.find((i) => i.updatedAt === maxUpdatedAt)!;
		const [a, b] = first.items.filter((i) => i.ratingKey !== newest.ratingKey && i.viewCount === 0);
		const [c, d] = first.items.filter((i) => i.ratingKey !== newest.ratingKey && i.viewCount === 0 && i !== a && i !== b);
		// Renamed in the very second our copy's newest change carries, after the copy was taken...
		s.world.changeLibrary(VAULT, '1', (items) =>
			items.map((i) => (i.ratingKey === a!.ratingKey || i.ratingKey === b!.ratingKey ? { ...i, title: `${i.title} (Director's Cut)`, updatedAt: maxUpdatedAt } : i))
		);
		// ...and two others watched in the second of the newest view we know of.
		s.world.changeLibrary(VAULT, '1', (items) =>
			items.map((i) => (i.ratingKey === c!.ratingKey || i.ratingKey === d!.ratingKey ? { ...i, viewCount: 1, lastViewedAt: maxLastViewedAt } : i))
		);
		const before = s.allRequests().length;
		const result = await resync(s.target, first, { pageSize: 100 });
		const asked = s.allRequests().slice(before);
		expect(asked.find((e) => 'updatedAt>>' in e.query)?.query['updatedAt>>']).toBe(String(maxUpdatedAt - 1));
		expect(asked.find((e) => 'lastViewedAt>>' in e.query)?.query['lastViewedAt>>']).toBe(String(maxLastViewedAt - 1));
		expect(result.mode).toBe('incremental');
		expect(result.updated).toBe(4);
		const byKey = new Map(result.record.items.map((i) => [i.ratingKey, i]));
		expect(byKey.get(a!.ratingKey)?.title).toMatch(/Director's Cut/);
		expect(byKey.get(b!.ratingKey)?.title).toMatch(/Director's Cut/);
		expect(byKey.get(c!.ratingKey)?.viewCount).toBe(1);
		expect(byKey.get(d!.ratingKey)?.viewCount).toBe(1);
		// still sorted by title, the renamed ones moved to their new places
		const titles = result.record.items.map((i) => i.title);
		expect(titles).toEqual([...titles].sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare));
		expect(result.record.meta.sync?.unwatched).toBe(result.record.items.filter((i) => i.viewCount === 0).length);
	});

	it('does a full copy when the last one is more than a week old', async () => {
		const s = await setup({ librarySize: 100 });
		const synced = Date.parse('2026-11-25T20:00:00Z');
		const first = await fullSync(s.target, { now: () => synced });
		s.tick(8 * 86_400_000);
		expect((await resync(s.target, first, { now: () => synced + 6 * 86_400_000 })).mode).toBe('unchanged');
		expect((await resync(s.target, first, { now: () => synced + 8 * 86_400_000 })).mode).toBe('full');
	});
});
