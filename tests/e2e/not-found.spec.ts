import { expect, test } from '@playwright/test';

// A static host serves the app for every path: one it has no screen for says so, in the app's language.
test('a path with no screen says the page does not exist, with a way back', async ({ page }) => {
	let loads = 0;
	page.on('load', () => (loads += 1));
	await page.goto('./no/such/page');
	await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(loads, 'the page must not reload itself').toBe(1);
	await page.getByRole('link', { name: 'Back to PlexPicker' }).click();
	await expect(page.getByRole('button', { name: 'Try the demo library' })).toBeVisible();
});

test.describe('in German', () => {
	test.use({ locale: 'de-DE' });
	test('the missing page speaks German', async ({ page }) => {
		await page.goto('./nirgends');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { name: 'Diese Seite gibt es nicht' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Zurück zu PlexPicker' })).toBeVisible();
	});
});
