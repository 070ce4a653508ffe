import type { LibraryItem } from '../library/types.ts';
import { applyFilters, decadeOf, FILTER_TABLE, filterNamed, type Facets, type FilterContext, type Filters } from './filters.ts';

/*
 * What the filter panel shows around the filters: the values to offer, which filters are on, and
 * which one to relax when nothing matches. Only the picking screen uses these (it loads lazily).
 */

export type { Facets };

/** The values the filter controls offer, taken from the library itself. */
export function facetsOf(items: readonly LibraryItem[]): Facets {
	const genres = new Set<string>();
	const decades = new Set<number>();
	let min = Infinity;
	let max = -Infinity;
	for (const item of items) {
		for (const g of item.genres) genres.add(g);
		if (item.year !== undefined) {
			decades.add(decadeOf(item.year));
			if (item.year < min) min = item.year;
			if (item.year > max) max = item.year;
		}
	}
	return {
		genres: [...genres].sort((a, b) => a.localeCompare(b)),
		decades: [...decades].sort((a, b) => b - a),
		years: min <= max ? { min, max } : null
	};
}

/** Which active filters there are, in words, so "no matches" can say what to relax. */
export function activeFilterNames(f: Filters): string[] {
	return FILTER_TABLE.filter((s) => s.active(f)).map((s) => s.name);
}

/**
 * Which single filter, if cleared, would give the most matches: what "no matches" suggests to
 * relax first. Returns the filter's name and how many titles would then match.
 */
export function bestToRelax(
	items: readonly LibraryItem[],
	f: Filters,
	ctx: FilterContext
): { name: string; count: number } | undefined {
	let best: { name: string; count: number } | undefined;
	for (const name of activeFilterNames(f)) {
		const count = applyFilters(items, clearFilter(f, name), ctx).length;
		if (count > 0 && (!best || count > best.count)) best = { name, count };
	}
	return best;
}

/** The filters with one of them (by its name in activeFilterNames) cleared. */
export function clearFilter(f: Filters, name: string): Filters {
	const spec = filterNamed(name);
	return spec ? { ...f, ...structuredClone(spec.defaults) } : f;
}
