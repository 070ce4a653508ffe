import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
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
		expect(card).toHaveTextContent('1 hr, 46 min');
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

	it('offers "Not tonight", "Never suggest", Share and "Mark as watched", and says when marking waits for a connection', async () => {
		const user = userEvent.setup();
		const handlers = { onnottonight: vi.fn(), onnever: vi.fn(), onshare: vi.fn(), onwatched: vi.fn() };
		const { rerender } = render(PickCard, { item: movie, plexUrl: 'https://app.plex.tv/', source: 'Movies · Okafor Vault', ...handlers });
		const card = screen.getByRole('article', { name: 'Your pick' });
		expect(card).toHaveTextContent('Movies · Okafor Vault');
		await user.click(within(card).getByRole('button', { name: 'Not tonight' }));
		await user.click(within(card).getByRole('button', { name: 'Never suggest' }));
		await user.click(within(card).getByRole('button', { name: 'Share' }));
		await user.click(within(card).getByRole('button', { name: 'Mark as watched' }));
		for (const fn of Object.values(handlers)) expect(fn).toHaveBeenCalledOnce();
		await rerender({ watched: 'queued' });
		expect(screen.getByRole('status')).toHaveTextContent('it will be marked as watched in Plex when you are connected again');
		await rerender({ watched: 'sent' });
		expect(within(card).getByRole('button', { name: 'Marked as watched' })).toBeDisabled();
	});

	it('for a show: says an episode is being chosen, then shows it (season, number, title), or why there is none', async () => {
		const show = item({ ratingKey: '2001', type: 'show', title: 'The Lighthouse Keepers', leafCount: 12, viewedLeafCount: 9, summary: 'Two sisters keep a light.' });
		const episode = item({ ratingKey: '5202', type: 'episode', title: 'Fog Signal', season: 2, episode: 2, runtimeMin: 44, summary: 'The horn fails.' });
		const onotherepisode = vi.fn();
		const { rerender } = render(PickCard, { item: show, plexUrl: 'https://app.plex.tv/', episode: { status: 'loading' }, onotherepisode, onwatched: vi.fn() });
		expect(screen.getByText('Choosing an episode…')).toBeInTheDocument();
		// nothing to mark before the episode is known
		expect(screen.queryByRole('button', { name: 'Mark as watched' })).not.toBeInTheDocument();
		await rerender({ episode: { status: 'ready', episode, rewatch: false, saved: true } });
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('The Lighthouse Keepers');
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Season 2, Episode 2: Fog Signal');
		expect(screen.getByText('The horn fails.')).toBeInTheDocument();
		expect(screen.getByText('From this device')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Mark as watched' })).toBeInTheDocument();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Another episode' }));
		expect(onotherepisode).toHaveBeenCalledOnce();
		await rerender({ episode: { status: 'ready', episode, rewatch: true, saved: false } });
		expect(screen.getByText('Every episode is watched: a rewatch')).toBeInTheDocument();
		await rerender({ episode: { status: 'error', message: 'The episodes of The Lighthouse Keepers have not been saved on this device yet.' } });
		expect(screen.getByText(/have not been saved on this device yet/)).toBeInTheDocument();
	});

	it('the reveal animation stops at the first key press or touch', async () => {
		render(PickCard, { item: movie, plexUrl: 'https://app.plex.tv/' });
		const card = screen.getByRole('article', { name: 'Your pick' });
		expect(card).not.toHaveClass('skip');
		await userEvent.setup().keyboard('{Escape}');
		expect(card).toHaveClass('skip');
	});
});

describe('PickCard: "Finish by"', () => {
	it('shows when the pick ends, from the filter table\'s card line', async () => {
		const { cardNotes, NO_FILTERS } = await import('#lib/picker/filters.ts');
		const now = new Date(2026, 10, 25, 21, 1).getTime();
		render(PickCard, { item: movie, plexUrl: 'https://app.plex.tv/', notes: cardNotes({ item: movie }, { ...NO_FILTERS, finishBy: '23:30' }, { now }) });
		expect(within(screen.getByRole('article', { name: 'Your pick' })).getByText('Ends at 22:47')).toBeInTheDocument();
	});
});
