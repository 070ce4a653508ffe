import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SignInPanel from '#lib/ui/SignInPanel.svelte';
import AccountBadge from '#lib/ui/AccountBadge.svelte';

const pin = { code: 'k3v8q1x9m2p7d4w6z0r5t8y1b', authUrl: 'https://app.plex.tv/auth#?clientID=abc&code=k3v8q1x9m2p7d4w6z0r5t8y1b' };

function setup(props: Partial<Parameters<typeof render<typeof SignInPanel>>[1] & object> = {}) {
	const onsignin = vi.fn();
	const oncancel = vi.fn();
	render(SignInPanel, { status: 'idle', pin: null, onsignin, oncancel, ...props });
	return { onsignin, oncancel, user: userEvent.setup() };
}

describe('SignInPanel', () => {
	it('idle: offers "Sign in with Plex"', async () => {
		const { onsignin, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Sign in with Plex' }));
		expect(onsignin).toHaveBeenCalledOnce();
		expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
	});

	it('waiting: says "Waiting for Plex", shows the code and a manual link, and can be cancelled', async () => {
		const { oncancel, user } = setup({ status: 'waiting', pin });
		expect(screen.getByText(/Waiting for Plex/)).toBeInTheDocument();
		expect(screen.getByText(pin.code)).toBeInTheDocument();
		const link = screen.getByRole('link', { name: 'Open the Plex sign-in page' });
		expect(link).toHaveAttribute('href', pin.authUrl);
		expect(link.getAttribute('rel')).toContain('noreferrer');
		expect(screen.queryByRole('button', { name: 'Sign in with Plex' })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(oncancel).toHaveBeenCalledOnce();
	});

	it('waiting with trouble: says it is still trying', () => {
		setup({ status: 'waiting', pin, trouble: true });
		expect(screen.getByText(/not answering right now\. Still trying/)).toBeInTheDocument();
	});

	it('waiting in another tab: says so and does not show a second code', () => {
		setup({ status: 'waiting', pin, elsewhere: true });
		expect(screen.getByText(/another PlexPicker window/)).toBeInTheDocument();
		expect(screen.queryByText(pin.code)).toBeNull();
		expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
	});

	it('expired session: asks to sign in again and reassures that saved libraries still work', () => {
		setup({ status: 'expired', username: 'mira.okafor' });
		expect(screen.getByText(/session has expired for mira\.okafor\. Sign in again/)).toBeInTheDocument();
		expect(screen.getByText(/saved libraries\s+still work/)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Sign in with Plex' })).toBeInTheDocument();
	});

	it('error: shows what happened as an alert and lets the person try again', () => {
		setup({ status: 'error', errorMessage: 'Could not reach plex.tv. Check your connection.' });
		expect(screen.getByRole('alert')).toHaveTextContent('Could not reach plex.tv');
		expect(screen.getByRole('button', { name: 'Sign in with Plex' })).toBeInTheDocument();
	});

	it('after an ending that is not an error, shows the calm notice', () => {
		setup({ status: 'idle', notice: 'Sign-in cancelled.' });
		expect(screen.getByText('Sign-in cancelled.')).toBeInTheDocument();
	});
});

describe('AccountBadge', () => {
	it('shows the username and avatar, and signs out', async () => {
		const onsignout = vi.fn();
		const { container } = render(AccountBadge, { username: 'mira.okafor', avatar: 'https://plex.tv/users/x/avatar', onsignout });
		expect(screen.getByText('mira.okafor')).toBeInTheDocument();
		expect(container.querySelector('img')).toHaveAttribute('src', 'https://plex.tv/users/x/avatar');
		await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
		expect(onsignout).toHaveBeenCalledOnce();
	});

	it('falls back to an initial without an avatar', () => {
		const { container } = render(AccountBadge, { username: 'mira', onsignout: () => {} });
		expect(container.querySelector('img')).toBeNull();
		expect(container).toHaveTextContent('M');
	});
});

describe('SignInPanel: "Other ways"', () => {
	it('keeps the token sign-in closed until asked, then offers a password field and passes the token on', async () => {
		const ontoken = vi.fn(async () => true);
		const { user } = setup({ ontoken });
		expect(screen.queryByRole('textbox', { name: 'Plex token' })).toBeNull();
		expect(screen.queryByLabelText('Plex token')).toBeNull();
		await user.click(screen.getByText('Other ways'));
		const field = await screen.findByLabelText('Plex token');
		expect(field).toHaveAttribute('type', 'password');
		await user.type(field, 'abcdefgh12345678');
		await user.click(screen.getByRole('button', { name: 'Sign in with a token' }));
		expect(ontoken).toHaveBeenCalledWith('abcdefgh12345678');
		expect(field).toHaveValue('');
	});

	it('opens by itself when the PIN sign-in was refused, and shows why a token was not taken', async () => {
		setup({ status: 'error', errorMessage: 'Sign-in with Plex was refused.', needsOtherWays: true, tokenError: 'plex.tv does not accept this token.', ontoken: vi.fn(async () => false) });
		expect(await screen.findByLabelText('Plex token')).toBeVisible();
		expect(screen.getByText('plex.tv does not accept this token.')).toHaveAttribute('role', 'alert');
	});
});
