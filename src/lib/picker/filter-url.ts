import { FILTER_TABLE, NO_FILTERS, sanitizeFilters, type Filters } from './filters.ts';

/**
 * Filters as URL query parameters, so a set of filters can be bookmarked or shared:
 *   ?genre=Comedy&genre=Drama&genres=all&decade=1990&from=1985&to=1999&unwatched=1
 *    &runtime=120&rating=PG-13&min=7&added=30&q=keanu
 * Each filter's entry in FILTER_TABLE names its parameters and writes and reads them. Only filters
 * that are set appear. Parameters this app does not know are ignored, values that make no sense
 * are dropped (sanitizeFilters), so a hand-edited link can never break the page.
 */
export function filtersToParams(f: Filters): URLSearchParams {
	const p = new URLSearchParams();
	for (const spec of URL_ORDER) spec.toParams(f, p);
	return p;
}

const URL_ORDER = [...FILTER_TABLE.filter((s) => !s.paramsLast), ...FILTER_TABLE.filter((s) => s.paramsLast)];
const KNOWN = FILTER_TABLE.flatMap((s) => s.params);

/** True when the URL carries any filter (then it wins over the filters saved on this device). */
export function hasFilterParams(p: Pick<URLSearchParams, 'has'>): boolean {
	return KNOWN.some((k) => p.has(k));
}

export function paramsToFilters(p: Pick<URLSearchParams, 'get' | 'getAll'>): Filters {
	return sanitizeFilters(Object.assign({ ...NO_FILTERS }, ...FILTER_TABLE.map((s) => s.fromParams(p))));
}

/** The page URL with these filters in place of any the URL had (other parameters kept). */
export function urlWithFilters(url: URL, f: Filters): URL {
	const next = new URL(url);
	for (const k of KNOWN) next.searchParams.delete(k);
	for (const [k, v] of filtersToParams(f)) next.searchParams.append(k, v);
	return next;
}
