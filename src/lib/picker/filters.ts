import { isWatched, type LibraryItem } from '../library/types.ts';
import { withinCeiling } from './content-rating.ts';

/** What the person asked for. `null` / empty means "any". Plain data: it persists and shares. */
export interface Filters {
	/** Items must have at least one of these genres. */
	genres: string[];
	/** First year of a decade, e.g. 1990. */
	decade: number | null;
	unwatchedOnly: boolean;
	/** Minutes. Items without a runtime are kept out when set. */
	maxRuntime: number | null;
	/** Content rating ceiling, e.g. "PG-13". */
	contentRating: string | null;
}

export const NO_FILTERS: Filters = Object.freeze({
	genres: [],
	decade: null,
	unwatchedOnly: false,
	maxRuntime: null,
	contentRating: null
}) as Filters;

export function decadeOf(year: number): number {
	return Math.floor(year / 10) * 10;
}

export function matchesFilters(item: LibraryItem, f: Filters): boolean {
	if (f.genres.length > 0 && !item.genres.some((g) => f.genres.includes(g))) return false;
	if (f.decade !== null && (item.year === undefined || decadeOf(item.year) !== f.decade)) return false;
	if (f.unwatchedOnly && isWatched(item)) return false;
	if (f.maxRuntime !== null && (item.runtimeMin === undefined || item.runtimeMin > f.maxRuntime)) return false;
	if (f.contentRating !== null && !withinCeiling(item.contentRating, f.contentRating)) return false;
	return true;
}

export function applyFilters(items: readonly LibraryItem[], f: Filters): LibraryItem[] {
	return items.filter((item) => matchesFilters(item, f));
}

export interface Facets {
	genres: string[];
	decades: number[];
}

/** The values the filter controls offer, taken from the library itself. */
export function facetsOf(items: readonly LibraryItem[]): Facets {
	const genres = new Set<string>();
	const decades = new Set<number>();
	for (const item of items) {
		for (const g of item.genres) genres.add(g);
		if (item.year !== undefined) decades.add(decadeOf(item.year));
	}
	return {
		genres: [...genres].sort((a, b) => a.localeCompare(b)),
		decades: [...decades].sort((a, b) => b - a)
	};
}

/** Which active filters there are, in words, so "no matches" can say what to relax. */
export function activeFilterNames(f: Filters): string[] {
	const names: string[] = [];
	if (f.genres.length > 0) names.push('Genre');
	if (f.decade !== null) names.push('Decade');
	if (f.unwatchedOnly) names.push('Unwatched only');
	if (f.maxRuntime !== null) names.push('Max runtime');
	if (f.contentRating !== null) names.push('Content rating');
	return names;
}
