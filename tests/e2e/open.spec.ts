import { expect, test } from '../fake-plex/playwright.ts';
import { desktop, signIn } from './helpers.ts';

test.use(desktop);

const ID = 'e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4';

test('opening the app with a saved library: "Pick a movie" works before any request goes to plex.tv or the server', async ({ page, plex }) => {
	test.setTimeout(60_000);
	await plex.startServers([{ name: 'Den Server', machineIdentifier: ID, librarySize: 800, delayMs: 40 }]);
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Den Server' }).click();
	await expect(page.getByText('Connected to Den Server')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByText(/800 titles · Last synced/)).toBeVisible({ timeout: 20_000 });

	// From the next load on, the page notes (in its own clock) when the pick button is first enabled.
	await page.addInitScript(() => {
		const w = window as unknown as { __enabledAt?: number };
		new MutationObserver(() => {
			const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Pick a movie');
			if (w.__enabledAt === undefined && button && !button.disabled) w.__enabledAt = performance.now();
		}).observe(document, { childList: true, subtree: true, attributes: true });
	});
	const before = plex.log.length;
	await page.reload();
	await page.getByRole('button', { name: 'Pick a movie' }).click();
	const card = page.getByRole('article', { name: 'Your pick' });
	await expect(card).toBeVisible();
	// The app opened from its pick index; the full copy follows, and with it the pick's summary.
	await expect(card.locator('p.summary')).toHaveText(/\w/);
	// What waited runs afterwards: the token check, the server list and the reconnect.
	await expect(page.getByText('Connected to Den Server')).toBeVisible();
	await expect.poll(() => plex.log.slice(before).some((e) => e.path === '/identity')).toBe(true);

	const seen = await page.evaluate(() => ({
		enabledAt: (window as unknown as { __enabledAt?: number }).__enabledAt,
		plex: performance
			.getEntriesByType('resource')
			.filter((e) => /(^|\.)plex\.(tv|direct)$/.test(new URL(e.name).hostname))
			.map((e) => ({ host: new URL(e.name).hostname, path: new URL(e.name).pathname, at: e.startTime }))
	}));
	expect(seen.enabledAt).toBeGreaterThan(0);
	expect(seen.plex.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/v2/user', '/api/v2/resources', '/identity']));
	const early = seen.plex.filter((r) => r.at < seen.enabledAt!);
	expect(early, 'requests that went out before the pick button was enabled').toEqual([]);
});
