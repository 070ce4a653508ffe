/**
 * Content ratings as Plex libraries carry them, ranked on one scale so that a filter can say
 * "up to PG-13": 0 all ages, 1 parental guidance, 2 young teens (12–14), 3 older teens and
 * adults (15–18), 4 adults only. US film and TV ratings (and the old Hays-era labels) come bare;
 * Plex's agents write other countries' ratings with a country prefix: most carry an age, which
 * gives the rank ("de/16", "gb/12A", "au/MA15+", "br/14"); the few that do not (U, AL, M…) and
 * the adults-only ones are listed. Labels with no known meaning ("Not Rated", "Unrated") have no
 * rank: a ceiling excludes them, because nobody can promise what they contain.
 */
const US: Record<string, number> = {
	G: 0,
	'TV-Y': 0,
	'TV-G': 0,
	Approved: 1,
	Passed: 1,
	'TV-Y7': 1,
	'TV-Y7-FV': 1,
	PG: 1,
	'TV-PG': 1,
	'PG-13': 2,
	'TV-14': 2,
	R: 3,
	'TV-MA': 3,
	'NC-17': 4,
	X: 4
};

/** Other countries' letter ratings that name no age (the rest carry one: "12A", "MA15+", "FSK 16"). */
const LETTERS: Record<string, number> = { U: 0, Uc: 0, AL: 0, TP: 0, C: 0, M: 2 };
/** Adults-only ratings (an age in them would only say 18). */
const ADULT = new Set(['gb/R18', 'au/X18+', 'ca/A']);

/** The first age in a label as a rank: under 6 → 0, 6–11 → 1, 12–14 → 2, 15–18 → 3, above → 4. */
function ageRank(label: string): number | undefined {
	const match = /\d+/.exec(label);
	if (!match) return undefined;
	const age = Number(match[0]);
	return age < 6 ? 0 : age < 12 ? 1 : age < 15 ? 2 : age <= 18 ? 3 : 4;
}

/**
 * The ceilings offered in the "Content rating" filter, from strictest to loosest. The labels are
 * Plex's own rating names (the filter panel words them "Up to …" in the app's language).
 */
export const RATING_CEILINGS = [
	{ value: 'G', label: 'G / TV-G' },
	{ value: 'PG', label: 'PG / TV-PG' },
	{ value: 'PG-13', label: 'PG-13 / TV-14' },
	{ value: 'R', label: 'R / TV-MA' }
] as const;

export function ratingRank(label: string | undefined): number | undefined {
	const text = label?.trim();
	if (!text) return undefined;
	const slash = text.indexOf('/');
	if (slash < 0) return US[text] ?? ageRank(text);
	const bare = text.slice(slash + 1).trim();
	if (ADULT.has(`${text.slice(0, slash).toLowerCase()}/${bare}`)) return 4;
	return US[bare] ?? LETTERS[bare] ?? ageRank(bare);
}

export function withinCeiling(label: string | undefined, ceiling: string): boolean {
	const rank = ratingRank(label);
	const limit = ratingRank(ceiling);
	return rank !== undefined && limit !== undefined && rank <= limit;
}
