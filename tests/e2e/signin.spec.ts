import { expect, test } from '../fake-plex/playwright.ts';
import { desktop, tokenLeaks } from './helpers.ts';
import type { LogEntry } from '../fake-plex/world.ts';

test.afterEach(({ plex }) => {
	expect(tokenLeaks(plex)).toEqual([]);
});

const polls = (log: LogEntry[]) => log.filter((e) => e.host === 'plex.tv' && e.method === 'GET' && /^\/api\/v2\/pins\/\d+$/.test(e.path));
const plexRequests = (log: LogEntry[]) => log.filter((e) => e.host === 'plex.tv' || e.host === 'clients.plex.tv' || e.host.endsWith('.plex.direct'));

test.describe('desktop: sign-in in a popup', () => {
	test.use(desktop);

	test('creates a strong PIN, polls every 2 s with one client id, shows the username, and stays signed in after a reload', async ({ page, plex }) => {
		await page.goto('./');
		const popupOpened = page.waitForEvent('popup');
		await page.getByRole('button', { name: 'Sign in with Plex' }).click();
		const popup = await popupOpened;
		await expect(page.getByText(/Waiting for Plex/)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
		await popup.waitForURL(/^https:\/\/app\.plex\.tv\/auth#\?/);
		const auth = new URLSearchParams(new URL(popup.url()).hash.slice(2));

		const pin = await plex.waitForPin();
		const create = plex.log.find((e) => e.method === 'POST' && e.path === '/api/v2/pins')!;
		expect(create.query.strong).toBe('true');
		expect(pin.strong).toBe(true);
		expect(auth.get('code')).toBe(pin.code);
		expect(await page.getByText(pin.code).isVisible()).toBe(true);

		// Let it poll a few times before approving.
		await expect.poll(() => polls(plex.log).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
		plex.approvePin(pin.id);
		await expect(page.getByText('mira.okafor')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Sign in with Plex' })).toHaveCount(0);

		const times = polls(plex.log).map((e) => e.at);
		for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1990);

		const clientId = create.query['X-Plex-Client-Identifier'];
		expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
		expect(auth.get('clientID')).toBe(clientId);

		await page.reload();
		await expect(page.getByText('mira.okafor')).toBeVisible();
		// The reload checked the token again, with the same client id as every request before.
		await expect.poll(() => plex.log.filter((e) => e.path === '/api/v2/user').length).toBeGreaterThanOrEqual(2);
		const ids = new Set(plexRequests(plex.log).map((e) => e.query['X-Plex-Client-Identifier']));
		expect([...ids]).toEqual([clientId]);
		const product = new Set(plexRequests(plex.log).map((e) => e.query['X-Plex-Product']));
		expect([...product]).toEqual(['PlexPicker']);
	});

	test('Cancel stops polling and offers sign-in again', async ({ page, plex }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Sign in with Plex' }).click();
		await plex.waitForPin();
		await expect.poll(() => polls(plex.log).length).toBeGreaterThanOrEqual(1);
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('button', { name: 'Sign in with Plex' })).toBeVisible();
		await expect(page.getByText('Sign-in cancelled.')).toBeVisible();
		const after = polls(plex.log).length;
		await page.waitForTimeout(4500);
		expect(polls(plex.log).length).toBe(after);
	});

	test('an expired PIN ends the wait and offers "Sign in with Plex" again', async ({ page, plex }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Sign in with Plex' }).click();
		const pin = await plex.waitForPin();
		plex.expirePin(pin.id);
		await expect(page.getByText(/sign-in code expired/)).toBeVisible({ timeout: 6000 });
		await expect(page.getByRole('button', { name: 'Sign in with Plex' })).toBeVisible();
		const after = polls(plex.log).length;
		await page.waitForTimeout(2500);
		expect(polls(plex.log).length).toBe(after);
	});

	test('a revoked token on start leads to "sign in again", and the demo library still works', async ({ page, plex }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Try the demo library' }).click();
		await page.getByRole('button', { name: 'Sign in with Plex' }).click();
		plex.approvePin((await plex.waitForPin()).id);
		await expect(page.getByText('mira.okafor')).toBeVisible();

		plex.revokeToken();
		await page.reload();
		await expect(page.getByText(/session has expired/)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Sign in with Plex' })).toBeVisible();
		await page.getByRole('button', { name: 'Pick a movie' }).click();
		await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();
	});

	test('never two pollers: a double click makes one PIN, and a second tab waits for the first', async ({ page, context, plex }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Sign in with Plex' }).dblclick();
		const pin = await plex.waitForPin();
		const second = await context.newPage();
		await second.goto('./');
		// The second tab sees the sign-in in progress and waits for it instead of polling too.
		await expect(second.getByText(/another PlexPicker window/)).toBeVisible();
		await expect(second.getByRole('button', { name: 'Sign in with Plex' })).toHaveCount(0);
		await expect.poll(() => polls(plex.log).length).toBeGreaterThanOrEqual(3);
		expect(plex.log.filter((e) => e.method === 'POST' && e.path === '/api/v2/pins')).toHaveLength(1);
		const times = polls(plex.log).map((e) => e.at);
		for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1990);

		plex.approvePin(pin.id);
		await expect(page.getByText('mira.okafor')).toBeVisible();
		await expect(second.getByText('mira.okafor')).toBeVisible();
	});

	test('signing out forgets the account and keeps the demo library', async ({ page, plex }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Try the demo library' }).click();
		await page.getByRole('button', { name: 'Sign in with Plex' }).click();
		plex.approvePin((await plex.waitForPin()).id);
		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page.getByRole('button', { name: 'Sign in with Plex' })).toBeVisible();
		await expect(page.getByText('mira.okafor')).toHaveCount(0);
		await page.reload();
		await expect(page.getByRole('button', { name: 'Sign in with Plex' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Pick a movie' })).toBeVisible();
	});
});

test.describe('phone: sign-in by redirect', () => {
	test('leaves for app.plex.tv in the same tab and resumes polling the same PIN on return', async ({ page, plex }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Sign in with Plex' }).click();
		await page.waitForURL(/^https:\/\/app\.plex\.tv\/auth#\?/);
		const auth = new URLSearchParams(new URL(page.url()).hash.slice(2));
		const forward = auth.get('forwardUrl')!;
		expect(forward).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
		const pin = await plex.waitForPin();
		expect(auth.get('code')).toBe(pin.code);

		plex.approvePin(pin.id);
		await page.goto(forward); // what Plex does after approval
		await expect(page.getByText('mira.okafor')).toBeVisible();
		// Polled the PIN it created before leaving, and created no second one.
		expect(plex.log.filter((e) => e.method === 'POST' && e.path === '/api/v2/pins')).toHaveLength(1);
		expect(polls(plex.log).every((e) => e.path === `/api/v2/pins/${pin.id}`)).toBe(true);
	});
});
