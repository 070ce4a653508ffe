import { expect, test } from '@playwright/test';

test.describe('demo library', () => {
	test('a newcomer picks a movie from the demo library, and it is still there after a reload', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Try the demo library' }).click();
		await expect(page.getByText(/Last synced/)).toBeVisible();

		await page.getByRole('button', { name: 'Pick a movie' }).click();
		const card = page.getByRole('article', { name: 'Your pick' });
		await expect(card).toBeVisible();
		const firstTitle = await card.getByRole('heading', { level: 2 }).textContent();
		expect(firstTitle?.trim()).not.toBe('');
		await expect(card.getByRole('link', { name: 'Open in Plex' })).toHaveAttribute('href', /^https:\/\/app\.plex\.tv\//);

		await page.getByRole('button', { name: 'Pick again' }).click();
		await expect(card.getByRole('heading', { level: 2 })).not.toHaveText(firstTitle ?? '');

		// The library was kept in IndexedDB: a reload goes straight to picking.
		await page.reload();
		await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Try the demo library' })).toHaveCount(0);
	});

	test('filters narrow the pick, and an impossible combination says what to relax', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Try the demo library' }).click();
		await page.getByLabel('Genre').selectOption('Comedy');
		await page.getByLabel('Max runtime').selectOption('120');
		await expect(page.getByText(/of 320 movies match/)).toBeVisible();

		for (let i = 0; i < 5; i++) {
			await page.getByRole('button', { name: /Pick (a movie|again)/ }).click();
			const card = page.getByRole('article', { name: 'Your pick' });
			await expect(card.getByRole('listitem').filter({ hasText: 'Comedy' })).toHaveCount(1);
			const runtime = await card.getByText(/\d+ h( \d+ min)?|\d+ min/).first().textContent();
			const [, h = '0', m = '0'] = /(?:(\d+) h)?\s*(?:(\d+) min)?/.exec(runtime ?? '') ?? [];
			expect(Number(h) * 60 + Number(m)).toBeLessThanOrEqual(120);
		}

		await page.getByLabel('Decade').selectOption({ index: 1 });
		await page.getByLabel('Content rating').selectOption('G');
		await page.getByLabel('Unwatched only').check();
		await page.getByLabel('Genre').selectOption('Horror');
		await page.getByLabel('Max runtime').selectOption('90');
		await expect(page.getByText(/No movies match\. Try relaxing/)).toBeVisible();
		await expect(page.getByRole('button', { name: /Pick/ })).toBeDisabled();
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page.getByText('All 320 movies.')).toBeVisible();
	});

	test('fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Try the demo library' }).click();
		await page.getByRole('button', { name: 'Pick a movie' }).click();
		await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
