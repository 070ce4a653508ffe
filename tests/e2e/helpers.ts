import { devices, expect, type BrowserContext, type Page } from '@playwright/test';
import type { PlexFixture, test as plexTest } from '../fake-plex/playwright.ts';
import type { FakePlexServers, FakeServerConfig } from '../fake-plex/server.ts';
import type { Behaviour, LogEntry } from '../fake-plex/world.ts';
import { DISCOVER_HOST, DISCOVER_ORIGIN } from '../fake-plex/watchlist.ts';

/** Desktop Chrome without its browser-type key (which cannot change inside a file). */
export const { defaultBrowserType: _browserType, ...desktop } = devices['Desktop Chrome'];

/** Signs in through the popup flow, approving the PIN in the fake world. */
export async function signIn(page: Page, plex: PlexFixture): Promise<void> {
	await page.goto('./');
	await page.getByRole('button', { name: 'Sign in with Plex' }).click();
	plex.approvePin((await plex.waitForPin()).id);
	await page.getByText('mira.okafor').waitFor();
}

/** Hosts that get the account token: plex.tv, clients.plex.tv and the Watchlist's discover service (docs/plex-api.md §14). */
const PLEX_TV = new Set(['plex.tv', 'clients.plex.tv', DISCOVER_HOST]);

/** Starts one real-socket server, signs in and connects to it. */
export async function connectTo(page: Page, plex: PlexFixture, config: FakeServerConfig & { name: string }): Promise<FakePlexServers> {
	const fake = await plex.startServers([config]);
	await signIn(page, plex);
	await page.getByRole('button', { name: config.name }).click();
	await expect(page.getByText(`Connected to ${config.name}`)).toBeVisible();
	return fake;
}

/**
 * The network drops, or comes back. Playwright's offline mode does not reach requests the fake
 * world answers (they are intercepted before the network), so both happen: the browser goes
 * offline (navigator.onLine, the "Offline" badge, the app's own files) and plex.tv and every
 * server stop answering (refused; real listeners close their ports). Coming back restores the
 * behaviours each had before.
 */
export function networkSwitch(context: BrowserContext, plex: PlexFixture, fake?: FakePlexServers) {
	const origins = ['https://plex.tv', 'https://clients.plex.tv', DISCOVER_ORIGIN, ...plex.world.connections.keys()];
	let saved: Map<string, Behaviour> | undefined;
	return {
		async drop() {
			saved = new Map(origins.map((o) => [o, plex.world.behaviour(o)]));
			await context.setOffline(true);
			for (const origin of origins) plex.world.setBehaviour(origin, { ...saved.get(origin), failure: 'refuse' });
			for (const server of fake?.servers ?? []) await server.setBehaviour({ ...saved.get(new URL(server.url).origin), failure: 'refuse' });
		},
		async restore() {
			for (const origin of origins) plex.world.setBehaviour(origin, saved?.get(origin) ?? {});
			for (const server of fake?.servers ?? []) await server.setBehaviour(saved?.get(new URL(server.url).origin) ?? {});
			await context.setOffline(false);
		}
	};
}

/** Every token the world ever issued: the account's (current and revoked) and every server's. */
export function allTokens(plex: PlexFixture): string[] {
	const servers = [...plex.world.servers.values()].map((s) => s.accessToken);
	// Plex Home members' own tokens: plex.tv ones and server ones (docs/plex-api.md §15)
	const members = plex.world.home?.tokens() ?? [];
	return [...new Set([plex.world.account.token, ...plex.world.revoked, ...servers, ...members])].filter((t) => t.length >= 8);
}

/** Is `token` this server's own, or the server token of a Plex Home member who can reach it? */
function tokenOfServer(plex: PlexFixture, machineIdentifier: string, token: string | null): boolean {
	if (token === null) return false;
	if (token === plex.world.server(machineIdentifier).accessToken) return true;
	return (plex.world.home?.members ?? []).some((m) => m.serverTokens[machineIdentifier] === token);
}

/** Collects what the page logs to the console (every type), for pageLeaks. */
export function watchConsole(page: Page): string[] {
	const lines: string[] = [];
	page.on('console', (message) => lines.push(message.text()));
	page.on('pageerror', (error) => lines.push(String(error.stack ?? error.message)));
	return lines;
}

/**
 * Where else a token could escape, seen from inside the page: the console, the page's own URL
 * (it becomes the Referer), visible text (error messages), links (shared or "Open in Plex" URLs),
 * images pointing anywhere but their own server, and the service worker's Cache Storage.
 */
export async function pageLeaks(page: Page, plex: PlexFixture, consoleLines: string[]): Promise<string[]> {
	const tokens = allTokens(plex);
	const problems: string[] = [];
	const has = (text: string) => tokens.some((t) => text.includes(t));
	for (const line of consoleLines) if (has(line)) problems.push(`console: ${line.slice(0, 80)}`);
	if (page.isClosed()) return problems;
	if (has(page.url())) problems.push('the page URL holds a token');
	const seen = await page.evaluate(async () => {
		const cached: string[] = [];
		if ('caches' in self) {
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
			}
		}
		return {
			text: document.body?.innerText ?? '',
			links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
			images: [...document.querySelectorAll('img[src]')].map((i) => (i as HTMLImageElement).src),
			cached
		};
	});
	if (has(seen.text)) problems.push('visible text holds a token');
	for (const link of seen.links) if (has(link)) problems.push(`link holds a token: ${new URL(link).origin}`);
	for (const src of seen.images) {
		if (!has(src)) continue;
		const connection = plex.world.connectionFor(src);
		const token = new URL(src).searchParams.get('X-Plex-Token');
		if (!connection || !tokenOfServer(plex, connection.machineIdentifier, token)) problems.push(`image with a token not for its own server: ${new URL(src).origin}`);
	}
	for (const url of seen.cached) {
		if (has(url)) problems.push(`Cache Storage holds a token: ${new URL(url).origin}`);
		const host = new URL(url).hostname;
		if (host === 'plex.tv' || host.endsWith('.plex.tv') || host.endsWith('.plex.direct')) problems.push(`Cache Storage holds a Plex answer: ${host}`);
	}
	return problems;
}

/**
 * Every token that left the browser went to plex.tv, clients.plex.tv or discover.provider.plex.tv
 * (the account token, or a Plex Home member's
 * own plex.tv token) or to the server it belongs to (that server's own token, or the server token
 * plex.tv gave a Home member for it: a member's tokens reach only the servers that member can
 * reach), and nowhere else; and no request carried a token in its Referer (the app's URLs never
 * hold one, and Plex requests send no Referer at all).
 */
export function tokenLeaks(plex: PlexFixture): string[] {
	const problems: string[] = [];
	const tokens = allTokens(plex);
	for (const entry of plex.log as LogEntry[]) {
		const referer = entry.headers?.referer;
		if (referer && tokens.some((t) => referer.includes(t))) problems.push(`${entry.method} ${entry.url}: token in the Referer`);
		if (!entry.token) continue;
		if (PLEX_TV.has(entry.host)) {
			// The account's token, or one it had before plex.tv revoked it (a test may revoke it).
			const accountToken = entry.token === plex.world.account.token || plex.world.revoked.has(entry.token);
			const memberToken = (plex.world.home?.members ?? []).some((m) => m.token === entry.token);
			if (!accountToken && !memberToken) problems.push(`${entry.method} ${entry.url}: not the account token`);
			continue;
		}
		const server = entry.machineIdentifier ? plex.world.server(entry.machineIdentifier) : undefined;
		if (!server) problems.push(`${entry.method} ${entry.url}: token sent to a host that is no server`);
		else if (!tokenOfServer(plex, server.machineIdentifier, entry.token)) problems.push(`${entry.method} ${entry.url}: token of another server or the account`);
	}
	return problems;
}

/**
 * After every test of the file: no token where it does not belong, in the fake world's log
 * (tokenLeaks) nor in the page, its console, storage and caches (pageLeaks). Returns the console
 * lines kept per page, for pages a test opens itself (add them with `watchConsole`).
 */
export function checkLeaksAfterEach(test: typeof plexTest): WeakMap<Page, string[]> {
	const consoles = new WeakMap<Page, string[]>();
	test.beforeEach(({ page }) => {
		consoles.set(page, watchConsole(page));
	});
	test.afterEach(async ({ page, plex }) => {
		expect(tokenLeaks(plex)).toEqual([]);
		expect(await pageLeaks(page, plex, consoles.get(page) ?? [])).toEqual([]);
	});
	return consoles;
}
