import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PickCard from '#lib/ui/PickCard.svelte';
import { item } from '../helpers/items.ts';

const movie = item({
	ratingKey: '42',
	title: 'The Velvet Harbor',
	year: 1994,
	runtimeMin: 106,
	contentRating: 'PG-13',
	audienceRating: 7.25,
	genres: ['Drama', 'Mystery'],
	directors: ['Ada Okafor'],
	cast: ['Kenji Park', 'Lena Novak', 'Omar Reyes', 'Ines Sato'],
	summary: 'Two strangers share a secret.',
	thumb: 'demo:10,200,1'
});

describe('PickCard', () => {
	it('is an article named "Your pick" with the title as its heading and the facts people decide on', () => {
		render(PickCard, { item: movie, plexUrl: 'https://app.plex.tv/desktop/#!/search?query=x' });
		const card = screen.getByRole('article', { name: 'Your pick' });
		expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('The Velvet Harbor');
		expect(card).toHaveTextContent('1994');
		expect(card).toHaveTextContent('1 h 46 min');
		expect(card).toHaveTextContent('PG-13');
		expect(card).toHaveTextContent('7.3');
		expect(card).toHaveTextContent('Drama');
		expect(card).toHaveTextContent('Ada Okafor');
		expect(card).toHaveTextContent('Kenji Park, Lena Novak, Omar Reyes');
		expect(card).not.toHaveTextContent('Ines Sato');
		expect(within(card).getByRole('img', { name: 'Poster: The Velvet Harbor' })).toBeInTheDocument();
	});

	it('links to Plex in a new tab without leaking the page through Referer', () => {
		render(PickCard, { item: movie, plexUrl: 'https://app.plex.tv/desktop/#!/server/abc/details?key=%2Flibrary%2Fmetadata%2F42', plexNote: 'Demo title' });
		const link = screen.getByRole('link', { name: 'Open in Plex' });
		expect(link).toHaveAttribute('href', 'https://app.plex.tv/desktop/#!/server/abc/details?key=%2Flibrary%2Fmetadata%2F42');
		expect(link).toHaveAttribute('target', '_blank');
		expect(link.getAttribute('rel')).toContain('noreferrer');
		expect(screen.getByText('Demo title')).toBeInTheDocument();
	});

	it('renders text from Plex as text, never as HTML', () => {
		const hostile = item({ ratingKey: '1', title: '<img src=x onerror=alert(1)>Evil', summary: '<script>alert(2)</script>' });
		const { container } = render(PickCard, { item: hostile, plexUrl: 'https://app.plex.tv/' });
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>Evil');
		expect(container.querySelector('script')).toBeNull();
		expect(container.querySelector('img[src="x"]')).toBeNull();
	});

	it('leaves out facts the library does not have', () => {
		render(PickCard, { item: item({ ratingKey: '2', title: 'Bare' }), plexUrl: 'https://app.plex.tv/' });
		const card = screen.getByRole('article', { name: 'Your pick' });
		expect(card).not.toHaveTextContent('Director');
		expect(card).not.toHaveTextContent('★');
		expect(within(card).getByRole('img', { name: 'No poster for Bare' })).toBeInTheDocument();
	});
});
