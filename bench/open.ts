/**
 * Open-speed benchmark (issue 17 item 4): the library is on the phone, so opening the app and
 * picking should not wait for the network.
 *
 *   node bench/open.ts http://127.0.0.1:4199/      (npm run bench serves build/ there and runs it)
 *
 * Set-up, through the app's real paths: Chromium signs in to the fake Plex world (PIN flow), connects
 * to a fake Plex Media Server on a real socket (tests/fake-plex/server.ts) whose Movies library has
 * 20,000 titles, keeps that library (the app's own sync pages it into IndexedDB), and waits until
 * the service worker controls the page. From then on every request to that server and to plex.tv
 * answers 50 ms late.
 *
 * Measured, in the page, from navigation start (performance.now(); a script installed before the
 * page's own code watches the DOM):
 *  - cached open: the built app opened again (service worker active, library saved) → an enabled
 *    "Pick a movie" button; the script presses it at once → the first "Your pick" card;
 *  - network open: what a network-only picker (plex-picker's approach) does on every open, in the
 *    same browser against the same server: page through /library/sections/1/all as our own sync
 *    does (200 titles a page, 3 in flight), then enable its "Pick a movie" button; pressed at once
 *    → its "Your pick" card. It is given its server address and token for free (no plex.tv round
 *    trip) and its code is inline (nothing to download): the comparison favours the network.
 * One unmeasured warm-up of each, then 5 of each alternately; medians, with the spread.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/browser.mjs';
import { installPlexRoutes } from '../tests/fake-plex/playwright.ts';
import { startFakePlexServers } from '../tests/fake-plex/server.ts';
import { createWorld } from '../tests/fake-plex/world.ts';

const appUrl = process.argv[2] ?? 'http://127.0.0.1:4199/';
const SIZE = 20_000;
const LATENCY_MS = 50;
const RUNS = Number(process.env.OPEN_RUNS ?? 5);
const SERVER = 'Bench Server';
/** A page of another origin (answered by the bench itself), so the app's service worker stays out of it. */
const NETWORK_URL = 'http://network-open.bench/';

const line = (name: string, value: number | string, unit: string, target?: string, note?: string) =>
	console.log(`bench: ${name} = ${value}${unit ? ` ${unit}` : ''}${target ? ` (target ${target})` : ''}${note ? ` [${note}]` : ''}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `median of ${xs.length}; spread ${Math.min(...xs)}–${Math.max(...xs)} ms`;

/**
 * Installed before any page script: records when an enabled "Pick a movie" button first exists,
 * presses it at once (as someone who opened the app to pick would), and records when the
 * "Your pick" card appears. Times are performance.now(): ms since navigation start.
 */
function watchOpen() {
	const marks: { enabled?: number; pick?: number } = {};
	(window as unknown as { __open: typeof marks }).__open = marks;
	const check = () => {
		if (marks.enabled === undefined) {
			const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Pick a movie' && !b.disabled);
			if (button) {
				marks.enabled = performance.now();
				button.click();
			}
		}
		if (marks.enabled !== undefined && marks.pick === undefined && document.querySelector('article[aria-label="Your pick"]')) {
			marks.pick = performance.now();
			observer.disconnect();
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

/** The network-only picker: fetches every page of the library, then lets you pick. */
function networkPickerHtml(base: string, token: string): string {
	const script = `
const base = ${JSON.stringify(base)}, token = ${JSON.stringify(token)}, size = 200, inFlight = 3;
const page = async (start) => {
	const url = base + '/library/sections/1/all?X-Plex-Container-Start=' + start + '&X-Plex-Container-Size=' + size;
	const response = await fetch(url, { headers: { Accept: 'application/json', 'X-Plex-Token': token } });
	if (!response.ok) throw new Error('HTTP ' + response.status);
	return (await response.json()).MediaContainer;
};
const button = document.querySelector('button');
(async () => {
	const first = await page(0);
	const items = [...(first.Metadata ?? [])];
	const offsets = [];
	for (let o = items.length; o < first.totalSize; o += size) offsets.push(o);
	await Promise.all(Array.from({ length: inFlight }, async () => {
		for (let o = offsets.shift(); o !== undefined; o = offsets.shift()) items.push(...((await page(o)).Metadata ?? []));
	}));
	window.__items = items.length;
	button.disabled = false;
	button.onclick = () => {
		const item = items[Math.floor(Math.random() * items.length)];
		const card = document.createElement('article');
		card.setAttribute('aria-label', 'Your pick');
		const h = document.createElement('h2');
		h.textContent = item.title;
		card.append(h);
		document.body.append(card);
	};
})();`;
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>network open</title></head><body><button disabled>Pick a movie</button><script>${script}</script></body></html>`;
}

async function measure(page: Page, url: string): Promise<{ enabled: number; pick: number }> {
	await page.goto(url, { waitUntil: 'commit' });
	const handle = await page.waitForFunction(() => {
		const marks = (window as unknown as { __open?: { enabled?: number; pick?: number } }).__open;
		return marks?.pick !== undefined ? marks : null;
	}, undefined, { timeout: 60_000, polling: 100 });
	const marks = (await handle.jsonValue()) as { enabled: number; pick: number };
	// OPEN_MARKS=1: where a cached open's time went (the app's pp:* performance marks).
	if (process.env.OPEN_MARKS && url !== NETWORK_URL) {
		const entries = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`));
		console.log(`  marks: ${entries.join(', ')}, enabled ${Math.round(marks.enabled)}, pick ${Math.round(marks.pick)}`);
	}
	return { enabled: Math.round(marks.enabled), pick: Math.round(marks.pick) };
}

const world = createWorld();
const fake = await startFakePlexServers([{ name: SERVER, librarySize: SIZE, librarySeed: 7 }], { world });
const found = await ensureChromium();
const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
try {
	const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
	const routes = await installPlexRoutes(context, world);
	const server = fake.byName(SERVER);
	await context.route(`${NETWORK_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: networkPickerHtml(server.plexDirectUrl, server.token) }));

	// Set-up through the app: sign in, connect, keep Movies (the app's own sync saves it).
	const setup = await context.newPage();
	const started = performance.now();
	await setup.goto(appUrl);
	await setup.getByRole('button', { name: 'Sign in with Plex' }).click();
	for (let pin; !pin; await new Promise((r) => setTimeout(r, 50))) {
		pin = [...world.pins.values()].find((p) => p.authToken === null && !world.isPinExpired(p));
		if (pin) world.approvePin(pin.id);
	}
	await setup.getByRole('button', { name: SERVER }).click();
	await setup.getByText(`Connected to ${SERVER}`).waitFor({ timeout: 30_000 });
	await setup.getByRole('checkbox', { name: 'Movies' }).check();
	await setup.getByText(/20,000 titles · Last synced/).waitFor({ timeout: 240_000 });
	// Posters off: the fake world's posters are tiny, so the 50 MB default would go on fetching all
	// 20,000 of them for minutes, and what is timed here is the library, not posters.
	await setup.getByLabel('Poster storage').selectOption({ label: 'Off (no posters offline)' });
	await setup.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') await new Promise((r) => worker.addEventListener('statechange', r));
	});
	await setup.waitForLoadState('networkidle', { timeout: 120_000 });
	await setup.close();
	console.log(`  set-up (sign-in, connect, sync of ${SIZE.toLocaleString('en')} titles): ${Math.round((performance.now() - started) / 100) / 10} s`);

	await server.setBehaviour({ delayMs: LATENCY_MS });
	world.setBehaviour('https://plex.tv', { delayMs: LATENCY_MS });
	world.setBehaviour('https://clients.plex.tv', { delayMs: LATENCY_MS });

	const page = await context.newPage();
	await page.addInitScript(watchOpen);
	const cached: { enabled: number; pick: number }[] = [];
	const network: { enabled: number; pick: number }[] = [];
	for (let run = 0; run <= RUNS; run++) {
		const c = await measure(page, appUrl);
		const state = await page.evaluate(() => ({
			controlled: navigator.serviceWorker.controller !== null,
			library: /\b20,000 (titles|movies)\b/.test(document.body.innerText)
		}));
		if (!state.controlled || !state.library) throw new Error(`cached open: ${state.controlled ? '' : 'no service worker in control; '}${state.library ? '' : 'the saved 20,000-title library is not what opened'}`);
		const n = await measure(page, NETWORK_URL);
		const items = await page.evaluate(() => (window as unknown as { __items: number }).__items);
		if (items !== SIZE) throw new Error(`network open loaded ${items} titles, not ${SIZE}`);
		if (run === 0) continue; // warm-up
		cached.push(c);
		network.push(n);
	}
	await routes.dispose();

	const cachedOpen = median(cached.map((r) => r.enabled));
	const networkOpen = median(network.map((r) => r.enabled));
	line('cached-open-ms', cachedOpen, 'ms', undefined, `navigation → enabled "Pick a movie", ${SIZE.toLocaleString('en')} titles saved; ${spread(cached.map((r) => r.enabled))}`);
	line('cached-open-pick-ms', median(cached.map((r) => r.pick)), 'ms', undefined, `navigation → first "Your pick" card; ${spread(cached.map((r) => r.pick))}`);
	line('network-open-ms', networkOpen, 'ms', undefined, `${SIZE / 200} pages, 3 in flight, ${LATENCY_MS} ms added per request; ${spread(network.map((r) => r.enabled))}`);
	line('network-open-pick-ms', median(network.map((r) => r.pick)), 'ms', undefined, spread(network.map((r) => r.pick)));
	line('open-speedup', Math.round((networkOpen / cachedOpen) * 10) / 10, '', '>= 10');
} finally {
	await browser.close();
	await fake.close();
}
