import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AppHeader from '#lib/ui/AppHeader.svelte';
import Welcome from '#lib/ui/Welcome.svelte';
import LibraryBar from '#lib/ui/LibraryBar.svelte';
import ErrorNotice from '#lib/ui/ErrorNotice.svelte';

describe('AppHeader', () => {
	it('says "Offline" only when offline', async () => {
		const { rerender } = render(AppHeader, { online: true, updateAvailable: false, onupdate: () => {} });
		expect(screen.queryByText('Offline')).toBeNull();
		expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
		await rerender({ online: false, updateAvailable: false, onupdate: () => {} });
		expect(screen.getByText('Offline')).toBeInTheDocument();
	});

	it('offers "Update" only when a new version waits, and applies it on request', async () => {
		const onupdate = vi.fn();
		render(AppHeader, { online: true, updateAvailable: true, onupdate });
		await userEvent.setup().click(screen.getByRole('button', { name: 'Update' }));
		expect(onupdate).toHaveBeenCalledOnce();
	});
});

describe('Welcome', () => {
	it('offers the demo library and disables it while loading', async () => {
		const ondemo = vi.fn();
		const { rerender } = render(Welcome, { busy: false, ondemo });
		await userEvent.setup().click(screen.getByRole('button', { name: 'Try the demo library' }));
		expect(ondemo).toHaveBeenCalledOnce();
		await rerender({ busy: true, ondemo });
		expect(screen.getByRole('button', { name: 'Try the demo library' })).toBeDisabled();
	});
});

describe('LibraryBar', () => {
	it('shows the library, its size and when it was last synced', () => {
		render(LibraryBar, {
			meta: { id: 'demo:movies', serverId: 'demo', sectionKey: 'movies', source: 'demo', serverName: 'Demo', title: 'Demo Movies', type: 'movie', itemCount: 320, syncedAt: 0 },
			now: 5 * 60_000
		});
		expect(screen.getByText(/Demo Movies/)).toBeInTheDocument();
		expect(screen.getByText(/320 movies/)).toBeInTheDocument();
		expect(screen.getByText('Last synced 5 minutes ago')).toBeInTheDocument();
	});
});

describe('ErrorNotice', () => {
	it('is announced as an alert and can be dismissed', async () => {
		const ondismiss = vi.fn();
		render(ErrorNotice, { message: 'Your browser ran out of storage space.', ondismiss });
		expect(screen.getByRole('alert')).toHaveTextContent('ran out of storage');
		await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(ondismiss).toHaveBeenCalledOnce();
	});
});
