import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { PlexClient, PlexError, retryAfter, type Identity } from '#lib/plex/client.ts';
import { pickingApp } from '../helpers/picking.ts';
import { ServerState } from '#lib/state/servers.svelte.ts';
import { SyncState } from '#lib/state/sync.svelte.ts';
import { SessionState, type AuthBrowser } from '#lib/state/session.svelte.ts';
import { BUSY_RETRIES } from '#lib/sync/library-sync.ts';
import { createWorld, type World } from '../fake-plex/world.ts';
import { createFakeFetch } from '../fake-plex/fetch.ts';
import { memoryStorage } from '../helpers/storage.ts';

/*
 * Faults at the module level, with the fake world and a fake clock: each ends in a clear state,
 * and what was saved before is still there and usable. (Browser-level faults: tests/e2e/robustness*.spec.ts.)
 */

const identity: Identity = { clientId: 'c', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' };
const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
let n = 0;

/** A fetch answering from the world, except that the body of matching answers arrives in part and then stops. */
function stallingBody(world: World, matches: (url: string) => boolean, how: 'stall' | 'drop') {
	const inner = createFakeFetch(world);
	return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
		const response = await inner(input, init);
		if (!matches(String(input))) return response;
		const text = await response.text();
		const signal = init?.signal;
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode(text.slice(0, Math.floor(text.length / 2))));
				if (how === 'drop') controller.error(new TypeError('network error'));
				else signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
			}
		});
		return new Response(body, { status: response.status, headers: response.headers });
	};
}

/** AbortSignal.timeout on the fake clock (vitest's fake timers do not reach the native one). */
function fakeClock() {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	const spy = vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms: number) => {
		const c = new AbortController();
		setTimeout(() => c.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
		return c.signal;
	});
	return () => {
		spy.mockRestore();
		vi.useRealTimers();
	};
}

const USER = (world: World) => ({ base: 'https://plex.tv', path: '/api/v2/user', token: world.account.token, label: 'plex.tv account' });

async function syncSetup(options: { fetch?: (world: World) => typeof fetch; size?: number } = {}) {
	globalThis.indexedDB = new IDBFactory();
	const world = createWorld({ librarySize: options.size ?? 300 });
	const client = new PlexClient({ fetch: options.fetch?.(world) ?? createFakeFetch(world), identity: () => identity, online: () => true });
	const cache = new LibraryCache(`faults-${++n}`);
	const app = pickingApp({ cache });
	await app.library.start();
	const servers = new ServerState({ client, storage: memoryStorage(), environment: async () => ({ pageProtocol: 'https:' }), onUnauthorized: () => {} });
	await servers.load(world.account.token);
	await servers.choose(VAULT);
	const waits: number[] = [];
	const sync = new SyncState({ client, cache, servers, app: app.library, wait: async (ms) => void waits.push(ms) });
	const movies = servers.sections.find((s) => s.key === '1')!;
	await sync.keep(movies, true);
	expect(app.library.items).toHaveLength(options.size ?? 300);
	const saved = await cache.load(`${VAULT}:1`);
	/** The clear state every failed re-sync must end in: an error that says the copy is kept, and the copy is whole and pickable. */
	const endsKept = async (message: RegExp) => {
		const progress = sync.progress[`${VAULT}:1`]!;
		expect(progress.phase).toBe('error');
		expect(progress.error?.message).toMatch(message);
		expect(progress.error?.message).toMatch(/copy saved before is unchanged/);
		expect(progress.error?.message).not.toContain(world.server(VAULT).accessToken);
		expect((await cache.load(`${VAULT}:1`))?.items).toEqual(saved?.items);
		expect(app.library.items).toHaveLength(options.size ?? 300);
		expect(app.session.pick()).toBeDefined();
	};
	/** Forces the next sync to be a full one, paging through /all. */
	const grow = () => world.changeLibrary(VAULT, '1', (items) => [...items, { ...items[0]!, ratingKey: '999001', title: 'Added later', updatedAt: 2_000_000_000 }]);
	return { world, client, cache, app, servers, sync, movies, waits, endsKept, grow };
}

describe('a sync meets a busy or failing server', () => {
	it('503 with Retry-After once: waits as told, then the sync completes', async () => {
		const s = await syncSetup();
		s.grow();
		s.world.addFault({ path: '/library/sections/1/all', status: 503, headers: { 'Retry-After': '3' }, times: 1 });
		await s.sync.sync(s.movies);
		expect(s.sync.progress).toEqual({});
		expect(s.waits).toEqual([3000]);
		expect(s.app.library.items).toHaveLength(301);
	});

	it('503 without Retry-After, again and again: backs off a few times, then says so and keeps the copy', async () => {
		const s = await syncSetup();
		s.grow();
		s.world.addFault({ path: '/library/sections/1/all', status: 503 });
		await s.sync.sync(s.movies);
		expect(s.waits).toEqual([1000, 2000, 4000].slice(0, BUSY_RETRIES));
		await s.endsKept(/error 503\)\. Try again in a few minutes/);
	});

	it('503 asking to come back in an hour: no hammering, the message says when', async () => {
		const s = await syncSetup();
		s.grow();
		s.world.addFault({ path: '/library/sections/1/all', status: 503, headers: { 'Retry-After': '3600' } });
		await s.sync.sync(s.movies);
		expect(s.waits).toEqual([]);
		await s.endsKept(/Try again in 60 minutes/);
	});

	it('500 is not retried: one clear error, copy kept', async () => {
		const s = await syncSetup();
		s.grow();
		s.world.addFault({ path: '/library/sections/1/all', status: 500 });
		await s.sync.sync(s.movies);
		expect(s.waits).toEqual([]);
		await s.endsKept(/error 500/);
	});

	it('the server token is revoked between pages (401 mid-sync): "reconnect or sign in again", copy kept', async () => {
		const s = await syncSetup({ size: 900 });
		s.grow();
		const token = s.world.server(VAULT).accessToken;
		let pages = 0;
		const inner = createFakeFetch(s.world);
		// Revoke after the second page went out.
		const client = new PlexClient({
			fetch: async (input, init) => {
				if (String(input).includes('/library/sections/1/all') && ++pages === 2) s.world.revokeToken(token);
				return inner(input, init);
			},
			identity: () => identity
		});
		const sync = new SyncState({ client, cache: s.cache, servers: s.servers, app: s.app.library });
		await sync.sync(s.movies);
		const progress = sync.progress[`${VAULT}:1`]!;
		expect(progress.error?.kind).toBe('unauthorized');
		expect(progress.error?.message).toMatch(/refused the sync.*copy saved before is unchanged.*Reconnect or sign in again/);
		expect(s.app.library.items).toHaveLength(900);
		expect(s.app.session.pick()).toBeDefined();
	});

	it('an answer whose body stalls half-way (slow loris) ends as a timeout, not as a broken answer', async () => {
		const restore = fakeClock();
		try {
			const world = createWorld();
			const client = new PlexClient({ fetch: stallingBody(world, (u) => u.includes('/api/v2/user'), 'stall'), identity: () => identity });
			const call = client.json({ ...USER(world), timeoutMs: 15_000 }, (b) => b).catch((e: unknown) => e);
			await vi.advanceTimersByTimeAsync(16_000);
			const error = await call;
			expect(error).toBeInstanceOf(PlexError);
			expect((error as PlexError).kind).toBe('timeout');
			expect((error as PlexError).message).toMatch(/plex.tv account did not answer in time/);
		} finally {
			restore();
		}
	});

	it('a connection dropped in the middle of a body is a network error, and cancelling mid-body is "cancelled"', async () => {
		const world = createWorld();
		const dropping = new PlexClient({ fetch: stallingBody(world, (u) => u.includes('/api/v2/user'), 'drop'), identity: () => identity, online: () => true });
		await expect(dropping.json(USER(world), (b) => b)).rejects.toMatchObject({ kind: 'network' });
		const stalling = new PlexClient({ fetch: stallingBody(world, (u) => u.includes('/api/v2/user'), 'stall'), identity: () => identity });
		const abort = new AbortController();
		const call = stalling.json({ ...USER(world), signal: abort.signal }, (b) => b);
		setTimeout(() => abort.abort(), 5);
		await expect(call).rejects.toMatchObject({ kind: 'cancelled' });
	});

	it('a slow-loris page during a sync: timeout, the copy stays and is pickable', async () => {
		let stall = false;
		const s = await syncSetup({ fetch: (world) => stallingBody(world, (u) => stall && u.includes('/library/sections/1/all'), 'stall') });
		s.grow();
		stall = true;
		// The page timeout is 30 s: let a fake clock run it out.
		const restore = fakeClock();
		try {
			let settled = false;
			const syncing = s.sync.sync(s.movies).finally(() => (settled = true));
			// The fake clock moves one second per turn while the sync (IndexedDB, real macrotasks) goes on.
			for (let turn = 0; turn < 120 && !settled; turn++) {
				await vi.advanceTimersByTimeAsync(1000);
				await new Promise((r) => setImmediate(r));
			}
			await syncing;
		} finally {
			restore();
		}
		await s.endsKept(/Lost the connection to Okafor Vault/);
	});
});

describe('Retry-After', () => {
	it('reads seconds and HTTP dates, ignores nonsense and the past', () => {
		const now = Date.parse('2026-11-25T10:00:00Z');
		expect(retryAfter('120', now)).toBe(120_000);
		expect(retryAfter('Wed, 25 Nov 2026 10:02:00 GMT', now)).toBe(120_000);
		expect(retryAfter('soon', now)).toBeUndefined();
		expect(retryAfter('-5', now)).toBeUndefined();
		expect(retryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBeUndefined();
		expect(retryAfter(null, now)).toBeUndefined();
	});
});

describe('sign-in with a device clock that is off', () => {
	function browser(): AuthBrowser {
		return { openPopup: () => ({ go: () => {}, close: () => {} }), navigate: () => {}, prefersRedirect: () => false, returnUrl: () => 'https://picker.example/' };
	}

	for (const [what, skewMs] of [
		['2 hours fast', 2 * 3600_000],
		['1 day slow', -86_400_000]
	] as const) {
		it(`device clock ${what}: the PIN is still waited for, and sign-in completes`, async () => {
			let plexClock = Date.parse('2026-11-25T18:00:00Z');
			const world = createWorld({ now: () => plexClock });
			const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => identity });
			let polls = 0;
			const session = new SessionState({
				client,
				storage: memoryStorage(),
				browser: browser(),
				now: () => plexClock + skewMs,
				wait: async (ms) => {
					plexClock += ms;
					if (++polls === 3) world.approvePin();
				}
			});
			await session.signIn();
			expect(session.status).toBe('signed-in');
			expect(session.account?.username).toBe('mira.okafor');
		});
	}

	it('device clock 2 hours fast: a PIN plex.tv let expire still ends the wait with the "expired" notice', async () => {
		let plexClock = Date.parse('2026-11-25T18:00:00Z');
		const world = createWorld({ now: () => plexClock, pinExpiresIn: 10 });
		const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => identity });
		const session = new SessionState({
			client,
			storage: memoryStorage(),
			browser: browser(),
			now: () => plexClock + 2 * 3600_000,
			wait: async (ms) => void (plexClock += ms)
		});
		await session.signIn();
		expect(session.status).toBe('idle');
		expect(session.notice).toMatch(/sign-in code expired/);
	});
});
