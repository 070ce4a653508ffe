import { expect, test } from '../fake-plex/playwright.ts';
import { desktop, signIn, tokenLeaks } from './helpers.ts';

test.use(desktop);

const ID = 'd1e2f3a4b5c6d7e8f90011223344556677889900';

test.afterEach(({ plex }) => {
	expect(tokenLeaks(plex)).toEqual([]);
});

async function connect(page: import('@playwright/test').Page, plex: Parameters<typeof signIn>[1], size = 1500, delayMs = 40) {
	const fake = await plex.startServers([{ name: 'Attic Server', machineIdentifier: ID, librarySize: size, delayMs }]);
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Attic Server' }).click();
	await expect(page.getByText('Connected to Attic Server')).toBeVisible();
	return fake;
}

test('keeping a library syncs it with a progress bar, then picking works from it, also offline', async ({ page, context, plex }) => {
	test.setTimeout(60_000); // 1,500 items at 150 ms a page, plus an offline reload, on a busy 2-core machine
	await connect(page, plex, 1500, 150);
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	const bar = page.getByRole('progressbar', { name: 'Syncing Movies' });
	// The bar may be gone a moment later: its values are read in one go, in the page, while it shows its total.
	const seen = await page.waitForFunction(() => {
		const el = document.querySelector<HTMLElement>('[role="progressbar"][aria-label="Syncing Movies"]');
		if (!el || el.getAttribute('aria-valuemax') !== '1500' || el.getClientRects().length === 0) return null;
		return { now: Number(el.getAttribute('aria-valuenow')), max: Number(el.getAttribute('aria-valuemax')) };
	});
	const values = (await seen.jsonValue())!;
	expect(values.now).toBeGreaterThanOrEqual(0);
	expect(values.now).toBeLessThanOrEqual(values.max);
	await expect(page.getByText(/1,500 titles · Last synced/)).toBeVisible({ timeout: 20_000 });
	await expect(bar).toHaveCount(0);

	// Paged: never one giant request.
	const pages = plex.log.filter((e) => e.machineIdentifier === ID && e.path === '/library/sections/1/all');
	expect(pages.length).toBeGreaterThanOrEqual(8);
	expect(pages.every((e) => Number(e.query['X-Plex-Container-Size']) <= 200)).toBe(true);

	await page.getByRole('button', { name: /Pick a movie/ }).click();
	const card = page.getByRole('article', { name: 'Your pick' });
	await expect(card).toBeVisible();
	const title = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
	const server = plex.world.server(ID);
	expect(server.sections[0]!.items.some((i) => i.title === title)).toBe(true);
	await expect(card.getByRole('link', { name: 'Open in Plex' })).toHaveAttribute('href', new RegExp(`^https://app\\.plex\\.tv/desktop/#!/server/${ID}/details\\?key=%2Flibrary%2Fmetadata%2F\\d+$`));

	// Offline after the first sync: the app and the library still work.
	await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') await new Promise((r) => worker.addEventListener('statechange', r));
	});
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByText('Offline', { exact: true })).toBeVisible();
	await expect(page.getByText('Movies · Attic Server', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
	await context.setOffline(false);
});

test('a sync that fails half-way keeps the previous copy, and says so', async ({ page, plex }) => {
	const fake = await connect(page, plex, 600);
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByText(/600 titles · Last synced/)).toBeVisible();

	// The library grows so the next sync must page, and the server dies after the first page.
	plex.world.changeLibrary(ID, '1', (items) => [...items, ...items.slice(0, 300).map((i) => ({ ...i, ratingKey: `9${String(i.ratingKey)}`, updatedAt: 2_000_000_000 }))]);
	let served = 0;
	plex.world.log.length = 0;
	const listener = fake.servers[0]!;
	const watcher = setInterval(() => {
		served = plex.world.log.filter((e) => e.path === '/library/sections/1/all').length;
		if (served >= 2) void listener.setBehaviour({ failure: 'reset' });
	}, 5);
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /copy saved before is unchanged/ })).toBeVisible({ timeout: 20_000 });
	clearInterval(watcher);
	await expect(page.getByText(/600 titles · Last synced/)).toBeVisible();
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
});

test('cancelling a sync keeps nothing half-done', async ({ page, plex }) => {
	await connect(page, plex, 3000, 200);
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByRole('progressbar', { name: 'Syncing Movies' })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel sync' }).click();
	await expect(page.getByRole('progressbar', { name: 'Syncing Movies' })).toHaveCount(0);
	await expect(page.getByRole('checkbox', { name: 'Movies' })).not.toBeChecked();
	await expect(page.getByText(/Last synced/)).toHaveCount(0);
});

test('posters are saved within the budget, and the pick shows its poster offline; browsing works offline', async ({ page, context, plex }) => {
	await connect(page, plex, 60, 5);
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByText(/60 titles · Last synced/)).toBeVisible();
	await expect(page.getByText(/^60 posters · [\d.]+ MB of 50 MB used$/)).toBeVisible({ timeout: 20_000 });
	const posterRequests = plex.log.filter((e) => e.machineIdentifier === ID && e.path === '/photo/:/transcode');
	expect(posterRequests).toHaveLength(60);
	expect(posterRequests.every((e) => e.query.width === '240')).toBe(true);

	// Online, the browse list shows the server's posters (small ones).
	await page.getByRole('link', { name: 'Browse all' }).click();
	const rowPoster = page.getByRole('list', { name: /^Titles in Movies/ }).getByRole('img').first();
	await expect(rowPoster).toHaveAttribute('src', /\/photo\/:\/transcode\?width=80&/);
	await page.getByRole('link', { name: '← Back to picking' }).click();

	await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') await new Promise((r) => worker.addEventListener('statechange', r));
	});
	await context.setOffline(true);
	await page.reload();
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	const poster = page.getByRole('article', { name: 'Your pick' }).getByRole('img', { name: /^Poster:/ });
	await expect(poster).toHaveAttribute('src', /^blob:/);
	await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

	await page.getByRole('link', { name: 'Browse all' }).click();
	await expect(page.getByText('60 titles')).toBeVisible();
	await page.getByRole('searchbox', { name: 'Search titles' }).fill('the');
	await expect(page.getByText(/of 60 titles/)).toBeVisible();
	await context.setOffline(false);
});
