import { expect, test } from '@playwright/test';
import { BUDGET, gzipBytes, kb, precacheBytes } from '../../scripts/measure.mjs';

test(`first visit loads at most ${BUDGET.firstLoadJsGzipKb} KB of JavaScript (gzip), and the precache stays under ${BUDGET.precacheKb} KB`, async ({ page }) => {
	const scripts = new Set<string>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
	});
	await page.goto('./');
	await expect(page.getByRole('button', { name: 'Try the demo library' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const js = kb(gzipBytes([...scripts]));
	console.log(`first-load JS: ${js} KB gzip in ${scripts.size} files`);
	expect(scripts.size).toBeGreaterThan(0);
	expect(js).toBeLessThanOrEqual(BUDGET.firstLoadJsGzipKb);
	const precache = precacheBytes();
	expect(precache.count).toBeGreaterThan(5);
	expect(kb(precache.bytes)).toBeLessThanOrEqual(BUDGET.precacheKb);
});
