import { devices, type Page } from '@playwright/test';
import { expect, test, type PlexFixture } from '../fake-plex/playwright.ts';
import { checkLeaksAfterEach, desktop, signIn } from './helpers.ts';

/*
 * Real Plex, not only the friendly fake (docs/plex-api.md §2, §13): servers that answer other
 * sites with `Access-Control-Allow-Origin: https://app.plex.tv`, plex.tv refusing the PIN calls
 * of other sites, and the ways forward (sign in with a token, add a server by address).
 */

test.use(desktop);
test.describe.configure({ timeout: 60_000 });
checkLeaksAfterEach(test);

const HIDDEN_ID = 'c0ffee00112233445566778899aabbccddeeff00';

/** Signs in with the account's token (phones sign in with a PIN by leaving the page; this stays). */
async function signInWithToken(page: Page, plex: PlexFixture) {
	await page.goto('./');
	await otherWays(page);
	await page.getByRole('textbox', { name: 'Plex token' }).fill(plex.world.account.token);
	await page.getByRole('button', { name: 'Sign in with a token' }).click();
	await expect(page.getByText('mira.okafor')).toBeVisible();
}

/** Opens "Other ways" unless it is open already. */
async function otherWays(page: Page) {
	const summary = page.getByText('Other ways', { exact: true });
	if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
}

/** A server plex.tv does not list at all (a real listener, reachable only by its address). */
async function hiddenServer(plex: PlexFixture) {
	const fake = await plex.startServers([{ name: 'Hidden Box', machineIdentifier: HIDDEN_ID, token: 'fake-hidden-tok-42', librarySize: 25, advertise: false }]);
	plex.world.devices.splice(plex.world.devices.findIndex((d) => d.clientIdentifier === HIDDEN_ID), 1);
	return fake.servers[0]!;
}

test('a server that allows only app.plex.tv is explained as Plex policy, naming the host, never "Remote Access"', async ({ page, plex }) => {
	const fake = await plex.startServers([{ name: 'Strict Box', allowOrigin: 'https://app.plex.tv' }]);
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Strict Box' }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'Could not connect to Strict Box' });
	await expect(alert).toContainText(`Strict Box answered at ${new URL(fake.servers[0]!.plexDirectUrl).host}`);
	await expect(alert).toContainText(/only allows Plex's own web app \(app\.plex\.tv\)\. This is Plex's policy, not a problem with your network/);
	await expect(alert).not.toContainText('Remote Access');
	await page.getByText('Addresses tried').click();
	await expect(page.getByRole('row').filter({ hasText: 'answered, but refused this site (CORS)' })).toHaveCount(1);
	// The server did answer: the identity request reached it, and no token was ever sent to it.
	expect(plex.world.requests({ machineIdentifier: fake.servers[0]!.machineIdentifier, path: '/identity' }).length).toBeGreaterThan(0);
	expect(plex.world.requests({ machineIdentifier: fake.servers[0]!.machineIdentifier }).every((e) => e.token === null)).toBe(true);
});

test('an unreachable server is still told apart from a refusing one', async ({ page, plex }) => {
	await plex.startServers([{ name: 'Gone Box', failure: 'refuse' }]);
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Gone Box' }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'Could not connect to Gone Box' });
	await expect(alert).toBeVisible();
	await expect(alert).not.toContainText("Plex's policy");
	await page.getByText('Addresses tried').click();
	await expect(page.getByRole('row').filter({ hasText: 'could not connect' })).toHaveCount(1);
	await expect(page.getByRole('row').filter({ hasText: 'refused this site' })).toHaveCount(0);
});

test('plex.tv refusing the PIN sign-in: says so, opens "Other ways", and "Sign in with a token" signs in and finds the servers', async ({ page, plex }) => {
	plex.world.plexTvRefusesPins();
	await page.goto('./');
	await page.getByRole('button', { name: 'Sign in with Plex' }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'Sign-in with Plex was refused' });
	await expect(alert).toContainText(/plex\.tv answered, but refused to let this site read its answer.*Plex's policy.*not a problem with your network/);
	await expect(alert).toContainText('Sign in with a token');
	await expect(alert).not.toContainText('Check your connection');

	// "Other ways" opened by itself; the token field hides what is typed.
	const field = page.getByRole('textbox', { name: 'Plex token' });
	await expect(field).toBeVisible();
	await expect(field).toHaveAttribute('type', 'password');
	// A token that was signed out (plex.tv answers 401 for it).
	plex.world.revoked.add('signedOutToken123456');
	await field.fill('signedOutToken123456');
	await page.getByRole('button', { name: 'Sign in with a token' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'plex.tv does not accept this token' })).toBeVisible();

	await field.fill(plex.world.account.token);
	await page.getByRole('button', { name: 'Sign in with a token' }).click();
	await expect(page.getByText('mira.okafor')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Okafor Vault' })).toBeVisible();
	await expect(page.getByRole('button', { name: "Dad's Plex" })).toBeVisible();
	// Kept like a PIN sign-in: a reload stays signed in, and the token is shown nowhere.
	await page.reload();
	await expect(page.getByText('mira.okafor')).toBeVisible();
	expect(await page.locator('body').innerText()).not.toContain(plex.world.account.token);
	// plex.tv made the PIN but the page could not read it, so nothing was ever polled.
	expect(plex.world.requests({ host: 'plex.tv', method: 'GET', path: /^\/api\/v2\/pins\/\d+$/ })).toHaveLength(0);
});

test('"Add a server by address" while plex.tv cannot list servers: identity check, connect, sync and pick', async ({ page, plex }) => {
	const hidden = await hiddenServer(plex);
	plex.world.addFault({ host: 'plex.tv', method: 'GET', path: '/api/v2/resources', status: 503, body: '<html>Service Unavailable</html>' });
	await signIn(page, plex);
	await expect(page.getByText(/Could not list your Plex servers/)).toBeVisible();

	// "Other ways" opened by itself, since plex.tv listed nothing.
	const address = page.getByRole('textbox', { name: 'Server address' });
	await expect(address).toBeVisible();
	// An address the built app's Content-Security-Policy does not allow: said, and nothing is sent there.
	const asked: string[] = [];
	page.on('request', (request) => asked.push(new URL(request.url()).host));
	await address.fill('https://plex.example.org:32400');
	await page.getByLabel(/Server token/).fill('fake-hidden-tok-42');
	await page.getByRole('button', { name: 'Add a server by address' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /may not talk to plex\.example\.org:32400.*PLEXPICKER_CSP_CONNECT/ })).toBeVisible();
	expect(asked).not.toContain('plex.example.org:32400');
	// Nothing answering at an address, then a wrong token, each in words.
	await address.fill('https://10-9-9-9.0123abcd.plex.direct:32400');
	await page.getByLabel(/Server token/).fill('fake-hidden-tok-42');
	await page.getByRole('button', { name: 'Add a server by address' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Nothing answered at 10-9-9-9.0123abcd.plex.direct:32400' })).toBeVisible();
	// The server refuses the token (as after its owner signed that device out).
	await hidden.setBehaviour({ unauthorized: true });
	await address.fill(hidden.plexDirectUrl);
	await page.getByRole('button', { name: 'Add a server by address' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /refused this token/ })).toBeVisible();

	await hidden.setBehaviour({});
	await page.getByRole('button', { name: 'Add a server by address' }).click();
	await expect(page.getByText('Connected to Hidden Box')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Hidden Box' })).toHaveAccessibleDescription(/Added by address/);
	// The identity check came first and carried no token.
	const first = plex.world.requests({ machineIdentifier: HIDDEN_ID })[0]!;
	expect([first.path, first.token]).toEqual(['/identity', null]);

	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByText('25 titles · Last synced')).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await expect(page.getByRole('article', { name: 'Your pick' })).toBeVisible();

	// Remembered: a reload (plex.tv still down) reconnects to it by itself.
	await page.reload();
	await expect(page.getByText('Connected to Hidden Box')).toBeVisible();
});

test('"Add a server by address" for a server plex.tv lists without that address uses its listed token', async ({ page, plex }) => {
	const hidden = await hiddenServer(plex);
	// plex.tv lists the server again, with its token but with an address that does not answer.
	plex.world.addServer({ name: 'Far Box', machineIdentifier: 'faceb00c00112233445566778899aabbccddeeff', accessToken: 'fake-far-tok-7', behaviour: { failure: 'refuse' } });
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Far Box' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Could not connect to Far Box' })).toBeVisible();
	await otherWays(page);
	await page.getByRole('textbox', { name: 'Server address' }).fill(hidden.plexDirectUrl);
	await page.getByRole('button', { name: 'Add a server by address' }).click();
	// Not listed and no token typed: asks for it rather than sending the account token.
	await expect(page.getByRole('alert').filter({ hasText: /not one plex\.tv listed for you, so PlexPicker needs its token/ })).toBeVisible();
	expect(plex.world.requests({ machineIdentifier: HIDDEN_ID }).every((e) => e.token === null)).toBe(true);
});

/** Signs in with a token, syncs a 5-title server and picks a movie from it. */
async function pickFromFiveTitles(page: Page, plex: PlexFixture): Promise<void> {
	await plex.startServers([{ name: 'Phone Box', librarySize: 5 }]);
	await signInWithToken(page, plex);
	await page.getByRole('button', { name: 'Phone Box' }).click();
	await page.getByRole('checkbox', { name: 'Movies' }).check();
	await expect(page.getByText('5 titles · Last synced')).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: /Pick a movie/ }).click();
}

test.describe('Open in Plex on phones', () => {
	const { defaultBrowserType: _iphoneBrowser, ...iPhone } = devices['iPhone 13'];
	test.use(iPhone);

	test('on iPhone the card also offers the Plex app link; it carries no token', async ({ page, plex }) => {
		await pickFromFiveTitles(page, plex);
		const link = page.getByRole('link', { name: 'Open in the Plex app instead' });
		await expect(link).toHaveAttribute('href', /^plex:\/\/preplay\/\?metadataKey=%2Flibrary%2Fmetadata%2F\d+&server=[0-9a-f]{40}$/);
	});
});

test.describe('Open in Plex on Android', () => {
	const { defaultBrowserType: _pixelBrowser, ...pixel } = devices['Pixel 7'];
	test.use(pixel);

	test('on Android only the Plex Web link is offered', async ({ page, plex }) => {
		await pickFromFiveTitles(page, plex);
		await expect(page.getByRole('article', { name: 'Your pick' }).getByRole('link', { name: 'Open in Plex' })).toHaveAttribute('href', /^https:\/\/app\.plex\.tv\/desktop\//);
		await expect(page.getByRole('link', { name: 'Open in the Plex app instead' })).toHaveCount(0);
	});
});
