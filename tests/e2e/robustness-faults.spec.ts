import { expect, test } from '../fake-plex/playwright.ts';
import type { Page } from '@playwright/test';
import { checkLeaksAfterEach, connectTo, desktop, networkSwitch, pageLeaks, signIn, watchConsole } from './helpers.ts';

/*
 * Faults in the fake Plex world, in Chromium (README "Robustness"). Each one ends in a clear state:
 * a sentence a person understands, and the library saved before still there and pickable.
 * Already covered elsewhere (not repeated here): a server reset mid-sync and cancel (sync.spec.ts),
 * an expired PIN and a token revoked before start (signin.spec.ts), no connection at all (servers.spec.ts).
 */

test.use(desktop);
// Many steps each, on a machine the other suites share: room to finish (no test asserts time).
test.describe.configure({ timeout: 90_000 });

const ID = 'e0f1a2b3c4d5e6f708192a3b4c5d6e7f80910a1b';
const consoles = checkLeaksAfterEach(test);

/** A synced library of `size` titles on "Attic Server", and the library grown by 300 so the next sync pages. */
async function synced(page: Page, plex: Parameters<typeof signIn>[1], size = 600, delayMs = 40) {
	const fake = await connectTo(page, plex, { name: 'Attic Server', machineIdentifier: ID, librarySize: size, delayMs });
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByText(`${size.toLocaleString('en-US')} titles · Last synced`)).toBeVisible({ timeout: 20_000 });
	plex.world.changeLibrary(ID, '1', (items) => [...items, ...items.slice(0, 300).map((i) => ({ ...i, ratingKey: `9${String(i.ratingKey)}`, updatedAt: 2_000_000_000 }))]);
	return fake;
}

/** The library saved before is still the open one and gives a pick. */
async function stillPickable(page: Page, titles: string) {
	await expect(page.getByText(`${titles} titles · Last synced`)).toBeVisible();
	await page.getByRole('button', { name: /Pick a movie|Pick again/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
}

test('plex.tv down while signing in: says so, the demo still works, and the next try signs in', async ({ page, plex }) => {
	plex.world.addFault({ host: 'plex.tv', method: 'POST', path: '/api/v2/pins', status: 503, body: '<html>Service Unavailable</html>', times: 1 });
	await page.goto('./');
	await page.getByRole('button', { name: 'Sign in with Plex' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /plex\.tv sign-in is having trouble \(error 503\)\. Try again/ })).toBeVisible();
	await page.getByRole('button', { name: 'Try the demo library' }).click();
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();

	await page.getByRole('button', { name: 'Sign in with Plex' }).click();
	plex.approvePin((await plex.waitForPin()).id);
	await expect(page.getByText('mira.okafor')).toBeVisible();
});

test('the network drops while waiting for Plex: "still trying", then sign-in completes when it is back', async ({ page, context, plex }) => {
	await page.goto('./');
	const popup = page.waitForEvent('popup');
	await page.getByRole('button', { name: 'Sign in with Plex' }).click();
	const pin = await plex.waitForPin();
	// The Plex page has opened in its popup before the network goes (not while that window is still being made).
	await (await popup).waitForURL(/app\.plex\.tv\/auth/);
	const network = networkSwitch(context, plex);
	await network.drop();
	await expect(page.getByText('Offline', { exact: true })).toBeVisible();
	await expect(page.getByText(/plex\.tv is not answering right now\. Still trying/)).toBeVisible({ timeout: 15_000 });
	await expect(page.getByText(/Waiting for Plex/)).toBeVisible();
	await network.restore();
	plex.approvePin(pin.id);
	await expect(page.getByText('mira.okafor')).toBeVisible({ timeout: 15_000 });
});

test('plex.tv down while finding servers: says so with "Try again", which works; later a failed refresh keeps the saved list', async ({ page, plex }) => {
	const fault = plex.world.addFault({ host: 'plex.tv', path: '/api/v2/resources', status: 503, body: { errors: [{ code: 0, message: 'down', status: 503 }] } });
	await signIn(page, plex);
	await expect(page.getByRole('alert').filter({ hasText: /plex\.tv server list is having trouble \(error 503\)/ })).toBeVisible();
	plex.world.faults.splice(plex.world.faults.indexOf(fault), 1);
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('button', { name: 'Okafor Vault' })).toBeVisible();

	// Next visit, plex.tv is down again: the list from last time is shown, and usable, with a note.
	plex.world.addFault({ host: 'plex.tv', path: '/api/v2/resources', status: 503 });
	await page.reload();
	await expect(page.getByRole('alert').filter({ hasText: /Could not refresh your server list\..*from last time/ })).toBeVisible();
	await page.getByRole('button', { name: 'Okafor Vault' }).click();
	await expect(page.getByText('Connected to Okafor Vault')).toBeVisible();
});

test('the network drops in the middle of a sync: "lost the connection", the saved copy works offline, and syncs again once back', async ({ page, context, plex }) => {
	const fake = await synced(page, plex, 600, 150);
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByRole('progressbar', { name: 'Syncing Movies' })).toBeVisible();
	const network = networkSwitch(context, plex, fake);
	await network.drop();
	await expect(page.getByRole('alert').filter({ hasText: /during the sync\. The copy saved before is unchanged/ })).toBeVisible({ timeout: 40_000 });
	await stillPickable(page, '600');
	await network.restore();
	await expect(page.getByText('Connected to Attic Server')).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByText('900 titles · Last synced')).toBeVisible({ timeout: 20_000 });
});

test('the server freezes mid-sync (answers nothing, the slow-loris case as a browser sees it): after the timeout, "lost the connection", copy kept', async ({ page, plex }) => {
	// Interception hands the browser whole bodies only, so a body trickling in looks like no answer at
	// all here; the half-sent body itself is tested at the module level (tests/robustness/faults.test.ts).
	test.setTimeout(90_000);
	const fake = await synced(page, plex, 600, 150);
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByRole('progressbar', { name: 'Syncing Movies' })).toBeVisible();
	await fake.servers[0]!.setBehaviour({ failure: 'hang' });
	await expect(page.getByRole('alert').filter({ hasText: /Lost the connection to Attic Server during the sync\. The copy saved before is unchanged/ })).toBeVisible({ timeout: 60_000 });
	await stillPickable(page, '600');
});

test('a busy server (503, again and again) ends the sync with "try again", the saved copy stays pickable', async ({ page, plex }) => {
	await synced(page, plex);
	plex.world.addFault({ path: '/library/sections/1/all', status: 503, headers: { 'Retry-After': '1' } });
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /error 503\)\. Try again .*The copy saved before is unchanged/ })).toBeVisible({ timeout: 30_000 });
	await stillPickable(page, '600');
});

test('a server busy for a moment (503 once) is asked again and the sync completes', async ({ page, plex }) => {
	await synced(page, plex);
	plex.world.addFault({ path: '/library/sections/1/all', status: 503, headers: { 'Retry-After': '1' }, times: 1 });
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByText('900 titles · Last synced')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the server revokes access mid-session (401): "reconnect or sign in again", the saved copy stays pickable', async ({ page, plex }) => {
	await synced(page, plex);
	plex.revokeToken(plex.world.server(ID).accessToken);
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /Attic Server refused the sync .*unchanged\. Reconnect or sign in again/ })).toBeVisible();
	await stillPickable(page, '600');
});

test('plex.tv revokes the account token mid-session: "session expired", the saved library still works', async ({ page, plex }) => {
	await synced(page, plex);
	plex.revokeToken();
	await page.reload();
	await expect(page.getByText(/Your Plex session has expired for mira\.okafor\. Sign in again/)).toBeVisible();
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
});

test('tokens that expire (498, not 401) mid-session: "sign in again", the saved library stays pickable', async ({ page, plex }) => {
	await synced(page, plex);
	// The server's own token runs out first: the sync says so and keeps the copy.
	plex.expireToken(plex.world.server(ID).accessToken);
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /Attic Server refused the sync .*unchanged\. Reconnect or sign in again/ })).toBeVisible();
	expect(plex.world.requests({ machineIdentifier: ID, path: '/library/sections/1/all' }).at(-1)?.status).toBe(498);
	await stillPickable(page, '600');
	// Then the account token: plex.tv answers 498 and the app asks for a new sign-in.
	plex.expireToken();
	await page.reload();
	await expect(page.getByText(/Your Plex session has expired for mira\.okafor\. Sign in again/)).toBeVisible();
	expect(plex.world.requests({ host: 'plex.tv', path: '/api/v2/user' }).at(-1)?.status).toBe(498);
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
});

test('the device clock is 2 hours fast: the sign-in code is still waited for, and sign-in completes', async ({ page, context, plex }) => {
	await context.addInitScript(() => {
		const now = Date.now.bind(Date);
		Date.now = () => now() + 2 * 3600_000;
	});
	await page.goto('./');
	await page.getByRole('button', { name: 'Sign in with Plex' }).click();
	const pin = await plex.waitForPin();
	await expect.poll(() => plex.world.requests({ host: 'plex.tv', method: 'GET', path: `/api/v2/pins/${pin.id}` }).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
	await expect(page.getByText(/Waiting for Plex/)).toBeVisible();
	plex.approvePin(pin.id);
	await expect(page.getByText('mira.okafor')).toBeVisible();
});

test('two tabs press "Sync now" at once: one syncs, the other says so, and both end with the same whole copy', async ({ page, context, plex }) => {
	await synced(page, plex, 600, 120);
	const second = await context.newPage();
	consoles.set(second, watchConsole(second));
	await second.goto('./');
	await second.getByRole('button', { name: 'Attic Server' }).click();
	await expect(second.getByText('Connected to Attic Server')).toBeVisible();
	await expect(second.getByText('600 titles · Last synced')).toBeVisible();

	plex.world.log.length = 0;
	await Promise.all([page.getByRole('button', { name: 'Sync now' }).click(), second.getByRole('button', { name: 'Sync now' }).click()]);
	const inBoth = (text: string) => async () => (await page.getByText(text).count()) + (await second.getByText(text).count());
	await expect.poll(inBoth('Syncing in another PlexPicker window…')).toBe(1);
	await expect.poll(inBoth('900 titles · Last synced'), { timeout: 30_000 }).toBe(1);
	// One sync, not two: the re-sync's "changed since" listing started once (twice without the lock).
	const changedSince = plex.world.requests({ machineIdentifier: ID, path: '/library/sections/1/all' }).filter((e) => 'updatedAt>>' in e.query && e.query['X-Plex-Container-Start'] === '0');
	expect(changedSince).toHaveLength(1);
	// The other tab reads the same copy from IndexedDB after a reload: whole, and pickable.
	await second.reload();
	await expect(second.getByText('900 titles · Last synced')).toBeVisible();
	await second.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(second.getByRole('article', { name: 'Your pick' })).toBeVisible();
	expect(await pageLeaks(second, plex, consoles.get(second) ?? [])).toEqual([]);
});

test('no IndexedDB (a private mode): says the library will not be kept, and the demo still picks', async ({ page, context }) => {
	await context.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto('./');
	await page.getByRole('button', { name: 'Try the demo library' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /will not let PlexPicker store data .*normal window/ })).toBeVisible();
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
});
