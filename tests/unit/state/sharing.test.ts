import { describe, expect, it, vi } from 'vitest';
import { PlexClient } from '#lib/plex/client.ts';
import { SharingState } from '#lib/state/sharing.svelte.ts';
import { samples, TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { testIdentity } from '../../helpers/plex-client.ts';

const VAULT = samples.v2Server.machineIdentifier;

function setup(token: string | null = TOKENS.account) {
	const world = createWorld({ now: () => Date.parse('2026-11-25T18:20:04Z') });
	const onUnauthorized = vi.fn();
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity, online: () => true });
	const sharing = new SharingState({ client, token: () => token, server: { machineId: VAULT, name: 'Okafor Vault' }, onUnauthorized });
	return { world, sharing, onUnauthorized };
}

describe('SharingState', () => {
	it('loads the section map and the people of this server', async () => {
		const { sharing } = setup();
		await sharing.load();
		expect(sharing.status).toBe('ready');
		expect(sharing.sections.map((s) => s.title)).toEqual(['Movies', 'TV Shows', 'Music', 'Photos', 'Documentaries']);
		expect(sharing.shares.map((s) => s.name)).toEqual(['Jun Park', 'lena.hoffmann@example.net', 'sam.ebert']);
	});

	it('does nothing without the account token', async () => {
		const { world, sharing } = setup(null);
		await sharing.load();
		expect(sharing.status).toBe('idle');
		expect(world.log).toHaveLength(0);
	});

	it('invite → the list shows the pending person and a notice naming the libraries', async () => {
		const { sharing } = setup();
		await sharing.load();
		expect(await sharing.invite('noor.haddad', [148230511, 203118877], true)).toBe(true);
		expect(sharing.notice).toMatch(/Invited noor\.haddad to Movies and Documentaries/);
		expect(sharing.shares.find((s) => s.name === 'noor.haddad')?.pending).toBe(true);
	});

	it('plex.tv in its other dialect (string ids, LibrarySections, 2xx without a body): every change succeeds and the list reloads', async () => {
		for (const [inviteStatus, updateStatus, removeStatus] of [[204, 204, 200], [200, 201, 202], [202, 200, 204]] as const) {
			const { world, sharing } = setup();
			Object.assign(world.sharingDialect, { stringIds: true, capitalSections: true, inviteStatus, updateStatus, removeStatus });
			await sharing.load();
			expect(sharing.status).toBe('ready');
			expect(sharing.sections.map((s) => [s.id, s.key])).toContainEqual([148230511, '1']);
			expect(sharing.shares.find((s) => s.name === 'Jun Park')?.libraries.map((l) => l.title)).toEqual(['Movies', 'TV Shows']);

			expect(await sharing.invite(' ines@example.org ', [148230511], false)).toBe(true);
			expect(sharing.problem).toBeNull();
			expect(sharing.notice).toMatch(/^Invited ines@example\.org to Movies\./);
			const ines = sharing.shares.find((s) => s.name === 'ines@example.org');
			expect(ines?.pending).toBe(true);

			const jun = sharing.shares.find((s) => s.name === 'Jun Park')!;
			expect(await sharing.update(jun, [148230511])).toBe(true);
			expect(sharing.problem).toBeNull();
			expect(sharing.shares.find((s) => s.name === 'Jun Park')?.libraries.map((l) => l.title)).toEqual(['Movies']);

			expect(await sharing.remove(ines!)).toBe(true);
			expect(sharing.problem).toBeNull();
			expect(sharing.shares.map((s) => s.name)).not.toContain('ines@example.org');
		}
	});

	it('an expired account token (498) on plex.tv: "sign in again", and the app is told', async () => {
		const { world, sharing, onUnauthorized } = setup();
		world.expireToken();
		await sharing.load();
		expect(sharing.status).toBe('error');
		expect(sharing.problem?.kind).toBe('signed-out');
		expect(sharing.problem?.message).toMatch(/Sign in again/);
		expect(onUnauthorized).toHaveBeenCalledOnce();
	});

	it('remove, then undo by inviting again with the same libraries and settings', async () => {
		const { world, sharing } = setup();
		await sharing.load();
		const jun = sharing.shares.find((s) => s.name === 'Jun Park')!;
		expect(await sharing.remove(jun)).toBe(true);
		expect(sharing.notice).toBe('Jun Park no longer has access to Okafor Vault.');
		expect(sharing.shares.map((s) => s.name)).not.toContain('Jun Park');
		expect(await sharing.reinvite()).toBe(true);
		const [post] = world.requests({ method: 'POST', path: '/api/v2/shared_servers' });
		expect(post?.body).toMatchObject({ invitedEmail: 'junpark', librarySectionIds: [148230511, 148230512], settings: { allowSync: true } });
		expect(sharing.shares.find((s) => s.name === 'Jun Park')?.pending).toBe(true);
	});

	it('a share changed elsewhere (404) is explained and the list refreshed', async () => {
		const { world, sharing } = setup();
		await sharing.load();
		const jun = sharing.shares.find((s) => s.name === 'Jun Park')!;
		world.sharing.accepted = world.sharing.accepted.filter((s) => s.id !== jun.id);
		expect(await sharing.update(jun, [148230511])).toBe(false);
		expect(sharing.problem?.kind).toBe('gone');
		expect(sharing.shares.map((s) => s.name)).not.toContain('Jun Park');
	});

	it('a 401 from plex.tv signs out', async () => {
		const { world, sharing, onUnauthorized } = setup();
		world.revokeToken(TOKENS.account);
		await sharing.load();
		expect(sharing.status).toBe('error');
		expect(sharing.problem?.kind).toBe('signed-out');
		expect(onUnauthorized).toHaveBeenCalledOnce();
	});

	it('a blocked write says so and offers Plex’s own page; nothing else is retried', async () => {
		const { world, sharing } = setup();
		await sharing.load();
		world.refuseCrossOrigin({ method: 'POST', path: '/api/v2/shared_servers' });
		expect(await sharing.invite('noor.haddad', [148230511], false)).toBe(false);
		expect(sharing.problem).toMatchObject({ kind: 'blocked', manageUrl: 'https://app.plex.tv/desktop/#!/settings/manage-library-access' });
		expect(sharing.problem?.message).not.toContain(TOKENS.account);
		expect(sharing.busy).toBeNull();
	});
});

describe('SharingState refresh', () => {
	it('keeps the list on screen while it asks plex.tv again, then shows the new state', async () => {
		const { world, sharing } = setup();
		await sharing.load();
		world.acceptInvite(88030001);
		const refreshing = sharing.load();
		expect(sharing.status).toBe('ready');
		expect(sharing.shares).toHaveLength(3);
		await refreshing;
		expect(sharing.shares.find((s) => s.id === 88030001)?.pending).toBe(false);
	});
});
