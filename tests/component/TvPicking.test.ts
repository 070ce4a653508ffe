import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import PickCard from '#lib/ui/PickCard.svelte';
import ShufflePanel from '#lib/ui/ShufflePanel.svelte';
import { item } from '../helpers/items.ts';

const show = item({ ratingKey: '7002', type: 'show', title: 'The Long Gap', leafCount: 10, viewedLeafCount: 8 });
const ep = (season: number, episode: number, viewCount = 0) => item({ ratingKey: `${season}${episode}`, type: 'episode', title: `Episode ${episode}`, season, episode, viewCount });

describe('PickCard for TV', () => {
	it('says "S2 · E5 — next unwatched", "Rewatch" for a watched episode, and Specials by name', async () => {
		const { rerender } = render(PickCard, { item: show, plexUrl: 'https://app.plex.tv/', episode: { status: 'ready', episode: ep(2, 5), rewatch: false, saved: false, next: true } });
		expect(screen.getByText('S2 · E5 — next unwatched')).toBeInTheDocument();
		await rerender({ episode: { status: 'ready', episode: ep(1, 1, 1), rewatch: true, saved: false } });
		expect(screen.getByText('S1 · E1 — Rewatch')).toBeInTheDocument();
		await rerender({ episode: { status: 'ready', episode: ep(0, 2), rewatch: false, saved: false } });
		expect(screen.getByText('Specials · E2 — unwatched')).toBeInTheDocument();
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Specials, Episode 2: Episode 2');
	});

	it('"Next episode" / "Any episode" are radios that show the choice and report a change, by keyboard too', async () => {
		const onepisodemode = vi.fn();
		render(PickCard, { item: show, plexUrl: 'https://app.plex.tv/', episode: { status: 'loading' }, episodeMode: 'any', onepisodemode });
		const next = screen.getByRole('radio', { name: 'Next episode' });
		const any = screen.getByRole('radio', { name: 'Any episode' });
		expect(any).toBeChecked();
		expect(next).not.toBeChecked();
		const user = userEvent.setup();
		any.focus();
		await user.keyboard('{ArrowLeft}');
		expect(onepisodemode).toHaveBeenLastCalledWith('next');
		await user.click(any);
		expect(onepisodemode).toHaveBeenLastCalledWith('any');
	});

	it('a movie has no episode choice', () => {
		render(PickCard, { item: item({ ratingKey: '1', title: 'A Movie' }), plexUrl: 'https://app.plex.tv/', onepisodemode: vi.fn() });
		expect(screen.queryByRole('radio', { name: 'Next episode' })).not.toBeInTheDocument();
	});
});

describe('ShufflePanel', () => {
	const shows = ['Harbour Lights', 'Night Ferry', 'Finished Business', 'Amélie Abroad'].map((title, i) => ({ key: `s:${i}`, title, episodes: 3 + i }));
	const base = { shows, chosen: [] as string[], mode: 'fair' as const, onchoose: vi.fn(), onmode: vi.fn(), onrestart: vi.fn() };

	it('a searchable checklist of shows (case and accents ignored); choosing reports the keys', async () => {
		const onchoose = vi.fn();
		render(ShufflePanel, { ...base, onchoose });
		const user = userEvent.setup();
		await user.type(screen.getByRole('searchbox', { name: 'Find a show' }), 'amelie');
		const list = screen.getByRole('group', { name: 'Shows' });
		expect(within(list).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent?.trim())).toEqual([expect.stringContaining('Amélie Abroad')]);
		await user.click(within(list).getByRole('checkbox', { name: /Amélie Abroad/ }));
		expect(onchoose).toHaveBeenLastCalledWith(['s:3']);
		await user.clear(screen.getByRole('searchbox', { name: 'Find a show' }));
		await user.click(screen.getByRole('button', { name: 'Choose all' }));
		expect(onchoose).toHaveBeenLastCalledWith(['s:0', 's:1', 's:2', 's:3']);
	});

	it('"Fair per show" / "Per episode", progress while loading, and which shows failed and why', async () => {
		const onmode = vi.fn();
		render(ShufflePanel, {
			...base,
			chosen: ['s:0', 's:1'],
			used: 2,
			onmode,
			progress: { done: 1, total: 2 },
			failures: [{ title: 'Night Ferry', message: 'The Plex server did not answer.' }]
		});
		expect(screen.getByRole('radio', { name: /Fair per show/ })).toBeChecked();
		await userEvent.setup().click(screen.getByRole('radio', { name: /Per episode/ }));
		expect(onmode).toHaveBeenCalledWith('episode');
		expect(screen.getByRole('progressbar', { name: 'Loading episodes' })).toHaveAttribute('aria-valuenow', '1');
		expect(screen.getByText('2 shows chosen. 2 episodes picked in this round.')).toBeInTheDocument();
		expect(screen.getByRole('alert')).toHaveTextContent('Night Ferry: The Plex server did not answer.');
		expect(screen.getByRole('alert')).toHaveTextContent('the other shows are still shuffled');
	});
});
