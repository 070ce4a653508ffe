import { expect, test } from '../fake-plex/playwright.ts';
import { desktop, signIn, tokenLeaks } from './helpers.ts';

test.use(desktop);

const ID = 'b7e1d2c3a4f5061728394a5b6c7d8e9f00112233';

test.afterEach(({ plex }) => {
	expect(tokenLeaks(plex)).toEqual([]);
});

test('lists owned and shared servers, and connects through the fastest address (50 ms over 800 ms)', async ({ page, plex }) => {
	const fake = await plex.startServers([
		{ name: 'Basement Box', machineIdentifier: ID, tls: true, delayMs: 800 },
		{ name: 'Basement Box', machineIdentifier: ID, tls: true, delayMs: 50 }
	]);
	const [slow, fast] = fake.servers;
	await signIn(page, plex);
	await expect(page.getByRole('button', { name: 'Okafor Vault' })).toBeVisible();
	await expect(page.getByText(/Shared by okafor\.senior/)).toBeVisible();
	await expect(page.getByText(/Offline, last seen/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Mira\'s iPhone' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Basement Box' }).click();
	await expect(page.getByText('Connected to Basement Box')).toBeVisible();
	const sections = plex.log.filter((e) => e.path === '/library/sections' && e.machineIdentifier === ID);
	expect(sections).toHaveLength(1);
	expect(sections[0]!.origin).toBe(new URL(fast!.url).origin);
	expect(plex.log.filter((e) => e.path === '/library/sections' && e.origin === new URL(slow!.url).origin)).toHaveLength(0);

	// The choice and the winning address are remembered: a reload reconnects on its own.
	await page.reload();
	await expect(page.getByText('Connected to Basement Box')).toBeVisible();
});

test("a shared server gets its own accessToken, never the account's", async ({ page, plex }) => {
	const fake = await plex.startServers([{ name: 'Friend Flix', owned: false, token: 'fake-friend-tok-123', delayMs: 20 }]);
	const id = fake.servers[0]!.machineIdentifier;
	const resource = plex.world.resource(id);
	resource.publicAddressMatches = true; // the listener is a LAN address; we are on that LAN
	resource.sourceTitle = 'pal.of.mira';
	await signIn(page, plex);
	await expect(page.getByText(/Shared by pal\.of\.mira/)).toBeVisible();
	await page.getByRole('button', { name: 'Friend Flix' }).click();
	await expect(page.getByText('Connected to Friend Flix')).toBeVisible();
	const withToken = plex.log.filter((e) => e.machineIdentifier === id && e.token);
	expect(withToken.length).toBeGreaterThan(0);
	expect(new Set(withToken.map((e) => e.token))).toEqual(new Set(['fake-friend-tok-123']));
});

test('an address answering as a different machine is not used', async ({ page, plex }) => {
	const fake = await plex.startServers([
		{ name: 'Moved Server', machineIdentifier: ID, delayMs: 10, wrongMachineIdentifier: true },
		{ name: 'Moved Server', machineIdentifier: ID, delayMs: 400 }
	]);
	const [impostor, real] = fake.servers;
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Moved Server' }).click();
	await expect(page.getByText('Connected to Moved Server')).toBeVisible();
	expect(plex.log.filter((e) => e.path === '/library/sections')[0]!.origin).toBe(new URL(real!.url).origin);
	expect(plex.log.filter((e) => e.origin === new URL(impostor!.url).origin && e.path !== '/identity')).toHaveLength(0);
	await page.getByText('Addresses tried').click();
	await expect(page.getByRole('row').filter({ hasText: 'a different server answered' })).toHaveCount(1);
});

test('when nothing connects, says why and offers Retry, which works once the server is back', async ({ page, plex }) => {
	const fake = await plex.startServers([
		{ name: 'Sleepy NAS', machineIdentifier: ID, failure: 'refuse' },
		{ name: 'Sleepy NAS', machineIdentifier: ID, failure: 'hang' }
	]);
	plex.world.resource(ID).presence = false;
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Sleepy NAS' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Could not connect to Sleepy NAS', { timeout: 10_000 });
	await expect(alert).toContainText(/Plex has not heard from Sleepy NAS.*Start it/);
	await page.getByText('Addresses tried').click();
	await expect(page.getByRole('row').filter({ hasText: 'could not connect' })).toHaveCount(1);
	await expect(page.getByRole('row').filter({ hasText: 'no answer in time' })).toHaveCount(1);
	// Nothing shown contains a token.
	expect(await page.locator('main').innerText()).not.toMatch(/X-Plex-Token|fake-[a-z0-9]+-tok/);

	await fake.servers[0]!.setBehaviour({});
	await page.getByRole('button', { name: 'Retry' }).click();
	await expect(page.getByText('Connected to Sleepy NAS')).toBeVisible();
});
