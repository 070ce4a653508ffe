import type { PlexMetadata } from '../plex/types.ts';
import { seededRng } from '../picker/pick.ts';

/**
 * The bundled demo library: a few hundred made-up movies in the shape of Plex's
 * /library/sections/{key}/all entries, so they pass through the same normaliser, cache and
 * picker as a real library. Deterministic: the same seed always gives the same library.
 * Posters need no network: `thumb` is a `demo:` description that the Poster component draws.
 */

export const DEMO_SERVER_ID = 'demo';
export const DEMO_SECTION_KEY = 'movies';
export const DEMO_SIZE = 320;

const OPENERS = ['The', 'A', 'Last', 'Beyond the', 'Under the', 'Return of the', 'Night of the', 'Song of the'];
const ADJECTIVES = [
	'Silent', 'Crimson', 'Hidden', 'Broken', 'Golden', 'Midnight', 'Paper', 'Electric', 'Northern',
	'Velvet', 'Hollow', 'Wandering', 'Glass', 'Burning', 'Quiet', 'Distant', 'Iron', 'Summer',
	'Restless', 'Forgotten', 'Neon', 'Salt', 'Painted', 'Winter'
];
const NOUNS = [
	'Harbor', 'Orchard', 'Signal', 'Garden', 'Engine', 'Frontier', 'Lantern', 'Archive', 'Tide',
	'Carousel', 'Meridian', 'Lighthouse', 'Comet', 'Station', 'Canyon', 'Kingdom', 'Parade',
	'Circus', 'Mirror', 'Express', 'Island', 'Monsoon', 'Cartographer', 'Heist'
];
const GENRES = [
	'Action', 'Adventure', 'Animation', 'Comedy', 'Crime', 'Documentary', 'Drama', 'Family',
	'Fantasy', 'Horror', 'Mystery', 'Romance', 'Science Fiction', 'Thriller', 'War', 'Western', 'Music'
];
const RATINGS_BY_ERA: Record<string, string[]> = {
	old: ['Approved', 'Passed', 'G', 'Not Rated'],
	new: ['G', 'PG', 'PG', 'PG-13', 'PG-13', 'PG-13', 'R', 'R', 'NC-17', 'Not Rated']
};
const FIRST = ['Ada', 'Kenji', 'Maya', 'Omar', 'Lena', 'Tariq', 'Ines', 'Viktor', 'Amara', 'Noah', 'Sofia', 'Ravi', 'Greta', 'Jonah', 'Priya', 'Mateo'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Kowalski', 'Mendes', 'Park', 'Adeyemi', 'Novak', 'Sato', 'Reyes', 'Byrne', 'Castell'];
const PLOTS = [
	'A retired {job} is pulled back for one last job that goes wrong in every possible way.',
	'Two strangers stranded in a {place} discover they share a secret that could ruin them both.',
	'A young {job} sets out across the {place} to find the family she never knew.',
	'When the {place} floods, a stubborn {job} must lead the town to safety.',
	'An ambitious {job} bets everything on a single night in the {place}.',
	'A {job} with a talent for lying meets the one person who can see through it.',
	'Strange lights over the {place} bring an unlikely crew together.',
	'A feud between two {job}s threatens the only {place} for miles around.'
];
const JOBS = ['detective', 'pilot', 'chef', 'astronomer', 'boxer', 'violinist', 'smuggler', 'teacher', 'cartographer', 'nurse'];
const PLACES = ['desert', 'harbor town', 'orbiting station', 'mountain pass', 'old cinema', 'night market', 'island', 'border crossing'];

export interface DemoOptions {
	count?: number;
	seed?: number;
	/** Unix seconds used as "now" for added/viewed dates. */
	now?: number;
}

export function generateDemoMovies(options: DemoOptions = {}): PlexMetadata[] {
	const count = options.count ?? DEMO_SIZE;
	const rand = seededRng(options.seed ?? 20261125);
	const now = options.now ?? 1795600000;
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
	const person = () => `${pick(FIRST)} ${pick(LAST)}`;
	const seen = new Set<string>();
	const items: PlexMetadata[] = [];

	for (let i = 0; items.length < count; i++) {
		let title = rand() < 0.25 ? `${pick(ADJECTIVES)} ${pick(NOUNS)}` : `${pick(OPENERS)} ${pick(ADJECTIVES)} ${pick(NOUNS)}`;
		if (seen.has(title)) title = `${title} ${2 + Math.floor(rand() * 2)}`;
		if (seen.has(title)) continue;
		seen.add(title);

		const year = 1942 + Math.floor(Math.pow(rand(), 0.6) * 84);
		const genreCount = 1 + Math.floor(rand() * 3);
		const genres = [...new Set(Array.from({ length: genreCount }, () => pick(GENRES)))];
		const animated = genres.includes('Animation') || genres.includes('Family');
		const runtime = animated ? 72 + Math.floor(rand() * 40) : 82 + Math.floor(rand() * 100);
		const ratings = year < 1968 ? RATINGS_BY_ERA.old! : RATINGS_BY_ERA.new!;
		const contentRating = animated ? pick(['G', 'PG', 'PG']) : pick(ratings);
		const watched = rand() < 0.35;
		const addedAt = now - Math.floor(rand() * 3 * 365 * 86400);
		const ratingKey = String(50001 + i);
		const hueA = Math.floor(rand() * 360);
		const hueB = (hueA + 40 + Math.floor(rand() * 140)) % 360;
		const motif = Math.floor(rand() * 4);
		const plot = pick(PLOTS).replace(/\{job\}/g, pick(JOBS)).replace('{place}', pick(PLACES));

		items.push({
			ratingKey,
			key: `/library/metadata/${ratingKey}`,
			guid: `demo://movie/${ratingKey}`,
			type: 'movie',
			title,
			year,
			summary: plot,
			contentRating,
			duration: runtime * 60000,
			rating: Math.round((3 + rand() * 7) * 10) / 10,
			audienceRating: Math.round((3.5 + rand() * 6.5) * 10) / 10,
			thumb: `demo:${hueA},${hueB},${motif}`,
			addedAt,
			updatedAt: addedAt + Math.floor(rand() * 86400),
			...(watched
				? { viewCount: 1 + Math.floor(rand() * 3), lastViewedAt: addedAt + Math.floor(rand() * (now - addedAt)) }
				: {}),
			originallyAvailableAt: `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
			Genre: genres.map((tag) => ({ tag })),
			Director: [{ tag: person() }],
			Role: Array.from({ length: 3 + Math.floor(rand() * 4) }, () => ({ tag: person() }))
		});
	}
	return items;
}
