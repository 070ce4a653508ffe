/**
 * Deterministic movie libraries: a TypeScript port of make-library.mjs (same PRNG, same draws in
 * the same order, so the same seed gives the same items: tests/unit/fake-plex/generate.test.ts
 * checks it against samples/generated-library-300). Pure and in memory; 20,000 items take ~100 ms.
 */
import type { JsonObject, MetadataItem } from './samples.ts';

export interface GenerateMoviesOptions {
	count: number;
	/** PRNG seed (make-library.mjs `--seed`, default 1). */
	seed?: number;
	/** PMS section key (make-library.mjs `--section`): used by the container header. */
	sectionId?: number;
	/** ratingKey of the first generated item, before sorting (make-library.mjs uses 100000). */
	startRatingKey?: number;
}

export interface GeneratedLibrary {
	/** Sorted by title like Plex's default `/all` order. */
	items: MetadataItem[];
	/** MediaContainer fields make-library.mjs writes next to size/totalSize/offset. */
	header: JsonObject;
	summary: { count: number; seed: number; section: number; maxUpdatedAt: number; watched: number };
}

/** mulberry32, exactly as in make-library.mjs. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ADJ = ['Silent', 'Crimson', 'Last', 'Hidden', 'Broken', 'Golden', 'Midnight', 'Paper', 'Electric', 'Northern', 'Lost', 'Velvet'];
const NOUN = ['Harbor', 'Orchard', 'Signal', 'Garden', 'Engine', 'Frontier', 'Lantern', 'Archive', 'Tide', 'Carousel', 'Meridian', 'Winter'];
const GENRES = ['Action', 'Adventure', 'Animation', 'Comedy', 'Crime', 'Documentary', 'Drama', 'Family', 'Fantasy', 'Horror', 'Mystery', 'Romance', 'Science Fiction', 'Thriller', 'War', 'Western'];
const RATINGS = ['G', 'PG', 'PG-13', 'R', 'NC-17', 'Not Rated', 'TV-14', 'TV-MA'];
const COUNTRIES = ['United States of America', 'United Kingdom', 'France', 'Germany', 'Japan', 'India', 'South Korea', 'Nigeria', 'Brazil', 'Canada'];
const FIRST = ['Ada', 'Kenji', 'Maya', 'Omar', 'Lena', 'Tariq', 'Ines', 'Viktor', 'Amara', 'Noah', 'Sofia', 'Ravi'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Kowalski', 'Mendes', 'Park', 'Adeyemi', 'Novak', 'Sato', 'Reyes'];
const HEX = '0123456789abcdef';
const BASE_ADDED = 1600000000; // 2020-09-13

const byTitle = new Intl.Collator('en').compare; // what String#localeCompare(…, 'en') uses, but fast

export function generateMovies(options: GenerateMoviesOptions): GeneratedLibrary {
	const { count, seed = 1, sectionId = 1, startRatingKey = 100000 } = options;
	const rand = mulberry32(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
	const some = <T>(list: readonly T[], max: number): T[] => {
		const picked: T[] = [];
		for (let n = 1 + Math.floor(rand() * max); n > 0; n--) {
			const one = pick(list);
			if (!picked.includes(one)) picked.push(one);
		}
		return picked;
	};
	const hex = (n: number) => {
		let out = '';
		for (let k = 0; k < n; k++) out += HEX[Math.floor(rand() * 16)];
		return out;
	};
	const person = () => `${pick(FIRST)} ${pick(LAST)}`;

	const items: MetadataItem[] = [];
	for (let i = 0; i < count; i++) {
		const ratingKey = startRatingKey + i;
		const year = 1930 + Math.floor(rand() * 96);
		const title = `The ${pick(ADJ)} ${pick(NOUN)}${rand() < 0.15 ? ` ${2 + Math.floor(rand() * 3)}` : ''}`;
		const duration = (75 + Math.floor(rand() * 110)) * 60000;
		const addedAt = BASE_ADDED + Math.floor(rand() * 185000000);
		const updatedAt = addedAt + Math.floor(rand() * 2000000);
		const genres = some(GENRES, 3);
		// Property order matters: it is the JSON byte order of make-library.mjs.
		const item: MetadataItem = {
			ratingKey: String(ratingKey),
			key: `/library/metadata/${ratingKey}`,
			guid: `plex://movie/${hex(24)}`,
			type: 'movie',
			title,
			contentRating: pick(RATINGS),
			summary: `A ${(genres[0] ?? '').toLowerCase()} story set in ${year}, about ${person()} and a ${pick(NOUN).toLowerCase()} that changes everything.`,
			rating: Math.round(rand() * 100) / 10,
			audienceRating: Math.round(rand() * 100) / 10,
			year,
			thumb: `/library/metadata/${ratingKey}/thumb/${updatedAt}`,
			art: `/library/metadata/${ratingKey}/art/${updatedAt}`,
			duration,
			originallyAvailableAt: `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
			addedAt,
			updatedAt,
			Media: [
				{
					id: 500000 + i,
					duration,
					videoResolution: pick(['480', '720', '1080', '4k']),
					container: pick(['mkv', 'mp4']),
					videoCodec: pick(['h264', 'hevc']),
					audioCodec: pick(['aac', 'ac3', 'eac3']),
					audioChannels: pick([2, 6])
				}
			],
			Genre: genres.map((tag) => ({ tag })),
			Country: [{ tag: pick(COUNTRIES) }],
			Director: [{ tag: person() }],
			Role: [{ tag: person() }, { tag: person() }, { tag: person() }]
		};
		if (rand() < 0.35) {
			item.viewCount = 1 + Math.floor(rand() * 4);
			item.lastViewedAt = updatedAt + Math.floor(rand() * 5000000);
		}
		items.push(item);
	}
	items.sort((a, b) => byTitle(a.title, b.title) || Number(a.ratingKey) - Number(b.ratingKey));

	let maxUpdatedAt = 0;
	let watched = 0;
	for (const item of items) {
		maxUpdatedAt = Math.max(maxUpdatedAt, item.updatedAt ?? 0);
		if (item.viewCount) watched++;
	}
	return {
		items,
		header: {
			allowSync: true,
			identifier: 'com.plexapp.plugins.library',
			librarySectionID: sectionId,
			librarySectionTitle: 'Movies',
			librarySectionUUID: `00000000-0000-4000-8000-${String(seed).padStart(12, '0')}`,
			title1: 'Movies',
			title2: 'All Movies',
			viewGroup: 'movie'
		},
		summary: { count, seed, section: sectionId, maxUpdatedAt, watched }
	};
}
