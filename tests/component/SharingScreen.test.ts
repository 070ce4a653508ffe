import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetch } from '../fake-plex/fetch.ts';
import { samples, TOKENS } from '../fake-plex/samples.ts';
import { createWorld } from '../fake-plex/world.ts';
import SharingScreenHost from './SharingScreenHost.svelte';

const VAULT = samples.v2Server.machineIdentifier;

function setup() {
	const world = createWorld({ now: () => Date.parse('2026-11-25T18:20:04Z') });
	vi.stubGlobal('fetch', createFakeFetch(world));
	const session = { token: TOKENS.account, expire: vi.fn() };
	render(SharingScreenHost, { session, machineId: VAULT, name: 'Okafor Vault' });
	return { world, session, user: userEvent.setup() };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('Sharing screen', () => {
	it('lists the people with access and pending invitations, with their libraries', async () => {
		setup();
		const list = await screen.findByRole('list');
		expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual([
			'Jun Park',
			'lena.hoffmann@example.net',
			'sam.ebert'
		]);
		expect(screen.getByRole('listitem', { name: 'lena.hoffmann@example.net' })).toHaveTextContent('Invitation pending');
		expect(document.body.textContent).not.toContain(TOKENS.account);
	});

	it('invites, then removes someone and offers to invite them again', async () => {
		const { world, user } = setup();
		await screen.findByRole('listitem', { name: 'Jun Park' });
		await user.type(screen.getByRole('textbox', { name: 'Plex username or email' }), 'noor.haddad');
		await user.click(within(screen.getByRole('group', { name: /to share/ })).getByRole('checkbox', { name: /TV Shows/ }));
		await user.click(screen.getByRole('button', { name: 'Send invitation' }));
		expect(await screen.findByText(/Invited noor\.haddad to TV Shows/)).toBeInTheDocument();
		expect(await screen.findByRole('listitem', { name: 'noor.haddad' })).toHaveTextContent('Invitation pending');

		await user.click(screen.getByRole('button', { name: 'Remove for Jun Park' }));
		await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
		expect(await screen.findByText('Jun Park no longer has access to Okafor Vault.')).toBeInTheDocument();
		expect(screen.queryByRole('listitem', { name: 'Jun Park' })).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Invite Jun Park again' }));
		expect(await screen.findByRole('listitem', { name: 'Jun Park' })).toHaveTextContent('Invitation pending');
		expect(world.requests({ method: 'POST', path: '/api/v2/shared_servers' }).map((e) => (e.body as { invitedEmail: string }).invitedEmail)).toEqual(['noor.haddad', 'junpark']);
	});

	it('a cross-origin refusal is explained with a link to Plex’s own page', async () => {
		const { world, user } = setup();
		await screen.findByRole('listitem', { name: 'sam.ebert' });
		world.refuseCrossOrigin({ method: 'DELETE', path: /^\/api\/v2\/shared_servers\/\d+$/ });
		await user.click(screen.getByRole('button', { name: 'Remove for sam.ebert' }));
		await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
		expect(await screen.findByRole('alert')).toHaveTextContent(/cross-origin block/);
		expect(screen.getByRole('link', { name: 'Open sharing settings in Plex' })).toHaveAttribute('href', 'https://app.plex.tv/desktop/#!/settings/manage-library-access');
		expect(screen.getByRole('listitem', { name: 'sam.ebert' })).toBeInTheDocument();
	});

	it('a 401 ends the session', async () => {
		const { world, session } = setup();
		world.revokeToken(TOKENS.account);
		expect(await screen.findByRole('alert')).toHaveTextContent('Your Plex sign-in has expired');
		expect(session.expire).toHaveBeenCalledOnce();
		expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
	});
});
