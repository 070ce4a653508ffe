import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import LibraryBrowser from '#lib/ui/LibraryBrowser.svelte';
import { item } from '../helpers/items.ts';
import { i18n } from '#lib/i18n/i18n.ts';
import { loadMessages } from '#lib/i18n/load.ts';

const many = Array.from({ length: 20_000 }, (_, i) => item({ ratingKey: String(i), title: `Movie ${String(i).padStart(5, '0')}`, year: 1990 + (i % 30), runtimeMin: 90 }));

describe('LibraryBrowser', () => {
	it('renders only a window of a 20,000 title library', () => {
		render(LibraryBrowser, { items: many, title: 'Movies' });
		const list = screen.getByRole('list', { name: 'Titles in Movies' });
		const rows = within(list).getAllByRole('listitem');
		expect(rows.length).toBeGreaterThan(10);
		expect(rows.length).toBeLessThan(100);
		expect(rows[0]).toHaveAttribute('aria-setsize', '20000');
		expect(screen.getByText('20,000 titles')).toBeInTheDocument();
	});

	it('searching narrows the list and says how many match', async () => {
		render(LibraryBrowser, { items: many, title: 'Movies' });
		await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Search titles' }), 'MOVIE 1234');
		// "Movie 01234", "Movie 11234" and "Movie 12340" … "Movie 12349"
		expect(screen.getByText('12 of 20,000 titles')).toBeInTheDocument();
		const rows = within(screen.getByRole('list', { name: 'Titles in Movies' })).getAllByRole('listitem');
		expect(rows).toHaveLength(12);
		expect(rows[0]).toHaveTextContent('Movie 01234');
		expect(rows[11]).toHaveTextContent('Movie 12349');
	});

	it('says when nothing matches', async () => {
		render(LibraryBrowser, { items: many.slice(0, 10), title: 'Movies' });
		await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Search titles' }), 'zebra');
		expect(screen.getByText('No titles match “zebra”.')).toBeInTheDocument();
	});

	it('shows titles from Plex as text, and marks watched ones', () => {
		const { container } = render(LibraryBrowser, { items: [item({ ratingKey: '1', title: '<b>Bold</b> move', viewCount: 1 })], title: 'Movies' });
		expect(screen.getByText('<b>Bold</b> move')).toBeInTheDocument();
		expect(container.querySelector('b')).toBeNull();
		expect(screen.getByText(/Watched/)).toBeInTheDocument();
	});

	it('lists titles in the order of the app’s language, and again after a switch (Swedish å, ä, ö after z)', async () => {
		const english = await loadMessages('en');
		const titles = ['Östermalm', 'Zorro', 'Ängelby', 'Amélie', 'Åsa', 'Ozon'];
		render(LibraryBrowser, { items: titles.map((title, i) => item({ ratingKey: String(i), title })), title: 'Filmer' });
		const rows = () => within(screen.getByRole('list', { name: /Filmer/ })).getAllByRole('listitem').map((li) => titles.find((t) => li.textContent?.includes(t)));
		expect(rows()).toEqual(['Amélie', 'Ängelby', 'Åsa', 'Östermalm', 'Ozon', 'Zorro']);
		try {
			i18n.use('sv', await loadMessages('sv'), 'sv-SE');
			await tick();
			expect(rows()).toEqual(['Amélie', 'Ozon', 'Zorro', 'Åsa', 'Ängelby', 'Östermalm']);
		} finally {
			i18n.use('en', english);
		}
	});
});
