/**
 * Content ratings as Plex libraries carry them (US film and TV systems, plus the old
 * Hays-era labels), ranked so that a filter can say "up to PG-13".
 * Unknown labels ("Not Rated", "Unrated", other countries' systems) have no rank: a ceiling
 * excludes them, because nobody can promise what they contain.
 */
const RANK: Record<string, number> = {
	G: 0,
	'TV-Y': 0,
	'TV-G': 0,
	Approved: 1,
	Passed: 1,
	'TV-Y7': 1,
	PG: 1,
	'TV-PG': 1,
	'PG-13': 2,
	'TV-14': 2,
	R: 3,
	'TV-MA': 3,
	'NC-17': 4
};

/** The ceilings offered in the "Content rating" filter, from strictest to loosest. */
export const RATING_CEILINGS = [
	{ value: 'G', label: 'Up to G / TV-G' },
	{ value: 'PG', label: 'Up to PG / TV-PG' },
	{ value: 'PG-13', label: 'Up to PG-13 / TV-14' },
	{ value: 'R', label: 'Up to R / TV-MA' }
] as const;

export function ratingRank(label: string | undefined): number | undefined {
	if (!label) return undefined;
	// Plex agents sometimes prefix the country, e.g. "us/PG-13".
	const bare = label.includes('/') ? label.slice(label.lastIndexOf('/') + 1) : label;
	return RANK[bare.trim()];
}

export function withinCeiling(label: string | undefined, ceiling: string): boolean {
	const rank = ratingRank(label);
	const limit = ratingRank(ceiling);
	return rank !== undefined && limit !== undefined && rank <= limit;
}
