import { expect, test, type Page } from '@playwright/test';
import { BUDGET, gzipBytes, kb, precacheBytes } from '../../scripts/measure.mjs';

/** KB of JavaScript (gzip) a first visit fetches, up to a quiet network. */
async function firstLoadKb(page: Page): Promise<number> {
	const scripts = new Set<string>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
	});
	await page.goto('./');
	await expect(page.locator('main button').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts.size).toBeGreaterThan(0);
	const js = kb(gzipBytes([...scripts]));
	console.log(`first-load JS: ${js} KB gzip in ${scripts.size} files`);
	return js;
}

test(`first visit in English loads at most ${BUDGET.firstLoadJsGzipKb} KB of JavaScript (gzip), and the precache stays under ${BUDGET.precacheKb} KB`, async ({ page }) => {
	expect(await firstLoadKb(page)).toBeLessThanOrEqual(BUDGET.firstLoadJsGzipKb);
	await expect(page.getByRole('button', { name: 'Try the demo library' })).toBeVisible();
	const precache = precacheBytes();
	expect(precache.count).toBeGreaterThan(5);
	expect(kb(precache.bytes)).toBeLessThanOrEqual(BUDGET.precacheKb);
});

test.describe('German, the longest language', () => {
	test.use({ locale: 'de-DE' });
	test(`first visit in German loads at most ${BUDGET.firstLoadJsGzipKbGerman} KB of JavaScript (gzip)`, async ({ page }) => {
		expect(await firstLoadKb(page)).toBeLessThanOrEqual(BUDGET.firstLoadJsGzipKbGerman);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});
});
