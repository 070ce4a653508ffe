/**
 * Content ratings as Plex libraries carry them, ranked on one scale so that a filter can say
 * "up to PG-13": 0 all ages, 1 parental guidance, 2 young teens (12–14), 3 older teens and
 * adults (15–18), 4 adults only. US film and TV ratings (and the old Hays-era labels) come bare;
 * Plex's agents write other countries' ratings with a country prefix ("gb/15", "de/12",
 * "au/MA15+"), and those are ranked by their own country's system. An age ("de/16", "fr/10",
 * "br/14") ranks by the age. Labels with no known meaning ("Not Rated", "Unrated") have no rank:
 * a ceiling excludes them, because nobody can promise what they contain.
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

/** Letter ratings of other countries' systems (ages such as "12" or "16" rank by age). */
const COUNTRIES: Record<string, Record<string, number>> = {
	us: US,
	gb: { U: 0, Uc: 0, PG: 1, '12A': 2, R18: 4 },
	au: { G: 0, PG: 1, M: 2, 'MA15+': 3, 'R18+': 3, 'X18+': 4 },
	nz: { G: 0, PG: 1, M: 2, R13: 2, R15: 3, R16: 3, R18: 3 },
	ca: { G: 0, PG: 1, '14A': 2, '18A': 3, R: 3, A: 4, C: 0, C8: 1, '14+': 2, '18+': 3 },
	ie: { G: 0, PG: 1, '12A': 2, '15A': 3 },
	nl: { AL: 0 },
	fr: { U: 0, TP: 0 },
	de: { 'FSK 0': 0, 'FSK 6': 1, 'FSK 12': 2, 'FSK 16': 3, 'FSK 18': 3 }
};

/** An age limit as a rank: under 6 → 0, 6–11 → 1, 12–14 → 2, 15–18 → 3, above → 4. */
function ageRank(label: string): number | undefined {
	const match = /^(\d{1,2})\+?$/.exec(label);
	if (!match) return undefined;
	const age = Number(match[1]);
	return age < 6 ? 0 : age < 12 ? 1 : age < 15 ? 2 : age <= 18 ? 3 : 4;
}

/** The ceilings offered in the "Content rating" filter, from strictest to loosest. */
export const RATING_CEILINGS = [
	{ value: 'G', label: 'Up to G / TV-G' },
	{ value: 'PG', label: 'Up to PG / TV-PG' },
	{ value: 'PG-13', label: 'Up to PG-13 / TV-14' },
	{ value: 'R', label: 'Up to R / TV-MA' }
] as const;

export function ratingRank(label: string | undefined): number | undefined {
	const text = label?.trim();
	if (!text) return undefined;
	const slash = text.indexOf('/');
	if (slash < 0) return US[text] ?? ageRank(text);
	const country = text.slice(0, slash).toLowerCase();
	const bare = text.slice(slash + 1).trim();
	return COUNTRIES[country]?.[bare] ?? ageRank(bare);
}

export function withinCeiling(label: string | undefined, ceiling: string): boolean {
	const rank = ratingRank(label);
	const limit = ratingRank(ceiling);
	return rank !== undefined && limit !== undefined && rank <= limit;
}
