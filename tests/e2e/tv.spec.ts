import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fake-plex/playwright.ts';
import { addWatchStateShows, WATCH_STATE_SHOWS } from '../fake-plex/tv-shows.ts';
import { desktop, networkSwitch, signIn, tokenLeaks } from './helpers.ts';

/*
 * TV the way people watch it, against the fake world's shows with known watch states
 * (tests/fake-plex/tv-shows.ts): "Next episode" per show, remembered; "Shuffle across shows"
 * with no repeat until the chosen shows are used up, across a reload and offline.
 */
test.use(desktop);
test.describe.configure({ timeout: 90_000 });
test.afterEach(({ plex }) => {
	expect(tokenLeaks(plex)).toEqual([]);
});

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';

async function openTvShows(page: Page, plex: Parameters<typeof signIn>[1]) {
	addWatchStateShows(plex.world, VAULT);
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Okafor Vault' }).click();
	await expect(page.getByText('Connected to Okafor Vault')).toBeVisible();
	await page.getByRole('checkbox', { name: 'TV Shows' }).check();
	await expect(page.getByRole('button', { name: 'Pick an episode' })).toBeVisible({ timeout: 20_000 });
}

const card = (page: Page) => page.getByRole('article', { name: 'Your pick' });
const pickButton = (page: Page) => page.getByRole('button', { name: /^Pick (an episode|again)$/ });
const line = (c: Locator) => c.getByText(/ — (next unwatched|unwatched|Rewatch)$/);

/** Narrows the picks to one show with the search filter and picks it. */
async function pickShow(page: Page, title: string) {
	await page.getByLabel('Search within').fill(title);
	await expect(page.getByText(/1 of \d+ shows? match/)).toBeVisible();
	await pickButton(page).click();
	await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(title);
}

test('"Next episode": S1 · E1 on an unwatched show, the first gap on a half-watched one, Specials last; remembered per show after a reload', async ({ page, plex }) => {
	await openTvShows(page, plex);

	await pickShow(page, 'Harbour Lights');
	await expect(card(page).getByRole('radio', { name: 'Any episode' })).toBeChecked();
	await card(page).getByRole('radio', { name: 'Next episode' }).check();
	await expect(line(card(page))).toHaveText('S1 · E1 — next unwatched');
	await expect(card(page).getByRole('heading', { level: 3 })).toHaveText('Season 1, Episode 1: Episode 1');

	// The half-watched show: S1 and S2 E1–E4 watched, E5 not, E6 watched, E7 not. Chosen by keyboard.
	await pickShow(page, 'The Long Gap');
	const any = card(page).getByRole('radio', { name: 'Any episode' });
	await expect(any).toBeChecked();
	await any.focus();
	await page.keyboard.press('ArrowUp');
	await expect(card(page).getByRole('radio', { name: 'Next episode' })).toBeChecked();
	await expect(line(card(page))).toHaveText('S2 · E5 — next unwatched');
	// "Another episode" respects it: the next unwatched one after E5
	await card(page).getByRole('button', { name: 'Another episode' }).click();
	await expect(line(card(page))).toHaveText('S2 · E7 — next unwatched');

	await pickShow(page, 'Night Ferry');
	await card(page).getByRole('radio', { name: 'Next episode' }).check();
	await expect(line(card(page))).toHaveText('S1 · E2 — next unwatched');

	await pickShow(page, 'Finished Business');
	await card(page).getByRole('radio', { name: 'Next episode' }).check();
	await expect(line(card(page))).toHaveText('S1 · E1 — Rewatch');

	// After a reload, each show keeps its choice.
	await page.reload();
	await expect(pickButton(page)).toBeVisible({ timeout: 20_000 });
	await pickShow(page, 'The Long Gap');
	await expect(card(page).getByRole('radio', { name: 'Next episode' })).toBeChecked();
	await expect(line(card(page))).toHaveText('S2 · E5 — next unwatched');
});

test('"Shuffle across shows": N picks over 3 chosen shows give N distinct episodes, unwatched first, "Another episode" included, across a reload and offline', async ({ page, context, plex }) => {
	const three = ['Harbour Lights', 'Night Ferry', 'Finished Business'];
	const specs = WATCH_STATE_SHOWS.filter((s) => three.includes(s.title));
	const total = specs.reduce((n, s) => n + s.seasons.reduce((k, x) => k + x.watched.length, 0), 0);
	const unwatched = specs.reduce((n, s) => n + s.seasons.reduce((k, x) => k + x.watched.filter((w) => !w).length, 0), 0);
	await openTvShows(page, plex);

	await page.getByRole('checkbox', { name: 'Shuffle across shows' }).check();
	const list = page.getByRole('group', { name: 'Shows' });
	for (const title of three) await list.getByRole('checkbox', { name: title }).check();
	await expect(page.getByText('3 shows chosen.')).toBeVisible();

	const seen: string[] = [];
	const rewatch: boolean[] = [];
	/** One more shuffled episode: with the pick button, or with the card's "Another episode", which draws from the same round. */
	async function shuffle(via: 'pick' | 'another' = 'pick') {
		const before = seen.length;
		const c = card(page);
		await (via === 'pick' ? pickButton(page) : c.getByRole('button', { name: 'Another episode' })).click();
		await expect(c.getByText('Shuffled across shows')).toBeVisible();
		await expect(page.getByText(`${before + 1 > total ? 1 : before + 1} ${before + 1 === 1 || before + 1 > total ? 'episode' : 'episodes'} picked in this round.`)).toBeVisible();
		const show = (await c.getByRole('heading', { level: 2 }).textContent())!.trim();
		const episode = (await c.getByRole('heading', { level: 3 }).textContent())!.trim();
		seen.push(`${show} / ${episode}`);
		rewatch.push((await line(c).textContent())!.endsWith('Rewatch'));
	}
	for (let i = 0; i < 5; i++) await shuffle(i % 2 === 1 ? 'another' : 'pick');
	// each chosen show's episodes were fetched once, a few at a time
	expect(plex.log.filter((e) => e.path.endsWith('/allLeaves')).map((e) => e.path).sort()).toEqual(['7001', '7003', '7004'].map((k) => `/library/metadata/${k}/allLeaves`));

	// A reload keeps the round (and the shuffle, with its shows).
	await page.reload();
	await expect(page.getByText('3 shows chosen.')).toBeVisible({ timeout: 20_000 });
	for (let i = 0; i < 3; i++) await shuffle();

	// Offline: the episodes saved on this device carry on, after a reload too.
	await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
	});
	await networkSwitch(context, plex).drop();
	await page.reload();
	await expect(page.getByText('Offline', { exact: true })).toBeVisible();
	await expect(page.getByText('3 shows chosen.')).toBeVisible({ timeout: 20_000 });
	while (seen.length < total) await shuffle();

	expect(new Set(seen).size).toBe(total);
	expect(rewatch.slice(0, unwatched).every((r) => !r)).toBe(true);
	expect(rewatch.slice(unwatched).every((r) => r)).toBe(true);
	// no show was left out offline (the connection alerts of the server area are expected)
	await expect(page.getByRole('region', { name: 'Shows to shuffle' }).getByRole('alert')).toHaveCount(0);

	// The set is used up: the next pick starts a new round, with one of the same episodes (not the last one again).
	await shuffle();
	expect(seen.slice(0, total)).toContain(seen[total]);
	expect(seen[total]).not.toBe(seen[total - 1]);
});

test('a show decided together is watched an episode at a time: its result card offers "Pick an episode of …", never "Mark as watched" for the whole show', async ({ page, plex }) => {
	await openTvShows(page, plex);
	await page.getByRole('button', { name: 'Decide together' }).click();
	await page.getByRole('spinbutton', { name: 'How many people' }).fill('2');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	const titles = (await page.getByRole('list', { name: 'Shortlist' }).getByRole('heading', { level: 3 }).allTextContents()).map((t) => t.trim());
	expect(titles.length).toBeGreaterThanOrEqual(3);
	for (let person = 0; person < 2; person++) {
		if (person > 0) await page.getByRole('button', { name: /^I'm .*: show the titles$/ }).click();
		for (const title of titles) await page.getByRole('button', { name: `Keep ${title}`, exact: true }).click();
		await page.getByRole('button', { name: 'Next person' }).click();
	}
	const result = card(page);
	const show = (await result.getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
	expect(titles).toContain(show);
	await expect(result.getByText('Kept by all 2')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Mark as watched' })).toHaveCount(0);

	await page.getByRole('button', { name: `Pick an episode of ${show}` }).click();
	await expect(page.getByRole('button', { name: 'Decide together' })).toBeVisible();
	await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(show);
	await expect(line(card(page))).toBeVisible();
	await expect(card(page).getByRole('heading', { level: 3 })).toContainText('Episode');
	await expect(card(page).getByRole('button', { name: 'Mark as watched' })).toBeVisible();
});
