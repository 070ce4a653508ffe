import { chromium, expect, test, type Page } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.mjs';
import { serveDir } from './static-server.ts';
import { SUBPATH, SUBPATH_BUILD } from './global-setup.ts';

async function workerActive(page: Page): Promise<string | undefined> {
	return page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
		}
		return worker?.state;
	});
}

test('Chromium reports no installability errors', async ({ baseURL }) => {
	const found = (await findChromium()) as { executablePath?: string };
	const profile = await mkdtemp(join(tmpdir(), 'plexpicker-profile-'));
	// A persistent (non-incognito) profile: incognito windows always report "in-incognito".
	const context = await chromium.launchPersistentContext(profile, { executablePath: found.executablePath, args: CHROMIUM_ARGS, headless: true });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(baseURL!);
		expect(await workerActive(page)).toBe('activated');
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
		expect(installabilityErrors).toEqual([]);
		const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
		expect(manifest.errors).toEqual([]);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});

test('an Install button appears when the browser offers installing, and opens its dialog', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('button', { name: 'Try the demo library' })).toBeVisible(); // the app is running
	await expect(page.getByRole('button', { name: 'Install' })).toHaveCount(0);
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => Promise<void>; userChoice: Promise<unknown> };
		(window as unknown as { prompted: number }).prompted = 0;
		event.prompt = async () => void ((window as unknown as { prompted: number }).prompted += 1);
		event.userChoice = Promise.resolve({ outcome: 'accepted' });
		window.dispatchEvent(event);
	});
	await page.getByRole('button', { name: 'Install' }).click();
	expect(await page.evaluate(() => (window as unknown as { prompted: number }).prompted)).toBe(1);
	await expect(page.getByRole('button', { name: 'Install' })).toHaveCount(0);
});

test('the Content-Security-Policy lets the app work and blocks other hosts', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
	await page.goto('./');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain('https://*.plex.direct:*');
	// the Watchlist's host (docs/plex-api.md §14) may be reached
	expect(csp).toMatch(/connect-src [^;]*https:\/\/discover\.provider\.plex\.tv/);
	expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
	await page.getByRole('button', { name: 'Try the demo library' }).click();
	await page.getByRole('button', { name: 'Pick a movie' }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
	expect(violations).toEqual([]);
	const blocked = await page.evaluate(async () => {
		try {
			await fetch('https://tracker.example/collect');
			return 'sent';
		} catch {
			return 'blocked';
		}
	});
	expect(blocked).toBe('blocked');
	expect(violations.join('\n')).toMatch(/tracker\.example/);
	expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
});

test('a new deployment shows "Update"; nothing reloads until it is pressed; the library survives', async ({ browser }) => {
	const root = await mkdtemp(join(tmpdir(), 'plexpicker-deploy-'));
	await cp('build', root, { recursive: true });
	const host = await serveDir(root);
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(host.url);
		await page.getByRole('button', { name: 'Try the demo library' }).click();
		expect(await workerActive(page)).toBe('activated');
		await page.getByRole('button', { name: 'Pick a movie' }).click();
		const title = await page.getByRole('article', { name: 'Your pick' }).getByRole('heading', { level: 2 }).textContent();

		// Deploy a new version: a changed service worker.
		const sw = await readFile(join(root, 'sw.js'), 'utf8');
		await writeFile(join(root, 'sw.js'), `${sw}\n// deployed again\n`);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.getByRole('button', { name: 'Update' })).toBeVisible({ timeout: 15_000 });
		// Mid-pick, nothing changed under the person's fingers.
		await expect(page.getByRole('article', { name: 'Your pick' }).getByRole('heading', { level: 2 })).toHaveText(title!);

		await page.getByRole('button', { name: 'Update' }).click();
		// The page reloads into the new version once it has taken over.
		await expect.poll(() => page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type).catch(() => 'navigating')).toBe('reload');
		await expect(page.getByRole('button', { name: 'Update' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
		expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
	} finally {
		await context.close();
		await host.close();
		await rm(root, { recursive: true, force: true });
	}
});

test(`a build for a sub-path works end to end under ${SUBPATH}/`, async ({ browser }) => {
	const host = await serveDir(SUBPATH_BUILD, { base: SUBPATH });
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(host.url);
		const manifest = (await (await page.request.get(`${host.url}manifest.webmanifest`)).json()) as { id: string; start_url: string; scope: string };
		expect(manifest).toMatchObject({ id: `${SUBPATH}/`, start_url: `${SUBPATH}/`, scope: `${SUBPATH}/` });
		await page.getByRole('button', { name: 'Try the demo library' }).click();
		expect(await workerActive(page)).toBe('activated');
		expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(host.url);
		// Every asset came from under the sub-path.
		const outside = await page.evaluate((sub) => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => !p.startsWith(`${sub}/`)), SUBPATH);
		expect(outside).toEqual([]);

		await context.setOffline(true);
		await page.reload();
		await page.getByRole('button', { name: 'Pick a movie' }).click();
		await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
		// An unknown path under the sub-path still gets the app (its own "not found" page, with a way back).
		await page.goto(`${host.url}no/such/page`);
		await page.getByRole('link', { name: 'Back to PlexPicker' }).click();
		await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
	} finally {
		await context.close();
		await host.close();
	}
});
