import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '#lib/i18n/i18n.ts';
import english from '#lib/i18n/messages/en/index.ts';
import german from '#lib/i18n/messages/de/index.ts';
import FilterPanel from '#lib/ui/FilterPanel.svelte';
import { NO_FILTERS, type Filters } from '#lib/picker/filters.ts';
import { reactive } from '../helpers/reactive.svelte.ts';

const facets = { genres: ['Comedy', 'Drama', 'Horror'], decades: [2010, 2000, 1990], years: { min: 1990, max: 2019 } };

function setup(over: Partial<Filters> = {}, props: { matchCount?: number; activeFilters?: string[] } = {}) {
	const filters: Filters = reactive({ ...structuredClone(NO_FILTERS), ...over });
	const onreset = vi.fn();
	render(FilterPanel, {
		filters,
		facets,
		matchCount: props.matchCount ?? 120,
		total: 320,
		noun: 'movie',
		activeFilters: props.activeFilters ?? [],
		onreset
	});
	return { filters, onreset };
}

afterEach(() => i18n.use('en', english));

describe('FilterPanel', () => {
	it('has the labelled controls of the UI contract', () => {
		setup();
		for (const name of ['Genre', 'Decade', 'Max runtime', 'Content rating']) {
			expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
		}
		expect(screen.getByRole('checkbox', { name: 'Unwatched only' })).toBeInTheDocument();
		expect(screen.getByText('All 320 movies.')).toBeInTheDocument();
	});

	it('offers the genres and decades of the library', () => {
		setup();
		expect(screen.getByRole('option', { name: 'Horror' })).toBeInTheDocument();
		expect(screen.getByRole('option', { name: '1990s' })).toBeInTheDocument();
	});

	it('changes the filters as the person chooses', async () => {
		const user = userEvent.setup();
		const { filters } = setup();
		await user.selectOptions(screen.getByRole('combobox', { name: 'Genre' }), 'Drama');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Decade' }), '1990s');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Max runtime' }), '120 min or less');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Content rating' }), 'Up to PG-13 / TV-14');
		await user.click(screen.getByRole('checkbox', { name: 'Unwatched only' }));
		expect(filters).toEqual({ ...NO_FILTERS, genres: ['Drama'], decade: 1990, maxRuntime: 120, contentRating: 'PG-13', unwatchedOnly: true });
		await user.selectOptions(screen.getByRole('combobox', { name: 'Genre' }), 'Any genre');
		expect(filters.genres).toEqual([]);
	});

	it('takes more than one genre, matched by any or all of them', async () => {
		const user = userEvent.setup();
		const { filters } = setup();
		expect(screen.queryByRole('combobox', { name: 'Add another' })).not.toBeInTheDocument();
		await user.selectOptions(screen.getByRole('combobox', { name: 'Genre' }), 'Drama');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Add another' }), 'Horror');
		expect(filters.genres).toEqual(['Drama', 'Horror']);
		expect(filters.genreMode).toBe('any');
		await user.click(screen.getByRole('radio', { name: 'all of them' }));
		expect(filters.genreMode).toBe('all');
		await user.click(screen.getByRole('button', { name: 'Remove Horror' }));
		expect(filters.genres).toEqual(['Drama']);
		expect(screen.queryByRole('radio', { name: 'all of them' })).not.toBeInTheDocument();
	});

	it('has a year range, a minimum rating, "recently added" and a search within the library', async () => {
		const user = userEvent.setup();
		const { filters } = setup();
		await user.click(screen.getByText('More filters'));
		await user.type(screen.getByRole('spinbutton', { name: 'From year' }), '1995');
		await user.type(screen.getByRole('spinbutton', { name: 'To year' }), '2004');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Min rating' }), '7+ out of 10');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Recently added' }), 'In the last month');
		await user.type(screen.getByRole('searchbox', { name: 'Search within' }), 'keanu');
		expect(filters).toMatchObject({ yearFrom: 1995, yearTo: 2004, minRating: 7, addedWithinDays: 30, search: 'keanu' });
		await user.clear(screen.getByRole('spinbutton', { name: 'To year' }));
		expect(filters.yearTo).toBeNull();
	});

	it('with no match, offers to clear the filter that helps most', async () => {
		const user = userEvent.setup();
		const onrelax = vi.fn();
		render(FilterPanel, {
			filters: { ...structuredClone(NO_FILTERS), genres: ['Horror'], unwatchedOnly: true },
			facets,
			matchCount: 0,
			total: 320,
			noun: 'movie',
			activeFilters: ['Genre', 'Unwatched only'],
			relax: { name: 'Unwatched only', count: 12 },
			onreset: vi.fn(),
			onrelax
		});
		expect(screen.getByText(/No movies match\. Try relaxing Genre or Unwatched only\. Without Unwatched only, 12 would\./)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Clear Unwatched only' }));
		expect(onrelax).toHaveBeenCalledWith('Unwatched only');
	});

	it('speaks German: the labels, the "no match" advice as one sentence, and the filter it clears', async () => {
		const user = userEvent.setup();
		const onrelax = vi.fn();
		i18n.use('de', german, 'de-DE');
		render(FilterPanel, {
			filters: { ...structuredClone(NO_FILTERS), genres: ['Horror'], decade: 1990, unwatchedOnly: true },
			facets,
			matchCount: 0,
			total: 320,
			noun: 'show',
			activeFilters: ['Genre', 'Decade', 'Unwatched only'],
			relax: { name: 'Unwatched only', count: 1200 },
			onreset: vi.fn(),
			onrelax
		});
		expect(screen.getByRole('combobox', { name: 'Jahrzehnt' })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: 'Nur ungesehene' })).toBeInTheDocument();
		expect(screen.getByText(/Keine Serien passen\. Versuch es ohne Genre, Jahrzehnt oder Nur ungesehene\. Ohne Nur ungesehene: 1\.200 Treffer\./)).toBeInTheDocument();
		// the filter is cleared by its id, whatever the language
		await user.click(screen.getByRole('button', { name: 'Nur ungesehene zurücksetzen' }));
		expect(onrelax).toHaveBeenCalledWith('Unwatched only');
	});

	it('offers to share the filters once some are set', async () => {
		const user = userEvent.setup();
		const onshare = vi.fn();
		render(FilterPanel, { filters: { ...structuredClone(NO_FILTERS), unwatchedOnly: true }, facets, matchCount: 3, total: 9, noun: 'movie', activeFilters: ['Unwatched only'], onreset: vi.fn(), onshare });
		await user.click(screen.getByRole('button', { name: 'Share these filters' }));
		expect(onshare).toHaveBeenCalledOnce();
	});

	it('says how many match and lets the person clear the filters', async () => {
		const user = userEvent.setup();
		const { onreset } = setup({ genres: ['Drama'] }, { matchCount: 42, activeFilters: ['Genre'] });
		expect(screen.getByText(/42 of 320 movies match/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Clear filters' }));
		expect(onreset).toHaveBeenCalledOnce();
	});

	it('with no match, names the filters to relax', () => {
		setup({ genres: ['Horror'], decade: 1990 }, { matchCount: 0, activeFilters: ['Genre', 'Decade'] });
		expect(screen.getByText(/No movies match\. Try relaxing Genre or Decade\./)).toBeInTheDocument();
	});
});

describe('FilterPanel: "Finish by"', () => {
	it('is a time field under "More filters", and setting it sets the filter', async () => {
		const user = userEvent.setup();
		const { filters } = setup();
		const field = screen.getByLabelText('Finish by');
		expect(field).toHaveAttribute('type', 'time');
		await user.type(field, '23:30');
		expect(filters.finishBy).toBe('23:30');
	});

	it('opens "More filters" when it is set', () => {
		setup({ finishBy: '23:30' });
		expect(screen.getByText('More filters (on)')).toBeInTheDocument();
		expect(screen.getByLabelText('Finish by')).toHaveValue('23:30');
	});
});
