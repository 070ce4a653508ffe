import type { Page } from '@playwright/test';
import { expect, test } from '../fake-plex/playwright.ts';
import { desktop, signIn } from './helpers.ts';

/*
 * German is the longest of PlexPicker's languages: every main screen, rendered in German on a
 * 360 px wide phone (the project's viewport), must fit. Each screen is reached in English (the
 * names the other browser tests use), then the Language menu switches to German and back.
 */
test.describe.configure({ timeout: 120_000 });

/** What sticks out of the 360 px viewport or is clipped inside its own box, described for a failure message. */
async function overflow(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const found: string[] = [];
		const describe = (el: Element) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 60)}”`;
		if (document.documentElement.scrollWidth > width + 1) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
		for (const el of document.querySelectorAll('body *')) {
			const style = getComputedStyle(el);
			if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[aria-hidden="true"]')) continue;
			const rect = el.getBoundingClientRect();
			// Not drawn, or visually hidden for screen readers only (a 1 px clipped box).
			if (rect.width <= 1 || rect.height <= 1) continue;
			// Lists that scroll sideways on purpose are not overflow.
			if (el.closest('[data-scrolls]')) continue;
			if (rect.right > width + 1 || rect.left < -1) found.push(`${describe(el)} reaches ${Math.round(rect.left)}–${Math.round(rect.right)}px`);
			// Plex's own long titles and names end in "…" on purpose; our words on a control may not.
			const truncatedName = style.textOverflow === 'ellipsis' && !/^(BUTTON|SELECT|SUMMARY|LABEL)$/.test(el.tagName) && !el.closest('button, label');
			if (truncatedName) continue;
			if (/^(BUTTON|A|SELECT|LABEL|SUMMARY|H1|H2|H3|P|LI|DT|DD|SPAN)$/.test(el.tagName) && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') {
				found.push(`${describe(el)} is clipped (${el.scrollWidth}px in ${el.clientWidth}px)`);
			}
		}
		return found;
	});
}

/**
 * Message keys shown instead of their text (a screen that rendered before its messages were in,
 * src/lib/i18n/load.ts): in the page's text and its accessible names.
 */
async function rawKeys(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const texts = [document.body.innerText, document.title];
		for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
			for (const name of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(el.getAttribute(name) ?? '');
		}
		return texts.flatMap((text) => text.match(/\b(core|picker|plex|together)_[a-z0-9_]+\b/g) ?? []);
	});
}

/** Switches to German, checks the screen, and switches back to English. */
async function fitsInGerman(page: Page, screen: string) {
	expect(await rawKeys(page), `${screen}: message keys instead of English`).toEqual([]);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	expect(await overflow(page), `${screen} in German at 360 px`).toEqual([]);
	expect(await rawKeys(page), `${screen}: message keys instead of German`).toEqual([]);
	await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('the demo screens fit a 360 px phone in German', async ({ page }) => {
	expect(page.viewportSize()?.width).toBe(360);
	await page.goto('./');
	await fitsInGerman(page, 'welcome');

	await page.getByRole('button', { name: 'Try the demo library' }).click();
	await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
	await page.getByText('More filters').click();
	await fitsInGerman(page, 'picking screen with every filter');

	await page.getByRole('button', { name: 'Pick a movie' }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
	await fitsInGerman(page, 'pick card');

	await page.getByRole('button', { name: 'Decide together' }).click();
	await fitsInGerman(page, 'Decide together setup');
	await page.getByRole('spinbutton', { name: 'How many people' }).fill('2');
	await page.getByRole('textbox', { name: 'Name of person 1' }).fill('Ada');
	await page.getByRole('textbox', { name: 'Name of person 2' }).fill('Ben');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.getByRole('list', { name: 'Shortlist' })).toBeVisible();
	await fitsInGerman(page, 'a Decide together turn');

	await page.goto('./browse');
	await expect(page.getByRole('searchbox', { name: 'Search titles' })).toBeVisible();
	await fitsInGerman(page, 'browse');
});

test.describe('signed in', () => {
	// The popup sign-in of a desktop browser (as the other sign-in tests use), at the phone's width.
	test.use({ ...desktop, viewport: { width: 360, height: 780 } });

test('signing in, servers and libraries fit a 360 px phone in German', async ({ page, plex }) => {
	await signIn(page, plex);
	await fitsInGerman(page, 'signed in, servers listed');
	await page.getByRole('button', { name: 'Okafor Vault' }).click();
	await expect(page.getByText('Connected to Okafor Vault')).toBeVisible();
	await fitsInGerman(page, 'connected, libraries listed');
});
});
