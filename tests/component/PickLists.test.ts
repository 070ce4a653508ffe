import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import HiddenTitles from '#lib/ui/HiddenTitles.svelte';
import PickHistory from '#lib/ui/PickHistory.svelte';

const NOW = Date.parse('2026-11-25T20:00:00Z');

describe('HiddenTitles', () => {
	it('lists "never" and "not tonight" titles apart, each with a way back', async () => {
		const user = userEvent.setup();
		const onundo = vi.fn();
		render(HiddenTitles, {
			exclusions: [
				{ key: 's:1', title: 'Ghost Pier', year: 2003, kind: 'never', at: NOW - 1000 },
				{ key: 's:2', title: '<b>Bold</b>', kind: 'not-tonight', at: NOW, until: NOW + 20 * 3600_000 }
			],
			now: NOW,
			onundo
		});
		await user.click(screen.getByText('Hidden titles (2)'));
		expect(screen.getByRole('heading', { name: 'Never suggested' })).toBeInTheDocument();
		expect(screen.getByText(/back in 20 hours/)).toBeInTheDocument();
		expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Ghost Pier (2003)');
		expect(screen.getByText('<b>Bold</b>')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Suggest Ghost Pier again' }));
		expect(onundo).toHaveBeenCalledWith('s:1');
	});

	it('explains itself when nothing is hidden', async () => {
		render(HiddenTitles, { exclusions: [], now: NOW, onundo: vi.fn() });
		await userEvent.setup().click(screen.getByText('Hidden titles (0)'));
		expect(screen.getByText(/Nothing hidden/)).toBeInTheDocument();
	});
});

describe('PickHistory', () => {
	it('shows the last picks with when and where from, and can be cleared', async () => {
		const user = userEvent.setup();
		const onclear = vi.fn();
		render(PickHistory, {
			history: [
				{ key: 's:5202', title: 'S2 · E2 · Fog Signal', show: 'The Lighthouse Keepers', source: 'TV Shows · Okafor Vault', at: NOW - 5 * 60_000 },
				{ key: 's:1', title: 'Amélie', year: 2001, source: 'Collection “Paris” · Okafor Vault', at: NOW - 2 * 86_400_000 }
			],
			now: NOW,
			onclear
		});
		await user.click(screen.getByText('Recent picks (2)'));
		const items = screen.getAllByRole('listitem');
		expect(items[0]).toHaveTextContent('The Lighthouse Keepers: S2 · E2 · Fog Signal');
		expect(items[0]).toHaveTextContent('5 minutes ago · TV Shows · Okafor Vault');
		expect(items[1]).toHaveTextContent('Amélie (2001)');
		expect(items[1]).toHaveTextContent('2 days ago · Collection “Paris” · Okafor Vault');
		await user.click(screen.getByRole('button', { name: 'Clear history' }));
		expect(onclear).toHaveBeenCalledOnce();
	});
});
