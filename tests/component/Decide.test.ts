import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import DecideSetup from '#lib/ui/DecideSetup.svelte';
import DecideTurn from '#lib/ui/DecideTurn.svelte';
import DecideHandover from '#lib/ui/DecideHandover.svelte';
import SharedShortlist from '#lib/ui/SharedShortlist.svelte';
import type { Entry, Mark } from '#lib/decide/round.ts';
import type { LibraryMeta } from '#lib/library/types.ts';
import { item } from '../helpers/items.ts';

const entry = (key: string, over: Partial<Entry['item']> = {}): Entry => ({
	libraryId: 'demo:movies',
	serverId: 'demo',
	source: 'demo',
	item: item({ ratingKey: key, title: `Film ${key}`, ...over })
});

describe('Decide together: setup', () => {
	it('asks how many people (2–8), their names (blank: "Person n") and the shortlist size (default 5)', async () => {
		const user = userEvent.setup();
		const onstart = vi.fn();
		render(DecideSetup, { available: 40, noun: 'movie', onstart, oncancel: vi.fn() });
		const count = screen.getByRole('spinbutton', { name: 'How many people' });
		expect(count).toHaveAttribute('min', '2');
		expect(count).toHaveAttribute('max', '8');
		await user.clear(count);
		await user.type(count, '3');
		expect(screen.getAllByRole('textbox', { name: /Name of person/ })).toHaveLength(3);
		await user.type(screen.getByRole('textbox', { name: 'Name of person 2' }), 'Sam');
		expect(screen.getByRole('combobox', { name: 'Shortlist size' })).toHaveValue('5');
		await user.click(screen.getByRole('button', { name: 'Start' }));
		expect(onstart).toHaveBeenCalledWith(['Person 1', 'Sam', 'Person 3'], 5);
		// out-of-range counts are held to 2–8
		await user.clear(count);
		await user.type(count, '12');
		expect(screen.getAllByRole('textbox', { name: /Name of person/ })).toHaveLength(8);
	});

	it('cannot start with nothing to draw from, and says so', () => {
		render(DecideSetup, { available: 0, noun: 'movie', onstart: vi.fn(), oncancel: vi.fn() });
		expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled();
		expect(screen.getByText('No movies match the filters.')).toBeInTheDocument();
	});
});

describe('Decide together: a turn', () => {
	it('shows each title with its facts, the summary on demand, and "Keep <title>" / "Veto <title>" toggles', async () => {
		const user = userEvent.setup();
		const onmark = vi.fn();
		const onnext = vi.fn();
		const entries = [entry('1', { year: 1994, runtimeMin: 106, audienceRating: 7.2, genres: ['Drama'], summary: 'A secret.' }), entry('2')];
		const marks: (Mark | null)[] = ['keep', null];
		render(DecideTurn, { name: 'Sam', entries, marks, last: false, onmark, onnext });
		expect(screen.getByRole('heading', { name: "Sam's turn" })).toBeInTheDocument();
		const first = within(screen.getByRole('list', { name: 'Shortlist' })).getAllByRole('listitem')[0] as HTMLElement;
		expect(first).toHaveTextContent('1994');
		expect(first).toHaveTextContent('1 hr, 46 min');
		expect(first).toHaveTextContent('7.2');
		expect(first).toHaveTextContent('Drama');
		expect(screen.getByText('A secret.')).not.toBeVisible();
		await user.click(within(first).getByText('Summary'));
		expect(screen.getByText('A secret.')).toBeVisible();

		expect(screen.getByRole('button', { name: 'Keep Film 1' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: 'Veto Film 1' })).toHaveAttribute('aria-pressed', 'false');
		expect(screen.getByRole('button', { name: 'Keep Film 2' })).toHaveAttribute('aria-pressed', 'false');
		await user.click(screen.getByRole('button', { name: 'Veto Film 2' }));
		expect(onmark).toHaveBeenCalledWith(1, 'veto');
		expect(screen.getByText(/1 of 2 marked/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Next person' }));
		expect(onnext).toHaveBeenCalled();
	});

	it('the hand-over says whom to pass the phone to and shows no marks', async () => {
		const user = userEvent.setup();
		const ontakeover = vi.fn();
		render(DecideHandover, { name: 'Ana', previous: 'Sam', ontakeover });
		expect(screen.getByRole('heading', { name: 'Pass the phone to Ana' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /^(Keep|Veto)/ })).toBeNull();
		await user.click(screen.getByRole('button', { name: "I'm Ana: show the titles" }));
		expect(ontakeover).toHaveBeenCalled();
	});
});

describe('Decide together: a shared shortlist', () => {
	const meta: LibraryMeta = { serverId: 'abc', sectionKey: '1', id: 'abc:1', source: 'plex', serverName: 'Okafor Vault', title: 'Movies', type: 'movie', itemCount: 3, syncedAt: 0 };
	const handlers = { onopen: vi.fn(), ondecide: vi.fn(), onclose: vi.fn() };

	it('lists this device\'s copy of the titles and explains the ones it does not have', () => {
		render(SharedShortlist, { view: { status: 'found', entries: [entry('1'), entry('2')], unknown: ['9', '8'], meta }, signedIn: true, ...handlers });
		expect(within(screen.getByRole('list', { name: 'Shortlist' })).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Film 1', 'Film 2']);
		expect(screen.getByText(/2 shared titles are not in this device's copy of Movies/)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Decide together with these' })).toBeInTheDocument();
	});

	it('offers the saved library of that server, or to choose that server when it is not synced here', async () => {
		const user = userEvent.setup();
		const { unmount } = render(SharedShortlist, { view: { status: 'elsewhere', libraries: [meta] }, signedIn: true, ...handlers });
		await user.click(screen.getByRole('button', { name: 'Open Movies · Okafor Vault' }));
		expect(handlers.onopen).toHaveBeenCalledWith('abc:1');
		unmount();
		const onchooseserver = vi.fn();
		render(SharedShortlist, { view: { status: 'not-synced' }, serverName: 'Okafor Vault', signedIn: true, onchooseserver, ...handlers });
		expect(screen.getByText(/comes from “Okafor Vault”, which is not synced on this device/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Choose Okafor Vault' }));
		expect(onchooseserver).toHaveBeenCalled();
	});
});
