import { NO_FILTERS, sanitizeFilters, type Filters } from './filters.ts';

/**
 * Filters as URL query parameters, so a set of filters can be bookmarked or shared:
 *   ?genre=Comedy&genre=Drama&genres=all&decade=1990&from=1985&to=1999&unwatched=1
 *    &runtime=120&rating=PG-13&min=7&added=30&q=keanu
 * Only filters that are set appear. Parameters this app does not know are ignored, values that
 * make no sense are dropped (sanitizeFilters), so a hand-edited link can never break the page.
 */
export function filtersToParams(f: Filters): URLSearchParams {
	const p = new URLSearchParams();
	for (const g of f.genres) p.append('genre', g);
	if (f.genres.length > 1 && f.genreMode === 'all') p.set('genres', 'all');
	if (f.decade !== null) p.set('decade', String(f.decade));
	if (f.yearFrom !== null) p.set('from', String(f.yearFrom));
	if (f.yearTo !== null) p.set('to', String(f.yearTo));
	if (f.unwatchedOnly) p.set('unwatched', '1');
	if (f.maxRuntime !== null) p.set('runtime', String(f.maxRuntime));
	if (f.contentRating !== null) p.set('rating', f.contentRating);
	if (f.minRating !== null) p.set('min', String(f.minRating));
	if (f.addedWithinDays !== null) p.set('added', String(f.addedWithinDays));
	if (f.search.trim() !== '') p.set('q', f.search.trim());
	return p;
}

const KNOWN = ['genre', 'genres', 'decade', 'from', 'to', 'unwatched', 'runtime', 'rating', 'min', 'added', 'q'];

/** True when the URL carries any filter (then it wins over the filters saved on this device). */
export function hasFilterParams(p: Pick<URLSearchParams, 'has'>): boolean {
	return KNOWN.some((k) => p.has(k));
}

export function paramsToFilters(p: Pick<URLSearchParams, 'get' | 'getAll'>): Filters {
	const n = (k: string) => {
		const v = p.get(k);
		return v === null || v.trim() === '' ? undefined : Number(v);
	};
	return sanitizeFilters({
		...NO_FILTERS,
		genres: p.getAll('genre'),
		genreMode: p.get('genres') === 'all' ? 'all' : 'any',
		decade: n('decade'),
		yearFrom: n('from'),
		yearTo: n('to'),
		unwatchedOnly: p.get('unwatched') === '1',
		maxRuntime: n('runtime'),
		contentRating: p.get('rating'),
		minRating: n('min'),
		addedWithinDays: n('added'),
		search: p.get('q') ?? ''
	});
}

/** The page URL with these filters in place of any the URL had (other parameters kept). */
export function urlWithFilters(url: URL, f: Filters): URL {
	const next = new URL(url);
	for (const k of KNOWN) next.searchParams.delete(k);
	for (const [k, v] of filtersToParams(f)) next.searchParams.append(k, v);
	return next;
}
