/**
 * Playwright fixture: a fake Plex world behind request interception.
 *
 *   import { test, expect } from '../fake-plex/playwright.ts';
 *
 *   test('signs in', async ({ page, plex }) => {
 *     await page.goto('/');
 *     await page.getByRole('button', { name: 'Sign in with Plex' }).click();
 *     plex.approvePin((await plex.waitForPin()).id);   // the user said yes on app.plex.tv
 *     await expect(page.getByText('mira.okafor')).toBeVisible();
 *   });
 *
 * Only tests that ask for `plex` get the interception (fixtures are lazy): demo-library tests are
 * untouched. Intercepted: https://plex.tv, https://clients.plex.tv, https://discover.provider.plex.tv
 * (the Watchlist), https://app.plex.tv (a tiny
 * "Plex sign-in (fake)" page), every *.plex.direct host and every other connection origin the
 * world knows (e.g. http://192.168.1.20:32400 from the sample resources).
 *
 * How a PMS request is answered:
 *  - the origin belongs to a real listener started with `plex.startServers()` → forwarded over a
 *    real socket to it (its delay/failure/TLS happen for real; errors become route.abort codes);
 *  - any other known connection → answered in-process by handlers.ts, with the origin's world
 *    behaviour emulated (delay, refuse → connectionrefused, reset → connectionreset, hang);
 *  - unknown *.plex.direct host → namenotresolved (a DNS failure).
 * Chromium answers CORS preflights of intercepted requests itself, so preflights never reach the
 * world here (fetch.ts emulates them for unit tests).
 */
import { test as base } from '@playwright/test';
import type { BrowserContext, Request, Route } from '@playwright/test';
import { handle, isKnownHost, record } from './handlers.ts';
import { sendTo, startFakePlexServers } from './server.ts';
import type { FakePlexServers, FakeServerConfig } from './server.ts';
import { createWorld } from './world.ts';
import { DISCOVER_HOST } from './watchlist.ts';
import type { LogEntry, Pin, World, WorldOptions } from './world.ts';

export { expect } from '@playwright/test';

export interface PlexFixture {
	readonly world: World;
	/** Every request plex.tv and the servers received (tokens kept apart in `entry.token`). */
	readonly log: LogEntry[];
	/** Starts real listeners in this world; their plex.direct names are forwarded to them. Closed after the test. */
	startServers(configs: FakeServerConfig[]): Promise<FakePlexServers>;
	/** Waits until the app has created a PIN that is still pending, and returns it. */
	waitForPin(options?: { timeout?: number }): Promise<Pin>;
	approvePin(id?: number): Pin;
	expirePin(id?: number): Pin;
	revokeToken(token?: string): void;
	/** Like revokeToken, but refused with 498 (token expired) instead of 401. */
	expireToken(token?: string): void;
}

export interface PlexRoutes {
	/** Unroutes and settles requests still held (hang, delays, forwards). */
	dispose(): Promise<void>;
}

type AbortCode = Parameters<Route['abort']>[0];

function abortCodeFor(error: unknown): AbortCode {
	const code = (error as { code?: string } | null)?.code;
	if (code === 'ECONNREFUSED') return 'connectionrefused';
	if (code === 'ECONNRESET' || code === 'EPIPE') return 'connectionreset';
	if (code === 'ABORT_ERR' || (error as Error | null)?.name === 'AbortError') return 'timedout';
	return 'failed';
}

const ignore = () => undefined;

function isPlexUrl(world: World, url: URL): boolean {
	return (
		url.protocol.startsWith('http') &&
		(['plex.tv', 'clients.plex.tv', 'app.plex.tv', DISCOVER_HOST].includes(url.hostname) || url.hostname.endsWith('.plex.direct') || world.connectionFor(url.href) !== undefined)
	);
}

/** Intercepts Plex traffic of one browser context and answers it from `world`. */
export async function installPlexRoutes(context: BrowserContext, world: World): Promise<PlexRoutes> {
	const teardown = new AbortController();
	const { signal } = teardown;
	const ended = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
	const sleep = (ms: number) =>
		new Promise<boolean>((resolve) => {
			const timer = setTimeout(() => resolve(true), ms);
			signal.addEventListener('abort', () => (clearTimeout(timer), resolve(false)), { once: true });
		});

	async function forward(route: Route, request: Request, target: string, headers: Record<string, string>): Promise<void> {
		const url = new URL(request.url());
		try {
			const answer = await sendTo(target + url.pathname + url.search, { method: request.method(), headers, body: request.postDataBuffer(), signal });
			await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
		} catch (error) {
			await route.abort(abortCodeFor(error)).catch(ignore);
		}
	}

	async function answer(route: Route, request: Request): Promise<void> {
		const url = request.url();
		if (!isKnownHost(world, url)) return route.abort('namenotresolved');
		const headers = await request.allHeaders();
		const forwardTo = world.connectionFor(url)?.forwardTo;
		if (forwardTo) return forward(route, request, forwardTo, headers);

		const plan = world.transportPlan(url);
		if (plan.failure === 'refuse') return route.abort('connectionrefused');
		const fakeRequest = { method: request.method(), url, headers, body: request.postData() };
		if (plan.delayMs > 0 && !(await sleep(plan.delayMs))) return;
		if (plan.failure === 'reset' || plan.failure === 'hang') {
			record(world, fakeRequest, 'playwright', plan.failure);
			if (plan.failure === 'hang') await ended;
			return route.abort(plan.failure === 'hang' ? 'timedout' : 'connectionreset');
		}
		const response = handle(world, fakeRequest, { transport: 'playwright' });
		// Playwright adds Access-Control-Allow-Origin to fulfilled cross-origin answers that lack it
		// (microsoft/playwright#12929), so an answer without CORS headers (a fault with cors: false)
		// is failed here instead: the page's fetch rejects with a TypeError, as a real CORS refusal does.
		const origin = headers.origin;
		const crossOrigin = origin !== undefined && origin !== new URL(url).origin;
		if (crossOrigin && !Object.keys(response.headers).some((h) => h.toLowerCase() === 'access-control-allow-origin')) return route.abort('accessdenied');
		return route.fulfill({ status: response.status, headers: response.headers, body: response.body });
	}

	const matcher = (url: URL) => isPlexUrl(world, url);
	const handler = (route: Route, request: Request) => answer(route, request).catch(ignore); // page gone: nothing to answer
	await context.route(matcher, handler);
	return {
		async dispose() {
			teardown.abort();
			await context.unroute(matcher, handler).catch(ignore);
		}
	};
}

export const test = base.extend<{ plexWorld: WorldOptions; plex: PlexFixture }>({
	/** World options for the test file: `test.use({ plexWorld: { librarySize: 2000 } })`. */
	plexWorld: [{}, { option: true }],
	plex: async ({ context, plexWorld }, use) => {
		const world = createWorld(plexWorld);
		const routes = await installPlexRoutes(context, world);
		const started: FakePlexServers[] = [];
		const fixture: PlexFixture = {
			world,
			log: world.log,
			async startServers(configs) {
				const fake = await startFakePlexServers(configs, { world });
				started.push(fake);
				return fake;
			},
			async waitForPin({ timeout = 10_000 } = {}) {
				const deadline = Date.now() + timeout;
				for (;;) {
					const pending = [...world.pins.values()].filter((p) => p.authToken === null && !world.isPinExpired(p)).at(-1);
					if (pending) return pending;
					if (Date.now() > deadline) throw new Error(`fake-plex: no pending PIN after ${timeout} ms (did the app POST /api/v2/pins?)`);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
			},
			approvePin: (id) => world.approvePin(id),
			expirePin: (id) => world.expirePin(id),
			revokeToken: (token) => world.revokeToken(token),
			expireToken: (token) => world.expireToken(token)
		};
		await use(fixture);
		await routes.dispose();
		await Promise.all(started.map((s) => s.close()));
	}
});
