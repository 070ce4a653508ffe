import { expect, test } from '../fake-plex/playwright.ts';
import type { Page } from '@playwright/test';
import { HOSTILE_TITLES, hostileMovies } from '../fake-plex/hostile.ts';
import { checkLeaksAfterEach, connectTo, desktop, signIn } from './helpers.ts';

/*
 * Hostile content and token hygiene, in Chromium (README "Robustness"): text from Plex is shown as
 * text (nothing it contains becomes an element or runs), long strings do not break the layout, a
 * 50,000-title library stays usable, and no token shows up where it does not belong.
 */

test.use(desktop);
// Many steps each, on a machine the other suites share: room to finish (no test asserts time).
test.describe.configure({ timeout: 90_000 });

const ID = 'f1e2d3c4b5a69788796a5b4c3d2e1f0011223344';
checkLeaksAfterEach(test);

/** What would exist in the page had any hostile text been taken as markup. */
function injected(page: Page) {
	return page.evaluate(() => {
		const found: string[] = [];
		if ((window as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned was set');
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) if (attr.name.startsWith('on')) found.push(`<${el.localName} ${attr.name}>`);
		}
		for (const el of document.querySelectorAll('iframe, marquee, img[src="x"], svg[onload]')) found.push(`<${el.localName}>`);
		for (const el of document.querySelectorAll('b, i, a[href^="javascript:"]')) found.push(`<${el.localName}>${el.textContent}`);
		for (const script of document.querySelectorAll('script')) if (script.textContent?.includes('__pwned')) found.push('<script> with hostile text');
		return found;
	});
}

/** The page is no wider than the screen (a long title wraps instead of pushing everything sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('hostile titles, summaries and tags are shown as text: nothing injected, nothing run, no sideways scrolling', async ({ page, plex }) => {
	await connectTo(page, plex, { name: 'Attic Server', machineIdentifier: ID, librarySize: 20, delayMs: 5 });
	plex.world.changeLibrary(ID, '1', (items) => hostileMovies(items[0]!));
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByText('10 titles · Last synced')).toBeVisible();

	const shown = new Set<string>();
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	for (let i = 0; i < 8; i++) {
		const card = page.getByRole('article', { name: 'Your pick' });
		const title = (await card.getByRole('heading', { level: 2 }).textContent())!;
		expect([...HOSTILE_TITLES, 'Duplicate of Script Night']).toContain(title.trim());
		shown.add(title.trim());
		await expect(card.getByText('<b>Hostile</b>', { exact: true })).toBeVisible();
		expect(await injected(page)).toEqual([]);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: /Pick again/ }).click();
	}
	expect(shown.size).toBeGreaterThan(3);

	// Every title at once in the browse list, searchable by its markup and its right-to-left text.
	await page.getByRole('link', { name: 'Browse all' }).click();
	const list = page.getByRole('list', { name: /^Titles in Movies/ });
	await expect(list.getByRole('listitem')).toHaveCount(10);
	await expect(list.getByText(HOSTILE_TITLES[0], { exact: true })).toBeVisible();
	expect(await injected(page)).toEqual([]);
	expect(await overflow(page)).toBeLessThanOrEqual(0);
	await page.getByRole('searchbox', { name: 'Search titles' }).fill('<img src=x');
	await expect(page.getByText(/^1 of 10 titles/)).toBeVisible();
	await expect(list.getByText(HOSTILE_TITLES[0], { exact: true })).toBeVisible();
	await page.getByRole('searchbox', { name: 'Search titles' }).fill('</h2><script>');
	await expect(page.getByText('No titles match “</h2><script>”.')).toBeVisible();
	expect(await injected(page)).toEqual([]);
	await page.getByRole('searchbox', { name: 'Search titles' }).fill('فيلم');
	await expect(list.getByText(HOSTILE_TITLES[5], { exact: true })).toBeVisible();
	await page.getByRole('link', { name: '← Back to picking' }).click();

	// The 10,000-character title as the pick: it wraps.
	plex.world.changeLibrary(ID, '1', (items) => items.filter((i) => i.title.startsWith('Long ')));
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByText('1 titles · Last synced').or(page.getByText('1 title · Last synced'))).toBeVisible();
	await page.getByRole('button', { name: /Pick a movie|Pick again/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' }).getByRole('heading', { level: 2 })).toHaveText(HOSTILE_TITLES[9]);
	expect(await overflow(page)).toBeLessThanOrEqual(0);
	expect(await injected(page)).toEqual([]);
});

test.describe('a 50,000-title library', () => {
	test.use({ plexWorld: { librarySize: 50_000 } });

	test('syncs, picks, and the browse list renders only what is on screen, with search over all of it', async ({ page, plex }) => {
		test.setTimeout(180_000); // 250 pages on a busy 2-core machine
		await signIn(page, plex);
		await page.getByRole('button', { name: 'Okafor Vault' }).click();
		await expect(page.getByText('Connected to Okafor Vault')).toBeVisible();
		await page.getByRole('checkbox', { name: 'Movies' }).check();
		await expect(page.getByText('50,000 titles · Last synced')).toBeVisible({ timeout: 150_000 });
		await page.getByRole('button', { name: /Pick a movie/ }).click();
		await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
		await page.getByRole('button', { name: /Pick again/ }).click();
		await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();

		await page.getByRole('link', { name: 'Browse all' }).click();
		await expect(page.getByText('50,000 titles')).toBeVisible();
		const rows = page.getByRole('list', { name: /^Titles in Movies/ }).getByRole('listitem');
		await expect(rows.first()).toBeVisible();
		expect(await rows.count()).toBeLessThan(200);
		const one = plex.world.section('a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6', '1').items[12_345]!.title;
		await page.getByRole('searchbox', { name: 'Search titles' }).fill(one);
		await expect(page.getByRole('list', { name: /^Titles in Movies/ }).getByText(one, { exact: true }).first()).toBeVisible();
	});
});

test('token hygiene over a whole session: Plex requests carry no Referer, images only the app origin, nothing in Cache Storage', async ({ page, plex }) => {
	await connectTo(page, plex, { name: 'Attic Server', machineIdentifier: ID, librarySize: 30, delayMs: 5 });
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByText('30 titles · Last synced')).toBeVisible();
	await expect(page.getByText(/^30 posters · /)).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(page.getByRole('link', { name: 'Open in Plex' })).toBeVisible();
	await page.getByRole('link', { name: 'Browse all' }).click();
	await expect(page.getByRole('list', { name: /^Titles in Movies/ }).getByRole('img').first()).toBeVisible();

	const api = plex.log.filter((e) => e.token && !e.path.startsWith('/photo/'));
	expect(api.length).toBeGreaterThanOrEqual(4);
	expect(api.filter((e) => e.headers.referer !== undefined).map((e) => e.path)).toEqual([]);
	const origin = new URL(page.url()).origin;
	for (const e of plex.log) if (e.headers.referer !== undefined) expect(e.headers.referer).toBe(`${origin}/`);

	// The service worker's cache was really looked at (it holds the app shell), and holds no Plex answer.
	await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') await new Promise((r) => worker.addEventListener('statechange', r));
	});
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
		return urls;
	});
	expect(cached.length).toBeGreaterThan(3);
	expect(cached.filter((u) => !u.startsWith(origin))).toEqual([]);
});
