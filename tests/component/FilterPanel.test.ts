import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import FilterPanel from '#lib/ui/FilterPanel.svelte';
import { NO_FILTERS, type Filters } from '#lib/picker/filters.ts';

const facets = { genres: ['Comedy', 'Drama', 'Horror'], decades: [2010, 2000, 1990] };

function setup(over: Partial<Filters> = {}, props: { matchCount?: number; activeFilters?: string[] } = {}) {
	const filters: Filters = { ...structuredClone(NO_FILTERS), ...over };
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
		expect(filters).toEqual({ genres: ['Drama'], decade: 1990, maxRuntime: 120, contentRating: 'PG-13', unwatchedOnly: true });
		await user.selectOptions(screen.getByRole('combobox', { name: 'Genre' }), 'Any genre');
		expect(filters.genres).toEqual([]);
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
