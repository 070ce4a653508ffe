import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SharingInvite from '#lib/ui/SharingInvite.svelte';
import SharingPerson from '#lib/ui/SharingPerson.svelte';
import { parseAcceptedShares, parsePendingInvites, parseServerSections, type Share } from '#lib/plex/sharing.ts';
import { samples } from '../fake-plex/samples.ts';

const sections = parseServerSections(samples.v2Server);
const [jun, sam] = parseAcceptedShares(samples.sharedAccepted) as [Share, Share];
const [lena] = parsePendingInvites(samples.sharedPending) as [Share];

describe('SharingInvite', () => {
	it('invites a username to the ticked libraries (in the server’s order) with downloads, then empties the form', async () => {
		const user = userEvent.setup();
		const oninvite = vi.fn(async () => true);
		render(SharingInvite, { serverName: 'Okafor Vault', sections, busy: false, oninvite });
		await user.type(screen.getByRole('textbox', { name: 'Plex username or email' }), 'noor.haddad');
		const libraries = screen.getByRole('group', { name: 'Libraries of Okafor Vault to share' });
		await user.click(within(libraries).getByRole('checkbox', { name: /Documentaries/ }));
		await user.click(within(libraries).getByRole('checkbox', { name: /Movies/ }));
		await user.click(screen.getByRole('checkbox', { name: 'Allow downloads' }));
		await user.click(screen.getByRole('button', { name: 'Send invitation' }));
		expect(oninvite).toHaveBeenCalledWith('noor.haddad', [148230511, 203118877], true);
		expect(screen.getByRole('textbox', { name: 'Plex username or email' })).toHaveValue('');
		expect(within(libraries).getByRole('checkbox', { name: /Movies/ })).not.toBeChecked();
	});

	it('asks for a person and at least one library before sending anything', async () => {
		const user = userEvent.setup();
		const oninvite = vi.fn(async () => true);
		render(SharingInvite, { serverName: 'Okafor Vault', sections, busy: false, oninvite });
		await user.click(screen.getByRole('button', { name: 'Send invitation' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Enter the Plex username or email');
		await user.type(screen.getByRole('textbox', { name: 'Plex username or email' }), 'someone@example.net');
		await user.click(screen.getByRole('button', { name: 'Send invitation' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one library');
		expect(oninvite).not.toHaveBeenCalled();
	});

	it('keeps what was typed when plex.tv refuses the invitation', async () => {
		const user = userEvent.setup();
		render(SharingInvite, { serverName: 'Okafor Vault', sections, busy: false, oninvite: async () => false });
		await user.type(screen.getByRole('textbox', { name: 'Plex username or email' }), 'typo.name');
		await user.click(screen.getByRole('checkbox', { name: /TV Shows/ }));
		await user.click(screen.getByRole('button', { name: 'Send invitation' }));
		expect(screen.getByRole('textbox', { name: 'Plex username or email' })).toHaveValue('typo.name');
	});
});

function person(share: Share, over: { onupdate?: () => Promise<boolean>; onremove?: () => Promise<boolean> } = {}) {
	const onupdate = vi.fn(over.onupdate ?? (async () => true));
	const onremove = vi.fn(over.onremove ?? (async () => true));
	render(SharingPerson, { share, sections, serverName: 'Okafor Vault', busy: false, onupdate, onremove });
	return { onupdate, onremove, user: userEvent.setup() };
}

describe('SharingPerson', () => {
	it('shows who it is, whether they accepted, and the libraries they see', () => {
		person(jun);
		const item = screen.getByRole('listitem', { name: 'Jun Park' });
		expect(item).toHaveTextContent('Has access · junpark');
		expect(item).toHaveTextContent('Libraries: Movies, TV Shows');
	});

	it('says "All libraries" for a share of everything', () => {
		person(sam);
		expect(screen.getByRole('listitem', { name: 'sam.ebert' })).toHaveTextContent('Libraries: All libraries');
	});

	it('changes libraries starting from the current ones', async () => {
		const { onupdate, user } = person(jun);
		await user.click(screen.getByRole('button', { name: 'Change libraries for Jun Park' }));
		const group = screen.getByRole('group', { name: 'Libraries Jun Park can see' });
		expect(within(group).getByRole('checkbox', { name: /Movies/ })).toBeChecked();
		expect(within(group).getByRole('checkbox', { name: /TV Shows/ })).toBeChecked();
		expect(within(group).getByRole('checkbox', { name: /Music/ })).not.toBeChecked();
		await user.click(within(group).getByRole('checkbox', { name: /TV Shows/ }));
		await user.click(screen.getByRole('button', { name: 'Save libraries' }));
		expect(onupdate).toHaveBeenCalledWith(jun, [148230511]);
		expect(screen.queryByRole('group', { name: 'Libraries Jun Park can see' })).not.toBeInTheDocument();
	});

	it('will not save an empty choice and points to Remove instead', async () => {
		const { onupdate, user } = person(jun);
		await user.click(screen.getByRole('button', { name: 'Change libraries for Jun Park' }));
		await user.click(screen.getByRole('checkbox', { name: /Movies/ }));
		await user.click(screen.getByRole('checkbox', { name: /TV Shows/ }));
		await user.click(screen.getByRole('button', { name: 'Save libraries' }));
		expect(screen.getByRole('alert')).toHaveTextContent('use “Remove”');
		expect(onupdate).not.toHaveBeenCalled();
	});

	it('removes only after a confirmation that explains undo; "Keep access" backs out', async () => {
		const { onremove, user } = person(jun);
		await user.click(screen.getByRole('button', { name: 'Remove for Jun Park' }));
		expect(screen.getByRole('group')).toHaveTextContent(/Remove Jun Park’s access to Okafor Vault\?.*invite them again/);
		await user.click(screen.getByRole('button', { name: 'Keep access' }));
		expect(onremove).not.toHaveBeenCalled();
		await user.click(screen.getByRole('button', { name: 'Remove for Jun Park' }));
		await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
		expect(onremove).toHaveBeenCalledWith(jun);
	});

	it('a pending invitation is cancelled, not removed', async () => {
		const { onremove, user } = person(lena);
		const item = screen.getByRole('listitem', { name: 'lena.hoffmann@example.net' });
		expect(item).toHaveTextContent('Invitation pending');
		await user.click(within(item).getByRole('button', { name: 'Cancel invitation for lena.hoffmann@example.net' }));
		await user.click(screen.getByRole('button', { name: 'Yes, cancel invitation' }));
		expect(onremove).toHaveBeenCalledWith(lena);
	});
});
