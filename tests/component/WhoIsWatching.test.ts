import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import WhoIsWatching from '#lib/ui/WhoIsWatching.svelte';
import { parseHomeMembers } from '#lib/plex/home.ts';
import usersSample from '../fake-plex/samples/plextv-home-users.json' with { type: 'json' };

const members = parseHomeMembers(usersSample);
const ada = members.find((m) => m.title === 'Ada')!;

function setup(props: Record<string, unknown> = {}) {
	const handlers = { onopen: vi.fn(), onchoose: vi.fn(), onpin: vi.fn(), oncancelpin: vi.fn(), onback: vi.fn() };
	const { rerender } = render(WhoIsWatching, {
		accountName: 'mira.okafor',
		watching: null,
		currentId: 31415926,
		status: 'ready',
		members,
		problem: null,
		asking: null,
		pinError: null,
		busy: false,
		notice: null,
		...handlers,
		...props
	});
	return { ...handlers, rerender, user: userEvent.setup() };
}

describe('WhoIsWatching', () => {
	it('"Who\'s watching?" opens the members as buttons named by their names, the one watching pressed, protected ones marked', async () => {
		const { onopen, onchoose, user } = setup();
		expect(screen.queryByRole('button', { name: 'Jonah' })).toBeNull();
		await user.click(screen.getByRole('button', { name: "Who's watching?" }));
		expect(onopen).toHaveBeenCalledOnce();
		expect(screen.getByRole('button', { name: 'mira.okafor' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: 'Jonah' })).toHaveAttribute('aria-pressed', 'false');
		expect(screen.getByText('needs a PIN')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Jonah' }));
		expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ title: 'Jonah' }));
		// nobody else is watching: no way "back", and the account's name is not repeated
		expect(screen.queryByRole('button', { name: /^Back to/ })).toBeNull();
	});

	it('closes the list once someone else is watching (the choice is made)', async () => {
		const { user, rerender } = setup();
		await user.click(screen.getByRole('button', { name: "Who's watching?" }));
		expect(screen.getByRole('button', { name: 'Jonah' })).toBeInTheDocument();
		const jonah = members.find((m) => m.title === 'Jonah')!;
		await rerender({ watching: { title: 'Jonah' }, currentId: jonah.id });
		expect(screen.queryByRole('button', { name: 'Jonah' })).toBeNull();
		expect(screen.getByRole('button', { name: "Who's watching?" })).toHaveAttribute('aria-expanded', 'false');
		// opened again, it lists everyone, Jonah pressed
		await user.click(screen.getByRole('button', { name: "Who's watching?" }));
		expect(screen.getByRole('button', { name: 'Jonah' })).toHaveAttribute('aria-pressed', 'true');
	});

	it('asks a protected member for a 4-digit PIN in a textbox named "PIN", and says what a wrong one did', async () => {
		const { onpin, user } = setup({ asking: ada, pinError: "That PIN is not Ada's. Nothing changed." });
		await user.click(screen.getByRole('button', { name: "Who's watching?" }));
		const box = screen.getByRole('textbox', { name: 'PIN' });
		expect(box).toHaveAttribute('inputmode', 'numeric');
		expect(screen.getByRole('alert')).toHaveTextContent("That PIN is not Ada's. Nothing changed.");
		await user.type(box, '12');
		await user.click(screen.getByRole('button', { name: 'Switch to Ada' }));
		expect(onpin).not.toHaveBeenCalled();
		expect(screen.getByRole('alert')).toHaveTextContent('A Plex Home PIN is 4 digits.');
		await user.type(box, '34');
		await user.click(screen.getByRole('button', { name: 'Switch to Ada' }));
		expect(onpin).toHaveBeenCalledWith(ada, '1234');
	});

	it('with a member watching: says who, and goes back to the account in one tap', async () => {
		const { onback, user } = setup({ watching: { title: 'Jonah' }, currentId: 31415927 });
		expect(screen.getByText(/Watching as/)).toHaveTextContent("Watching as Jonah (in mira.okafor's Plex Home)");
		await user.click(screen.getByRole('button', { name: 'Back to mira.okafor' }));
		expect(onback).toHaveBeenCalledOnce();
	});
});
