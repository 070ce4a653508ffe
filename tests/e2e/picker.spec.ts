import { expect as baseExpect, test as base, type Locator, type Page } from '@playwright/test';
import { expect, test } from '../fake-plex/playwright.ts';
import { buildDemoLibrary } from '../../src/lib/demo/library.ts';
import { desktop, signIn, tokenLeaks } from './helpers.ts';

/** The server and item the card's "Open in Plex" link points at (Plex web app URL form). */
async function openInPlex(card: Locator): Promise<{ server: string; ratingKey: string }> {
	const href = (await card.getByRole('link', { name: 'Open in Plex' }).getAttribute('href'))!;
	const match = /^https:\/\/app\.plex\.tv\/desktop\/#!\/server\/([0-9a-f]+)\/details\?key=%2Flibrary%2Fmetadata%2F(\d+)$/.exec(href);
	expect(match, href).not.toBeNull();
	return { server: match![1]!, ratingKey: match![2]! };
}

/** The demo library is deterministic: the test knows every title's genres and watch state. */
const demo = new Map(buildDemoLibrary(0).items.map((i) => [i.title, i]));

async function openDemo(page: Page) {
	await page.goto('./');
	await page.getByRole('button', { name: 'Try the demo library' }).click();
	await baseExpect(page.getByText(/Last synced/)).toBeVisible();
}

async function pickTitle(page: Page): Promise<string> {
	await page.getByRole('button', { name: /^Pick (a movie|again)$/ }).click();
	const heading = page.getByRole('article', { name: 'Your pick' }).getByRole('heading', { level: 2 });
	await baseExpect(heading).toBeVisible();
	return (await heading.textContent())!.trim();
}

base.describe('picking from the demo library', () => {
	base('with "Unwatched only" and a genre, 15 picks are all unwatched titles of that genre, with no repeats', async ({ page }) => {
		await openDemo(page);
		await page.getByRole('combobox', { name: 'Genre', exact: true }).selectOption('Comedy');
		await page.getByLabel('Unwatched only').check();
		const count = Number(/(\d+) of 320 movies match/.exec((await page.getByText(/of 320 movies match/).textContent())!)![1]);
		const eligible = [...demo.values()].filter((i) => i.genres.includes('Comedy') && i.viewCount === 0);
		baseExpect(count).toBe(eligible.length);
		baseExpect(count).toBeGreaterThan(15);

		const seen: string[] = [];
		for (let i = 0; i < 15; i++) {
			const title = await pickTitle(page);
			baseExpect(seen).not.toContain(title);
			seen.push(title);
			const item = demo.get(title)!;
			baseExpect(item.genres).toContain('Comedy');
			baseExpect(item.viewCount).toBe(0);
			const card = page.getByRole('article', { name: 'Your pick' });
			await baseExpect(card.getByRole('listitem').filter({ hasText: /^Comedy$/ })).toHaveCount(1);
			await baseExpect(card.getByText('Watched', { exact: true })).toHaveCount(0);
		}
		// every pick is in the history, newest first
		await page.getByText(/^Recent picks \(15\)$/).click();
		await baseExpect(page.getByRole('listitem').filter({ hasText: seen[14]! }).first()).toBeVisible();
	});

	base('"Never suggest" removes a title from picks until it is brought back', async ({ page }) => {
		await openDemo(page);
		// a small pool, so the picks below go through all of it
		await page.getByLabel('Decade').selectOption('1970');
		await page.getByRole('combobox', { name: 'Genre', exact: true }).selectOption('Horror');
		const counter = page.getByText(/of \d+ movies match/);
		const before = /(\d+) of (\d+)/.exec((await counter.textContent())!)!;
		const pool = Number(before[1]);
		baseExpect(pool).toBeGreaterThanOrEqual(2);

		const banned = await pickTitle(page);
		await page.getByRole('article', { name: 'Your pick' }).getByRole('button', { name: 'Never suggest' }).click();
		await baseExpect(page.getByText(`“${banned}” won't be suggested again.`)).toBeVisible();
		await baseExpect(counter).toHaveText(new RegExp(`^${pool - 1} of ${Number(before[2]) - 1} movies match`));
		for (let i = 0; i < pool * 2; i++) baseExpect(await pickTitle(page)).not.toBe(banned);

		// still hidden after a reload (IndexedDB), listed for review
		await page.reload();
		await baseExpect(counter).toHaveText(new RegExp(`^${pool - 1} of`));
		await page.getByText(/^Hidden titles \(1\)$/).click();
		await page.getByRole('button', { name: `Suggest ${banned} again` }).click();
		await baseExpect(counter).toHaveText(new RegExp(`^${pool} of ${before[2]} movies match`));
		const titles = new Set<string>();
		for (let i = 0; i < pool; i++) titles.add(await pickTitle(page));
		baseExpect(titles.has(banned)).toBe(true);
	});

	base('filters survive a reload and travel in a shared link', async ({ page, context }) => {
		await openDemo(page);
		await page.getByRole('combobox', { name: 'Genre', exact: true }).selectOption('Drama');
		await page.getByLabel('Add another').selectOption('Comedy');
		await page.getByRole('radio', { name: 'all of them' }).check();
		await page.getByLabel('Unwatched only').check();
		await page.getByRole('searchbox', { name: 'Search within' }).fill('the');
		const text = (await page.getByText(/of 320 movies match/).textContent())!;
		await baseExpect(page).toHaveURL(/genre=Drama&genre=Comedy&genres=all&unwatched=1&q=the/);
		const link = page.url();

		await page.reload();
		await baseExpect(page.getByText(/of 320 movies match/)).toHaveText(text);

		// someone else opens the link: same filters
		const other = await context.browser()!.newPage();
		await other.goto(link);
		await other.getByRole('button', { name: 'Try the demo library' }).click();
		await baseExpect(other.getByText(/of 320 movies match/)).toHaveText(text);
		await baseExpect(other.getByRole('combobox', { name: 'Genre', exact: true })).toHaveValue('Drama');
		await other.close();
	});
});

test.describe('picking from a synced Plex library', () => {
	test.use(desktop);
	test.afterEach(({ plex }) => {
		expect(tokenLeaks(plex)).toEqual([]);
	});

	test('"Open in Plex" points at the picked item on the server it came from, and "Mark as watched" reaches that server', async ({ page, plex }) => {
		const ATTIC = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
		const GARAGE = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';
		// Same generator seed: both servers have the same titles under the same ratingKeys.
		await plex.startServers([
			{ name: 'Attic Server', machineIdentifier: ATTIC, librarySize: 40, delayMs: 10 },
			{ name: 'Garage Server', machineIdentifier: GARAGE, librarySize: 40, delayMs: 10 }
		]);
		await signIn(page, plex);
		await page.getByRole('button', { name: 'Garage Server' }).click();
		await expect(page.getByText('Connected to Garage Server')).toBeVisible();
		await page.getByRole('checkbox', { name: 'Movies' }).check();
		await expect(page.getByText(/40 titles · Last synced/)).toBeVisible({ timeout: 20_000 });

		await page.getByRole('button', { name: 'Pick a movie' }).click();
		const card = page.getByRole('article', { name: 'Your pick' });
		const title = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
		// The link names Garage Server and an item of it with the title shown (generated titles can repeat, keys cannot).
		const linked = await openInPlex(card);
		expect(linked.server).toBe(GARAGE);
		const item = plex.world.server(GARAGE).sections[0]!.items.find((i) => i.ratingKey === linked.ratingKey)!;
		expect(item.title).toBe(title);
		await expect(card).toContainText('Movies · Garage Server');

		const views = Number(item.viewCount ?? 0);
		await card.getByRole('button', { name: 'Mark as watched' }).click();
		await expect(card.getByRole('button', { name: 'Marked as watched' })).toBeDisabled();
		const scrobbles = plex.log.filter((e) => e.path === '/:/scrobble');
		expect(scrobbles.map((e) => [e.machineIdentifier, e.query.key])).toEqual([[GARAGE, item.ratingKey]]);
		expect(plex.world.server(GARAGE).sections[0]!.items.find((i) => i.ratingKey === item.ratingKey)!.viewCount).toBe(views + 1);
	});

	test('"Mark as watched" when the server cannot be reached waits, then reaches Plex once connected again', async ({ page, plex }) => {
		const ID = 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3';
		const fake = await plex.startServers([{ name: 'Attic Server', machineIdentifier: ID, librarySize: 30, delayMs: 10 }]);
		await signIn(page, plex);
		await page.getByRole('button', { name: 'Attic Server' }).click();
		await page.getByRole('checkbox', { name: 'Movies' }).check();
		await expect(page.getByText(/30 titles · Last synced/)).toBeVisible({ timeout: 20_000 });
		await page.getByRole('button', { name: 'Pick a movie' }).click();
		const card = page.getByRole('article', { name: 'Your pick' });
		const key = (await openInPlex(card)).ratingKey;
		const viewsNow = () => plex.world.server(ID).sections[0]!.items.find((i) => i.ratingKey === key)!.viewCount;
		const views = Number(viewsNow() ?? 0);
		// the phone left home: the server's address refuses
		await fake.servers[0]!.setBehaviour({ failure: 'refuse' });
		await card.getByRole('button', { name: 'Mark as watched' }).click();
		await expect(page.getByText(/it will be marked as watched in Plex when you are connected again/)).toBeVisible();
		expect(Number(viewsNow() ?? 0)).toBe(views);

		// back home, next start: the app reconnects and sends what waited, once
		await fake.servers[0]!.setBehaviour({ delayMs: 10 });
		await page.reload();
		await expect(page.getByText('Connected to Attic Server')).toBeVisible();
		await expect.poll(() => plex.log.filter((e) => e.path === '/:/scrobble' && e.status === 200).length).toBe(1);
		expect(viewsNow()).toBe(views + 1);
	});
});

test.describe('TV and collections on a real-shaped server', () => {
	test.use(desktop);
	test.afterEach(({ plex }) => {
		expect(tokenLeaks(plex)).toEqual([]);
	});

	test('"Pick an episode" picks a show and then one of its unwatched episodes; a collection narrows the picks', async ({ page, plex }) => {
		await signIn(page, plex);
		await page.getByRole('button', { name: 'Okafor Vault' }).click();
		await expect(page.getByText('Connected to Okafor Vault')).toBeVisible();
		await page.getByRole('checkbox', { name: 'TV Shows' }).check();
		await expect(page.getByRole('button', { name: 'Pick an episode' })).toBeVisible({ timeout: 20_000 });

		await page.getByRole('button', { name: 'Pick an episode' }).click();
		const card = page.getByRole('article', { name: 'Your pick' });
		const show = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
		const episode = card.getByRole('heading', { level: 3 });
		await expect(episode).toHaveText(/^Season \d+, Episode \d+: .+/);
		const allLeaves = plex.log.filter((e) => e.path.endsWith('/allLeaves'));
		expect(allLeaves).toHaveLength(1);
		const showItem = plex.world.section('a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6', '2').items.find((i) => i.title === show)!;
		expect(allLeaves[0]!.path).toBe(`/library/metadata/${showItem.ratingKey}/allLeaves`);
		// "Open in Plex" goes to the episode, not the show
		await expect(card.getByRole('link', { name: 'Open in Plex' })).not.toHaveAttribute('href', new RegExp(`metadata%2F${showItem.ratingKey}$`));

		// Movies with a collection as the source
		await page.getByRole('checkbox', { name: 'Movies' }).check();
		await page.getByRole('combobox', { name: 'Pick from', exact: true }).selectOption({ label: 'Movies · Okafor Vault' });
		await page.getByLabel('Source').focus();
		await expect(page.getByLabel('Source').getByRole('option', { name: 'Silent Era' })).toBeAttached();
		await page.getByLabel('Source').selectOption({ label: 'Silent Era' });
		await expect(page.getByText('All 3 movies.')).toBeVisible();
		const titles = new Set<string>();
		for (let i = 0; i < 6; i++) titles.add(await pickTitle(page));
		expect([...titles].sort()).toEqual(['Metropolis', 'Nosferatu', 'The General']);
		await expect(page.getByRole('article', { name: 'Your pick' })).toContainText('Collection “Silent Era” · Okafor Vault');
	});

	test('a server that hands out one entry per page: episodes, collections and playlists still arrive whole', async ({ page, plex }) => {
		const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
		// Every address of Okafor Vault pages every list, one entry at a time, asked or not (docs/plex-api.md §7, §9).
		for (const c of plex.world.connections.values()) if (c.machineIdentifier === VAULT) plex.world.setBehaviour(c.origin, { paging: { maxPageSize: 1 } });
		await signIn(page, plex);
		await page.getByRole('button', { name: 'Okafor Vault' }).click();
		await expect(page.getByText('Connected to Okafor Vault')).toBeVisible();
		await page.getByRole('checkbox', { name: 'TV Shows' }).check();
		await page.getByRole('button', { name: 'Pick an episode' }).click({ timeout: 20_000 });
		const card = page.getByRole('article', { name: 'Your pick' });
		await expect(card.getByRole('heading', { level: 3 })).toHaveText(/^Season \d+, Episode \d+: .+/);
		const title = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
		const showItem = plex.world.section(VAULT, '2').items.find((i) => i.title === title)!;
		// One page per episode, each answered: the whole show was read, not just its first page.
		const leaves = plex.log.filter((e) => e.path === `/library/metadata/${showItem.ratingKey}/allLeaves`);
		expect(leaves.map((e) => e.status)).toEqual(Array.from({ length: Number(showItem.leafCount) }, () => 200));
		expect(leaves.map((e) => e.query['X-Plex-Container-Start'])).toEqual(leaves.map((_, i) => String(i)));

		await page.getByRole('checkbox', { name: 'Movies' }).check();
		await page.getByRole('combobox', { name: 'Pick from', exact: true }).selectOption({ label: 'Movies · Okafor Vault' });
		await page.getByLabel('Source').focus();
		for (const name of ['Blender Open Movies', 'Silent Era', 'Friday Night Frights', 'Shorts under 15 min']) {
			await expect(page.getByLabel('Source').getByRole('option', { name, exact: false })).toBeAttached();
		}
		await page.getByLabel('Source').selectOption({ label: 'Blender Open Movies' });
		await expect(page.getByText('All 5 movies.')).toBeVisible();
		expect(plex.log.filter((e) => e.path === '/library/collections/3001/children')).toHaveLength(5);
	});
});
