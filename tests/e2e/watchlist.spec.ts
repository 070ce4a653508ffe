import type { Page } from '@playwright/test';
import { expect, test } from '../fake-plex/playwright.ts';
import type { PlexFixture } from '../fake-plex/playwright.ts';
import { checkLeaksAfterEach, desktop, networkSwitch, signIn } from './helpers.ts';

/*
 * The Plex Watchlist as a Source (docs/plex-api.md §14), against the fake discover service:
 * Okafor Vault's Movies has four of the Watchlist's titles; the rest are on Dad's Plex or nowhere.
 */
const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';

test.use(desktop);
// Signing in, syncing and many picks: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });
checkLeaksAfterEach(test);

/** The Watchlist's titles that Okafor Vault's Movies library has, by guid (what the app must match). */
function vaultWatchlistTitles(plex: PlexFixture): string[] {
	const guids = new Set(plex.world.watchlist.entries.map((e) => String(e.guid)));
	return plex.world.section(VAULT, '1').items.filter((i) => guids.has(String(i.guid))).map((i) => i.title);
}

/** Watchlist titles on no server of the world at all. */
function onNoServer(plex: PlexFixture): number {
	const held = new Set([...plex.world.servers.values()].flatMap((s) => s.sections.flatMap((x) => x.items.map((i) => String(i.guid)))));
	return plex.world.watchlist.entries.filter((e) => /^plex:\/\/(movie|show)\//.test(String(e.guid)) && !held.has(String(e.guid))).length;
}

async function syncVaultMovies(page: Page, plex: PlexFixture) {
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Okafor Vault' }).click();
	await expect(page.getByText('Connected to Okafor Vault')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeEnabled({ timeout: 20_000 });
}

async function pickTitle(page: Page): Promise<string> {
	await page.getByRole('button', { name: /^Pick (a movie|again)$/ }).click();
	const heading = page.getByRole('article', { name: 'Your pick' }).getByRole('heading', { level: 2 });
	await expect(heading).toBeVisible();
	return (await heading.textContent())!.trim();
}

const source = (page: Page) => page.getByRole('combobox', { name: 'Source' });

test('picking from the Watchlist only ever gives Watchlist titles on this server, and says how many are on no server', async ({ page, plex }) => {
	// The service pages by 4 whatever is asked, and answers pages after the first under MediaContainer.Video.
	plex.world.watchlist.maxPageSize = 4;
	plex.world.watchlist.shape = 'mixed';
	await syncVaultMovies(page, plex);
	const wanted = vaultWatchlistTitles(plex);
	expect(wanted).toHaveLength(4);

	await source(page).selectOption({ label: 'Watchlist' });
	const status = page.getByRole('status', { name: 'Watchlist' });
	// Only Okafor Vault's Movies is saved: everything else counts as on none of your servers.
	await expect(status).toContainText('4 of 13 Watchlist titles are on Okafor Vault · 9 not on any of your servers.');
	await expect(page.getByText('All 4 movies.')).toBeVisible();
	// First one question without the token (may this site read the service?), then every page with it.
	const asked = plex.world.requests({ host: 'discover.provider.plex.tv' });
	expect(asked.map((e) => [e.token === null, e.query['X-Plex-Container-Start'], e.status])).toEqual([
		[true, undefined, 401],
		[false, '0', 200],
		[false, '4', 200],
		[false, '8', 200],
		[false, '12', 200]
	]);

	for (let i = 0; i < 15; i++) expect(wanted).toContain(await pickTitle(page));
	await expect(page.getByRole('article', { name: 'Your pick' })).toContainText('Watchlist · Movies · Okafor Vault');
	// Of the 9, these are on no server of the world at all (the others are in libraries not saved here).
	expect(onNoServer(plex)).toBe(5);
});

test('offline, the last Watchlist still picks, and says from when', async ({ page, context, plex }) => {
	await syncVaultMovies(page, plex);
	await source(page).selectOption({ label: 'Watchlist' });
	await expect(page.getByText('All 4 movies.')).toBeVisible();
	await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') await new Promise((r) => worker.addEventListener('statechange', r));
	});

	const network = networkSwitch(context, plex);
	await network.drop();
	await page.reload();
	await expect(page.getByText('Offline', { exact: true })).toBeVisible();
	const read = () => plex.world.requests({ host: 'discover.provider.plex.tv' }).filter((e) => e.status === 200).length;
	const before = read();
	await source(page).selectOption({ label: 'Watchlist' });
	await expect(page.getByRole('status', { name: 'Watchlist' })).toContainText(/You are offline, so your Watchlist cannot be read from Plex now\. Picking from your Watchlist as it was on .+; your saved libraries still work\./);
	await expect(page.getByText('All 4 movies.')).toBeVisible();
	const wanted = vaultWatchlistTitles(plex);
	for (let i = 0; i < 5; i++) expect(wanted).toContain(await pickTitle(page));
	expect(read()).toBe(before);

	// Back online: the Watchlist is read from Plex again by itself.
	await network.restore();
	await expect(page.getByRole('status', { name: 'Watchlist' })).not.toContainText('offline');
	await expect.poll(read).toBeGreaterThan(before);
});

test('a CORS refusal, then an outage of the Watchlist service, are explained, and the saved library still picks', async ({ page, plex }) => {
	plex.world.discoverRefuses();
	await syncVaultMovies(page, plex);
	await source(page).selectOption({ label: 'Watchlist' });
	const status = page.getByRole('status', { name: 'Watchlist' });
	await expect(status).toContainText("Plex's Watchlist service (discover.provider.plex.tv) answered, but refused to let this site read your Watchlist");
	await expect(status).toContainText('Your saved libraries still work: choose “Whole library” under Source to pick from them.');
	await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeDisabled();
	// Refused before the token was ever sent there.
	const refused = plex.world.requests({ host: 'discover.provider.plex.tv' });
	expect(refused.length).toBeGreaterThan(0);
	expect(refused.every((e) => e.token === null)).toBe(true);

	await source(page).selectOption({ label: 'Whole library' });
	const all = plex.world.section(VAULT, '1').items.map((i) => i.title);
	expect(all).toContain(await pickTitle(page));

	// The service comes back once (the Watchlist is saved), then goes down: the saved one is used, with its date.
	plex.world.discoverBack();
	await source(page).selectOption({ label: 'Watchlist' });
	await expect(page.getByText('All 4 movies.')).toBeVisible();
	await source(page).selectOption({ label: 'Whole library' });
	plex.world.discoverDown();
	await source(page).selectOption({ label: 'Watchlist' });
	await expect(status).toContainText(/could not be reached or is having trouble\. Try again later\. Picking from your Watchlist as it was on /);
	await expect(page.getByText('All 4 movies.')).toBeVisible();
	expect(vaultWatchlistTitles(plex)).toContain(await pickTitle(page));
});
