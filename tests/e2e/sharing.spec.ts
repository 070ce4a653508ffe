import type { Page } from '@playwright/test';
import { expect, test } from '../fake-plex/playwright.ts';
import type { PlexFixture } from '../fake-plex/playwright.ts';
import { samples, TOKENS } from '../fake-plex/samples.ts';
import createRequest from '../fake-plex/samples/plextv-shared-servers-create-request.json' with { type: 'json' };
import { desktop, signIn, tokenLeaks } from './helpers.ts';

test.use(desktop);

const VAULT = samples.v2Server.machineIdentifier;
const NEW_SHARE = samples.shareCreated.id; // the id the fake plex.tv gives the next share
const MANAGE = 'https://app.plex.tv/desktop/#!/settings/manage-library-access';

test.afterEach(async ({ page, plex }) => {
	expect(tokenLeaks(plex)).toEqual([]);
	// Sharing talks to plex.tv with the account token only, never a server's token.
	const serverTokens = [...plex.world.servers.values()].map((s) => s.accessToken);
	expect(plex.log.filter((e) => e.host === 'clients.plex.tv' && e.token && serverTokens.includes(e.token))).toEqual([]);
	for (const token of [plex.world.account.token, ...serverTokens]) expect(await page.locator('body').innerText()).not.toContain(token);
});

async function openSharing(page: Page, plex: PlexFixture): Promise<void> {
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Okafor Vault' }).click();
	await page.getByRole('link', { name: 'Manage sharing of Okafor Vault' }).click();
	await expect(page.getByRole('heading', { name: 'Sharing Okafor Vault' })).toBeVisible();
	await expect(page.getByRole('listitem', { name: 'Jun Park' })).toBeVisible();
}

/** Writes (not GETs, not preflights) that reached the fake clients.plex.tv. */
function writes(plex: PlexFixture) {
	return plex.log
		.filter((e) => e.host === 'clients.plex.tv' && (e.method === 'POST' || e.method === 'DELETE'))
		.map((e) => ({ method: e.method, url: e.url.split('?')[0], body: e.body, token: e.token }));
}

const person = (page: Page, name: string) => page.getByRole('listitem', { name });

test('an owner invites someone to two libraries, changes that to one, and removes them', async ({ page, plex }) => {
	await openSharing(page, plex);
	await expect(person(page, 'Jun Park')).toContainText('Libraries: Movies, TV Shows');
	await expect(person(page, 'sam.ebert')).toContainText('All libraries');
	await expect(person(page, 'lena.hoffmann@example.net')).toContainText('Invitation pending');

	// Invite noor.haddad to Movies and Documentaries, with downloads.
	await page.getByRole('textbox', { name: 'Plex username or email' }).fill('noor.haddad');
	const pickFrom = page.getByRole('group', { name: 'Libraries of Okafor Vault to share' });
	await pickFrom.getByRole('checkbox', { name: /Movies/ }).check();
	await pickFrom.getByRole('checkbox', { name: /Documentaries/ }).check();
	await page.getByRole('checkbox', { name: 'Allow downloads' }).check();
	await page.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByRole('status')).toContainText('Invited noor.haddad to Movies and Documentaries');
	await expect(person(page, 'noor.haddad')).toContainText('Invitation pending');
	expect(writes(plex)).toEqual([
		{
			method: 'POST',
			url: 'https://clients.plex.tv/api/v2/shared_servers',
			body: {
				machineIdentifier: VAULT,
				librarySectionIds: [148230511, 203118877],
				settings: createRequest.settings,
				invitedEmail: 'noor.haddad',
				skipFriendship: true
			},
			token: plex.world.account.token
		}
	]);

	// Noor accepts; the owner refreshes and narrows the share to Movies only.
	plex.world.acceptInvite(NEW_SHARE);
	await page.getByRole('button', { name: 'Refresh list' }).click();
	await expect(person(page, 'noor.haddad')).toContainText('Has access');
	const settingsBefore = structuredClone(plex.world.sharing.accepted.find((s) => s.id === NEW_SHARE)?.sharingSettings);
	await page.getByRole('button', { name: 'Change libraries for noor.haddad' }).click();
	const edit = page.getByRole('group', { name: 'Libraries noor.haddad can see' });
	await expect(edit.getByRole('checkbox', { name: /Movies/ })).toBeChecked();
	await edit.getByRole('checkbox', { name: /Documentaries/ }).uncheck();
	await page.getByRole('button', { name: 'Save libraries' }).click();
	await expect(page.getByRole('status')).toContainText('noor.haddad can now see Movies.');
	await expect(person(page, 'noor.haddad')).toContainText('Libraries: Movies');
	await expect(person(page, 'noor.haddad')).not.toContainText('Documentaries');
	expect(writes(plex)[1]).toEqual({
		method: 'POST',
		url: `https://clients.plex.tv/api/v2/shared_servers/${NEW_SHARE}`,
		body: { settings: settingsBefore, librarySectionIds: [148230511] },
		token: plex.world.account.token
	});
	expect(settingsBefore).toMatchObject({ allowSync: true });

	// Remove, after confirming.
	await page.getByRole('button', { name: 'Remove for noor.haddad' }).click();
	await expect(page.getByText(/Remove noor\.haddad’s access to Okafor Vault\?/)).toBeVisible();
	await page.getByRole('button', { name: 'Yes, remove' }).click();
	await expect(page.getByRole('status')).toContainText('noor.haddad no longer has access to Okafor Vault.');
	await expect(person(page, 'noor.haddad')).toHaveCount(0);
	expect(writes(plex)).toHaveLength(3);
	expect(writes(plex)[2]).toEqual({ method: 'DELETE', url: `https://clients.plex.tv/api/v2/shared_servers/${NEW_SHARE}`, body: null, token: plex.world.account.token });
	expect(plex.world.sharing.accepted.map((s) => s.id)).not.toContain(NEW_SHARE);
	// Undo is a new invitation with the same libraries.
	await expect(page.getByRole('button', { name: 'Invite noor.haddad again' })).toBeVisible();
});

test('plex.tv in another dialect (string ids, LibrarySections, 204/200 without a body): every change is reported as done and the list reloads', async ({ page, plex }) => {
	Object.assign(plex.world.sharingDialect, { stringIds: true, capitalSections: true, inviteStatus: 204, updateStatus: 204, removeStatus: 200 });
	await openSharing(page, plex);
	await expect(person(page, 'Jun Park')).toContainText('Libraries: Movies, TV Shows');

	await page.getByRole('textbox', { name: 'Plex username or email' }).fill('noor.haddad');
	const pickFrom = page.getByRole('group', { name: 'Libraries of Okafor Vault to share' });
	await pickFrom.getByRole('checkbox', { name: /Movies/ }).check();
	await pickFrom.getByRole('checkbox', { name: /Documentaries/ }).check();
	const listsBefore = plex.world.requests({ host: 'clients.plex.tv', method: 'GET', path: '/api/v2/shared_servers/invites/owned/pending' }).length;
	await page.getByRole('button', { name: 'Send invitation' }).click();
	// plex.tv said 204 with nothing to read: still an invitation made, named as typed.
	await expect(page.getByRole('status')).toContainText('Invited noor.haddad to Movies and Documentaries');
	await expect(page.getByRole('alert')).toHaveCount(0);
	// …and the lists were asked again, so the new invitation shows.
	await expect(person(page, 'noor.haddad')).toContainText('Invitation pending');
	expect(plex.world.requests({ host: 'clients.plex.tv', method: 'GET', path: '/api/v2/shared_servers/invites/owned/pending' }).length).toBeGreaterThan(listsBefore);

	plex.world.acceptInvite(NEW_SHARE);
	await page.getByRole('button', { name: 'Refresh list' }).click();
	await expect(person(page, 'noor.haddad')).toContainText('Has access');
	await page.getByRole('button', { name: 'Change libraries for noor.haddad' }).click();
	await page.getByRole('group', { name: 'Libraries noor.haddad can see' }).getByRole('checkbox', { name: /Documentaries/ }).uncheck();
	await page.getByRole('button', { name: 'Save libraries' }).click();
	await expect(page.getByRole('status')).toContainText('noor.haddad can now see Movies.');
	await expect(person(page, 'noor.haddad')).toContainText('Libraries: Movies');
	await expect(person(page, 'noor.haddad')).not.toContainText('Documentaries');

	await page.getByRole('button', { name: 'Remove for noor.haddad' }).click();
	await page.getByRole('button', { name: 'Yes, remove' }).click();
	await expect(page.getByRole('status')).toContainText('noor.haddad no longer has access to Okafor Vault.');
	await expect(person(page, 'noor.haddad')).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(writes(plex).map((w) => `${w.method} ${w.url}`)).toEqual([
		'POST https://clients.plex.tv/api/v2/shared_servers',
		`POST https://clients.plex.tv/api/v2/shared_servers/${NEW_SHARE}`,
		`DELETE https://clients.plex.tv/api/v2/shared_servers/${NEW_SHARE}`
	]);
});

test('cancels a pending invitation', async ({ page, plex }) => {
	await openSharing(page, plex);
	await page.getByRole('button', { name: 'Cancel invitation for lena.hoffmann@example.net' }).click();
	await page.getByRole('button', { name: 'Keep invitation' }).click();
	expect(writes(plex)).toEqual([]);
	await page.getByRole('button', { name: 'Cancel invitation for lena.hoffmann@example.net' }).click();
	await page.getByRole('button', { name: 'Yes, cancel invitation' }).click();
	await expect(page.getByRole('status')).toContainText('Cancelled the invitation to lena.hoffmann@example.net.');
	await expect(person(page, 'lena.hoffmann@example.net')).toHaveCount(0);
	expect(writes(plex)).toEqual([{ method: 'DELETE', url: 'https://clients.plex.tv/api/v2/shared_servers/88030001', body: null, token: TOKENS.account }]);
	expect(plex.world.sharing.pending).toEqual([]);
});

test('a non-owner never sees Sharing for a server shared with them', async ({ page, plex }) => {
	await signIn(page, plex);
	await page.getByRole('button', { name: "Dad's Plex" }).click();
	await expect(page.getByRole('button', { name: "Dad's Plex" })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('link', { name: /Manage sharing/ })).toHaveCount(0);
	// Even typed in by hand, the screen says whose server it is and asks plex.tv nothing.
	await page.goto('./sharing');
	await expect(page.getByText("Dad's Plex belongs to okafor.senior. Only the owner of a server can change who it is shared with.")).toBeVisible();
	await expect(page.getByRole('button', { name: 'Send invitation' })).toHaveCount(0);
	expect(plex.log.filter((e) => e.host === 'clients.plex.tv')).toEqual([]);
	// An owned server does show the link.
	await page.goto('./');
	await page.getByRole('button', { name: 'Okafor Vault' }).click();
	await expect(page.getByRole('link', { name: 'Manage sharing of Okafor Vault' })).toBeVisible();
});

test('invite errors: already shared (422), no such user, rate limited (429), each explained; the form keeps its input', async ({ page, plex }) => {
	await openSharing(page, plex);
	const who = page.getByRole('textbox', { name: 'Plex username or email' });
	const invite = async (name: string) => {
		await who.fill(name);
		await page.getByRole('group', { name: 'Libraries of Okafor Vault to share' }).getByRole('checkbox', { name: /Movies/ }).check();
		await page.getByRole('button', { name: 'Send invitation' }).click();
	};
	await invite('junpark');
	await expect(page.getByRole('alert')).toContainText('Okafor Vault is already shared with “junpark”. Change their libraries in the list instead.');
	await expect(who).toHaveValue('junpark');

	await invite('no.such.user');
	await expect(page.getByRole('alert')).toContainText('plex.tv found no Plex user called “no.such.user”. Check the spelling, or invite them by email address instead.');

	plex.world.addFault({ host: 'clients.plex.tv', method: 'POST', path: '/api/v2/shared_servers', status: 429, times: 1 });
	await invite('noor.haddad');
	await expect(page.getByRole('alert')).toContainText('plex.tv asks to slow down');
	await page.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByRole('status')).toContainText('Invited noor.haddad');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(writes(plex).map((w) => w.url)).toEqual(Array(4).fill('https://clients.plex.tv/api/v2/shared_servers'));
});

test('not the owner according to plex.tv (403): says so, with what to do', async ({ page, plex }) => {
	plex.world.addFault({ host: 'clients.plex.tv', path: `/api/v2/servers/${VAULT}`, status: 403, body: { errors: [{ code: 0, message: 'Forbidden', status: 403 }] } });
	await signIn(page, plex);
	await page.getByRole('button', { name: 'Okafor Vault' }).click();
	await page.getByRole('link', { name: 'Manage sharing of Okafor Vault' }).click();
	await expect(page.getByRole('alert')).toContainText('plex.tv says this account does not own Okafor Vault');
	await expect(page.getByRole('alert')).toContainText('Sign in with the owner’s Plex account');
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('plex.tv refuses the cross-origin call: says so and links to Plex’s own sharing page', async ({ page, plex }) => {
	await openSharing(page, plex);
	plex.world.refuseCrossOrigin({ method: 'DELETE', path: /^\/api\/v2\/shared_servers\/\d+$/ });
	await page.getByRole('button', { name: 'Remove for Jun Park' }).click();
	await page.getByRole('button', { name: 'Yes, remove' }).click();
	await expect(page.getByRole('alert')).toContainText('cross-origin block');
	await expect(page.getByRole('link', { name: 'Open sharing settings in Plex' })).toHaveAttribute('href', MANAGE);
	await expect(person(page, 'Jun Park')).toBeVisible();
	expect(plex.world.sharing.accepted.map((s) => s.id)).toContain(88012345);
});

test('plex.tv unreachable: says so and changes nothing', async ({ page, plex }) => {
	await openSharing(page, plex);
	plex.world.addFault({ host: 'clients.plex.tv', method: 'POST', status: 503, cors: false });
	plex.world.addFault({ host: 'plex.tv', path: '/api/v2/user', status: 503, cors: false });
	await page.getByRole('button', { name: 'Change libraries for Jun Park' }).click();
	await page.getByRole('group', { name: 'Libraries Jun Park can see' }).getByRole('checkbox', { name: /TV Shows/ }).uncheck();
	await page.getByRole('button', { name: 'Save libraries' }).click();
	await expect(page.getByRole('alert')).toContainText('plex.tv cannot be reached right now');
	await expect(page.getByRole('link', { name: 'Open sharing settings in Plex' })).toHaveCount(0);
	await expect(person(page, 'Jun Park')).toContainText('Libraries: Movies, TV Shows');
});
