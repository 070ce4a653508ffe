import { expect, test, type Browser, type Page } from '@playwright/test';
import { serveDir } from './static-server.ts';
import { SUBPATH, SUBPATH_BUILD } from './global-setup.ts';

/*
 * "Decide together" on the demo library: one phone passed around, each person keeps or vetoes the
 * shortlist, the result is the usual "Your pick" card. Also offline, after a reload, and a shared
 * shortlist opened in a second browser (its own copy of the same demo library).
 */

// A round is many clicks on a busy 2-core machine: more time than the default 30 s.
test.describe.configure({ timeout: 90_000 });

async function openDemo(page: Page): Promise<void> {
	await page.goto('./');
	await page.getByRole('button', { name: 'Try the demo library' }).click();
	await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
}

async function startRound(page: Page, names: string[], size?: number): Promise<string[]> {
	await page.getByRole('button', { name: 'Decide together' }).click();
	await page.getByRole('spinbutton', { name: 'How many people' }).fill(String(names.length));
	for (const [i, name] of names.entries()) await page.getByRole('textbox', { name: `Name of person ${i + 1}` }).fill(name);
	if (size) await page.getByLabel('Shortlist size').selectOption(String(size));
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.getByRole('heading', { name: `${names[0]}'s turn` })).toBeFocused();
	return shortlist(page);
}

/** The titles on screen, in order. */
async function shortlist(page: Page): Promise<string[]> {
	await expect(page.getByRole('list', { name: 'Shortlist' })).toBeVisible();
	return (await page.getByRole('list', { name: 'Shortlist' }).getByRole('heading', { level: 3 }).allTextContents()).map((t) => t.trim());
}

/** This person keeps `keep` and vetoes every other title, then hands the phone on. */
async function turn(page: Page, titles: string[], keep: string[]): Promise<void> {
	for (const title of titles) {
		const mark = keep.includes(title) ? 'Keep' : 'Veto';
		await page.getByRole('button', { name: `${mark} ${title}`, exact: true }).click();
		await expect(page.getByRole('button', { name: `${mark} ${title}`, exact: true })).toHaveAttribute('aria-pressed', 'true');
	}
	await page.getByRole('button', { name: 'Next person' }).click();
}

/** The hand-over screen: nothing of the last person's marks shows; the next person takes the phone. */
async function handOver(page: Page, to: string): Promise<void> {
	await expect(page.getByText(`Pass the phone to ${to}`)).toBeVisible();
	await expect(page.getByRole('heading', { name: `Pass the phone to ${to}` })).toBeFocused();
	await expect(page.getByRole('button', { name: /^(Keep|Veto) / })).toHaveCount(0);
	await page.getByRole('button', { name: `I'm ${to}: show the titles` }).click();
	await expect(page.getByRole('heading', { name: `${to}'s turn` })).toBeFocused();
	// Nobody sees the previous marks: every toggle starts unpressed.
	await expect(page.locator('button[aria-pressed="true"]')).toHaveCount(0);
}

test('three people keep and veto a shortlist on one phone and end on a title all three kept', async ({ page }) => {
	await openDemo(page);
	const titles = await startRound(page, ['Sam', 'Ana', 'Lee']);
	expect(titles).toHaveLength(5);
	expect(new Set(titles).size).toBe(5);
	const [shared, samsOther = '', anasOther = ''] = titles as [string, string, string];

	await turn(page, titles, [shared, samsOther]);
	await handOver(page, 'Ana');
	await turn(page, titles, [shared, anasOther]);
	await handOver(page, 'Lee');
	await turn(page, titles, [shared]);

	const card = page.getByRole('article', { name: 'Your pick' });
	await expect(card.getByRole('heading', { level: 2 })).toHaveText(shared);
	await expect(card.getByText('Kept by all 3')).toBeVisible();
	await expect(card.getByRole('link', { name: 'Open in Plex' })).toBeVisible();
	await expect(card.getByRole('button', { name: 'Share' })).toBeVisible();
	await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
	// fits a 360 px phone
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

	// the decided title joins Recent picks
	await expect(page.getByText('Recent picks (1)')).toBeVisible();
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
	await page.reload();
	// the round was discarded: the picking screen, not the round, after a reload
	await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next person' })).toHaveCount(0);
});

test('when everything is vetoed, a new shortlist leaves the vetoed titles out', async ({ page }) => {
	await openDemo(page);
	const first = await startRound(page, ['Sam', 'Ana'], 10);
	await turn(page, first, []);
	await handOver(page, 'Ana');
	await turn(page, first, []);
	await expect(page.getByRole('heading', { name: 'Everything was vetoed' })).toBeFocused();
	await expect(page.getByRole('article', { name: 'Your pick' })).toHaveCount(0);

	await page.getByRole('button', { name: 'New shortlist' }).click();
	await expect(page.getByRole('heading', { name: "Sam's turn" })).toBeVisible();
	const second = await shortlist(page);
	expect(second).toHaveLength(10);
	for (const title of second) expect(first).not.toContain(title);
});

test('a round survives a reload mid-round, marks and turn included, and can be stopped', async ({ page }) => {
	await openDemo(page);
	const titles = await startRound(page, ['Sam', 'Ana', 'Lee'], 3);
	const kept = titles[1] as string;
	await page.getByRole('button', { name: `Keep ${kept}`, exact: true }).click();
	await page.reload();
	// Sam's mark is still there after the reload
	await expect(page.getByRole('heading', { name: "Sam's turn" })).toBeVisible();
	await expect(page.getByRole('button', { name: `Keep ${kept}`, exact: true })).toHaveAttribute('aria-pressed', 'true');
	expect(await shortlist(page)).toEqual(titles);
	await turn(page, titles, [kept]);
	await expect(page.getByText('Pass the phone to Ana')).toBeVisible();
	await page.reload();
	await handOver(page, 'Ana');
	await turn(page, titles, [kept]);
	await page.reload();
	await handOver(page, 'Lee');
	await turn(page, titles, [titles[0] as string]);
	const card = page.getByRole('article', { name: 'Your pick' });
	await expect(card.getByRole('heading', { level: 2 })).toHaveText(kept);
	await expect(card.getByText('Kept by 2 of 3')).toBeVisible();
	await page.reload();
	await expect(card.getByText('Kept by 2 of 3')).toBeVisible();

	// Stopping a round in progress discards it
	await page.getByRole('button', { name: 'Done' }).click();
	await startRound(page, ['Mo', 'Jo']);
	await page.getByRole('button', { name: 'Stop deciding' }).click();
	await expect(page.getByRole('button', { name: 'Decide together' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Decide together' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next person' })).toHaveCount(0);
});

test('a whole round works offline from the saved library', async ({ page, context }) => {
	await openDemo(page);
	const state = await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
		}
		return worker?.state;
	});
	expect(state).toBe('activated');
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByText('Offline', { exact: true })).toBeVisible();

	const titles = await startRound(page, ['Sam', 'Ana']);
	await turn(page, titles, [titles[2] as string, titles[3] as string]);
	await handOver(page, 'Ana');
	await turn(page, titles, [titles[3] as string]);
	const card = page.getByRole('article', { name: 'Your pick' });
	await expect(card.getByRole('heading', { level: 2 })).toHaveText(titles[3] as string);
	await expect(card.getByText('Kept by all 2')).toBeVisible();
	await context.setOffline(false);
});

async function secondDevice(browser: Browser, baseURL: string | undefined, viewport: { width: number; height: number } | null) {
	const context = await browser.newContext({ baseURL, viewport: viewport ?? { width: 360, height: 780 } });
	return { context, page: await context.newPage() };
}

test('a shared shortlist link opens the same titles on a second device that has the same library', async ({ page, browser, baseURL, viewport }) => {
	await openDemo(page);
	const titles = await startRound(page, ['Sam', 'Ana']);
	await page.getByRole('button', { name: 'Share shortlist' }).click();
	const link = await page.getByRole('textbox', { name: 'Shortlist link' }).inputValue();
	const url = new URL(link);
	expect(url.searchParams.get('shortlist')).toBe('demo');
	expect(url.searchParams.get('keys')?.split(',')).toHaveLength(5);
	expect(url.pathname).toBe(new URL(page.url()).pathname);

	// A device with nothing saved is told where the titles come from.
	const fresh = await secondDevice(browser, baseURL, viewport);
	await fresh.page.goto(link);
	await expect(fresh.page.getByText('Someone shared a shortlist with you')).toBeVisible();
	// ... and once it has the demo library, the link shows the same titles from its own copy.
	await fresh.page.getByRole('button', { name: 'Try the demo library' }).click();
	await expect(fresh.page.getByRole('heading', { name: 'A shared shortlist' })).toBeVisible();
	expect(await shortlist(fresh.page)).toEqual(titles);
	// and the group can decide on them there too
	await fresh.page.getByRole('button', { name: 'Decide together with these' }).click();
	await fresh.page.getByRole('spinbutton', { name: 'How many people' }).fill('2');
	await fresh.page.getByRole('button', { name: 'Start', exact: true }).click();
	expect(await shortlist(fresh.page)).toEqual(titles);
	await fresh.context.close();

	// A second device that already has the demo library opens the link straight away.
	const other = await secondDevice(browser, baseURL, viewport);
	await openDemo(other.page);
	await other.page.goto(link);
	expect(await shortlist(other.page)).toEqual(titles);

	// A title that its copy does not have is explained; a server it never synced is named as such.
	const unknown = new URL(link);
	unknown.searchParams.set('keys', `${url.searchParams.get('keys')?.split(',')[0]},999999999`);
	await other.page.goto(unknown.href);
	await expect(other.page.getByText("1 shared title is not in this device's copy of Demo Movies")).toBeVisible();
	expect(await shortlist(other.page)).toEqual([titles[0]]);
	const elsewhere = new URL(link);
	elsewhere.searchParams.set('shortlist', 'a1b2c3d4e5f6');
	await other.page.goto(elsewhere.href);
	await expect(other.page.getByText('which is not synced on this device')).toBeVisible();
	await other.page.getByRole('button', { name: 'Close' }).click();
	await expect(other.page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
	expect(new URL(other.page.url()).searchParams.has('shortlist')).toBe(false);
	await other.context.close();
});

test(`a shared shortlist link keeps the sub-path the app is served from (${SUBPATH}/)`, async ({ browser }) => {
	const host = await serveDir(SUBPATH_BUILD, { base: SUBPATH });
	const first = await browser.newContext({ viewport: { width: 360, height: 780 } });
	const second = await browser.newContext({ viewport: { width: 360, height: 780 } });
	try {
		const page = await first.newPage();
		await page.goto(host.url);
		await page.getByRole('button', { name: 'Try the demo library' }).click();
		const titles = await startRound(page, ['Sam', 'Ana'], 3);
		await page.getByRole('button', { name: 'Share shortlist' }).click();
		const link = await page.getByRole('textbox', { name: 'Shortlist link' }).inputValue();
		expect(link.startsWith(host.url)).toBe(true);

		const other = await second.newPage();
		await other.goto(host.url);
		await other.getByRole('button', { name: 'Try the demo library' }).click();
		await expect(other.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
		await other.goto(link);
		expect(await shortlist(other)).toEqual(titles);
	} finally {
		await first.close();
		await second.close();
		await host.close();
	}
});
