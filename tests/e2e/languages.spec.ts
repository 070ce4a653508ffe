import { expect, test, type Page } from '@playwright/test';

/** A sentence only that language's messages chunk holds (src/lib/i18n/messages/<locale>/core.ts). */
const MARKERS = {
	en: 'not affiliated with Plex, Inc.',
	de: 'nicht mit Plex, Inc. verbunden',
	fr: 'sans lien avec Plex, Inc.',
	es: 'sin relación con Plex, Inc.',
	sv: 'inte knutet till Plex, Inc.'
};

/** Which languages' messages the page downloaded (read from the scripts it fetched). */
function languagesLoaded(page: Page): () => Promise<string[]> {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
	});
	return async () => {
		const texts = await Promise.all(bodies);
		return Object.entries(MARKERS)
			.filter(([, marker]) => texts.some((text) => text.includes(marker)))
			.map(([locale]) => locale);
	};
}

async function workerActive(page: Page) {
	return page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
		}
		return worker?.state;
	});
}

test.describe('a German browser', () => {
	test.use({ locale: 'de-DE' });

	test('gets German on its first visit, with lang="de", loading only the German messages', async ({ page }) => {
		const loaded = languagesLoaded(page);
		await page.goto('./');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
		await expect(page.getByText('nicht mit Plex, Inc. verbunden')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await loaded()).toEqual(['de']);
	});
});

test.describe('the demo library in German', () => {
	test.use({ locale: 'de-DE' });

	test('says relative times and durations the German way', async ({ page }) => {
		await page.clock.install();
		await page.goto('./');
		await page.getByRole('button', { name: 'Demo ausprobieren' }).click();
		await expect(page.getByRole('button', { name: 'Film auslosen' })).toBeVisible();
		await expect(page.getByText(/Zuletzt synchronisiert gerade eben/)).toBeVisible();
		// Five minutes later (the screen's clock ticks every 30 s).
		await page.clock.fastForward('05:00');
		await expect(page.getByText(/Zuletzt synchronisiert vor 5 Minuten/)).toBeVisible();

		await page.getByRole('button', { name: 'Film auslosen' }).click();
		const card = page.getByRole('article', { name: 'Dein Vorschlag' });
		await expect(card).toBeVisible();
		// Intl.DurationFormat in German: "1 Std., 46 Min." (or only minutes for a short film).
		await expect(card).toContainText(/\b\d+ (Std\., \d+ )?Min\./);
	});
});

test('switching to Swedish works offline once installed, and is remembered', async ({ page, context }) => {
	await page.goto('./');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
	expect(await workerActive(page)).toBe('activated');

	await context.setOffline(true);
	await page.reload();
	await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('sv');
	await expect(page.getByText('inte knutet till Plex, Inc.')).toBeVisible();

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('sv');
	await context.setOffline(false);
});

test.describe('before the app is installed', () => {
	// No service worker: nothing is precached, so a dropped connection really loses the chunk.
	test.use({ serviceWorkers: 'block' });

	test('a language that cannot be loaded is explained, and the app stays in its language', async ({ page }) => {
		await page.goto('./');
		await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
		// The network is gone: French's chunk cannot come.
		await page.route('**/*.js', (route) => route.abort('internetdisconnected'));
		await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
		await expect(page.getByRole('alert')).toContainText('That language could not be loaded');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
	});
});
