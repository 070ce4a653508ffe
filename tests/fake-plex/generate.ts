/**
 * Deterministic movie and show libraries, shaped like real Plex `/all` entries (the samples'
 * shapes: Media[].Part, Image, UltraBlurColors, studio, tagline, slug, ratingImage, a Guid list,
 * Writer...), so byte and time figures measured against the fake world mean something.
 * make-library.mjs writes these as paged files; tests/unit/fake-plex/generate.test.ts checks the
 * output against samples/generated-library-300 byte for byte. Pure and in memory.
 *
 * The fields the first generator had are drawn exactly as before (same PRNG, same draws, same
 * order: titles, ratings, genres and watched state of a seed do not move); the fields added for
 * realism come from a second PRNG stream of the same seed.
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
const STUDIOS = ['Northlight Pictures', 'Harbor Lane Films', 'Blue Meridian', 'Okapi Studios', 'Paper Lantern Works', 'Velvet Tide Media', 'Frontier Road', 'Signal Hill Productions'];
const TAGLINES = ['Some doors should stay closed.', 'Every map ends somewhere.', 'The truth keeps its own hours.', 'Nothing lasts but the tide.', 'One night. One chance.', 'Home is further than it looks.'];
const BITRATES = [2400, 4200, 8000, 12000, 24000];
const RESOLUTION_SIZE: Record<string, [number, number]> = { '480': [720, 480], '720': [1280, 720], '1080': [1920, 1080], '4k': [3840, 2160] };
const BASE_ADDED = 1600000000; // 2020-09-13

const byTitle = new Intl.Collator('en').compare; // what String#localeCompare(…, 'en') uses, but fast

/** URL slug of a title, as Plex's `slug` field: lower case, words joined by dashes. */
export function slugOf(title: string): string {
	return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The second PRNG stream of a seed: everything added for realism is drawn from it. */
function realismRand(seed: number) {
	const rand = mulberry32((Math.imul(seed, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);
	const int = (n: number) => Math.floor(rand() * n);
	const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
	const hex = (n: number) => {
		let out = '';
		for (let k = 0; k < n; k++) out += HEX[int(16)];
		return out;
	};
	return { rand, int, pick, hex, person: () => `${pick(FIRST)} ${pick(LAST)}` };
}

/** The artwork entries and blur colours Plex lists with every movie and show. */
function artwork(r: ReturnType<typeof realismRand>, title: string, thumb: string, art: string) {
	return {
		Image: [
			{ alt: title, type: 'coverPoster', url: thumb },
			{ alt: title, type: 'background', url: art }
		],
		UltraBlurColors: { topLeft: r.hex(6), topRight: r.hex(6), bottomRight: r.hex(6), bottomLeft: r.hex(6) }
	};
}

function guids(r: ReturnType<typeof realismRand>): Array<{ id: string }> {
	return [{ id: `imdb://tt${String(1_000_000 + r.int(9_000_000))}` }, { id: `tmdb://${1 + r.int(900_000)}` }, { id: `tvdb://${1 + r.int(400_000)}` }];
}

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

	const r = realismRand(seed);
	const items: MetadataItem[] = [];
	for (let i = 0; i < count; i++) {
		const ratingKey = startRatingKey + i;
		const year = 1930 + Math.floor(rand() * 96);
		const title = `The ${pick(ADJ)} ${pick(NOUN)}${rand() < 0.15 ? ` ${2 + Math.floor(rand() * 3)}` : ''}`;
		const duration = (75 + Math.floor(rand() * 110)) * 60000;
		const addedAt = BASE_ADDED + Math.floor(rand() * 185000000);
		const updatedAt = addedAt + Math.floor(rand() * 2000000);
		const genres = some(GENRES, 3);
		// (the draw order above and below is the first generator's; do not reorder)
		const guid = `plex://movie/${hex(24)}`;
		const contentRating = pick(RATINGS);
		const summary = `A ${(genres[0] ?? '').toLowerCase()} story set in ${year}, about ${person()} and a ${pick(NOUN).toLowerCase()} that changes everything.`;
		const rating = Math.round(rand() * 100) / 10;
		const audienceRating = Math.round(rand() * 100) / 10;
		const thumb = `/library/metadata/${ratingKey}/thumb/${updatedAt}`;
		const art = `/library/metadata/${ratingKey}/art/${updatedAt}`;
		const originallyAvailableAt = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
		const videoResolution = pick(['480', '720', '1080', '4k']);
		const container = pick(['mkv', 'mp4']);
		const videoCodec = pick(['h264', 'hevc']);
		const audioCodec = pick(['aac', 'ac3', 'eac3']);
		const audioChannels = pick([2, 6]);
		const country = pick(COUNTRIES);
		const director = person();
		const roles = [person(), person(), person()];
		const [width, height] = RESOLUTION_SIZE[videoResolution] ?? [1920, 1080];
		const fresh = r.rand() < 0.5;
		const file = `/data/media/movies/${title} (${year})/${title} (${year}).${container}`;
		const bitrate = r.pick(BITRATES);
		const partId = 700000 + i;
		// Property order: as Plex lists a movie (samples/pms-library-sections-1-all-page1.json).
		const item: MetadataItem = {
			ratingKey: String(ratingKey),
			key: `/library/metadata/${ratingKey}`,
			guid,
			slug: slugOf(`${title} ${year}`),
			studio: r.pick(STUDIOS),
			type: 'movie',
			title,
			contentRating,
			summary,
			rating,
			ratingImage: fresh ? 'rottentomatoes://image.rating.ripe' : 'rottentomatoes://image.rating.rotten',
			audienceRating,
			audienceRatingImage: audienceRating >= 6 ? 'rottentomatoes://image.rating.upright' : 'rottentomatoes://image.rating.spilled',
			year,
			tagline: r.pick(TAGLINES),
			thumb,
			art,
			duration,
			originallyAvailableAt,
			addedAt,
			updatedAt,
			...artwork(r, title, thumb, art),
			Media: [
				{
					id: 500000 + i,
					duration,
					bitrate,
					width,
					height,
					aspectRatio: 1.78,
					audioChannels,
					audioCodec,
					videoCodec,
					videoResolution,
					container,
					videoFrameRate: '24p',
					videoProfile: videoCodec === 'hevc' ? 'main 10' : 'high',
					hasVoiceActivity: false,
					Part: [{ id: partId, key: `/library/parts/${partId}/${addedAt}/file.${container}`, duration, file, size: Math.round((bitrate * 1000 * duration) / 8000), container, videoProfile: videoCodec === 'hevc' ? 'main 10' : 'high' }]
				}
			],
			Genre: genres.map((tag) => ({ tag })),
			Country: [{ tag: country }],
			Guid: guids(r),
			Director: [{ tag: director }],
			Writer: Array.from({ length: 1 + r.int(2) }, () => ({ tag: r.person() })),
			Role: roles.map((tag) => ({ tag }))
		};
		if (rand() < 0.35) {
			item.viewCount = 1 + Math.floor(rand() * 4);
			item.lastViewedAt = updatedAt + Math.floor(rand() * 5000000);
		}
		items.push(item);
	}
	return sortedLibrary(items, { count, seed, sectionId, title: 'Movies', all: 'All Movies', viewGroup: 'movie' }, (item) => !!item.viewCount);
}

/**
 * Deterministic TV libraries: shows shaped like samples/pms-library-sections-2-all.json, with
 * episode counts that add up (tests/fake-plex/shows.ts builds their seasons and episodes from
 * leafCount/viewedLeafCount/childCount). About a third are untouched, a third finished, a third
 * part-way. Sorted by title like `/all`.
 */
export function generateShows(options: GenerateMoviesOptions): GeneratedLibrary {
	const { count, seed = 1, sectionId = 2, startRatingKey = 300000 } = options;
	const r = realismRand(seed ^ 0x2f6b);
	const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + r.int(max) }, () => r.pick(list)))];
	const items: MetadataItem[] = [];
	for (let i = 0; i < count; i++) {
		const ratingKey = startRatingKey + i;
		const year = 1960 + r.int(66);
		const title = `${r.pick(ADJ)} ${r.pick(NOUN)}${r.rand() < 0.2 ? ` ${r.pick(['Stories', 'Files', 'Nights', 'Road'])}` : ''}`;
		const addedAt = BASE_ADDED + r.int(185000000);
		const updatedAt = addedAt + r.int(2000000);
		const genres = some(GENRES, 3);
		const childCount = 1 + r.int(8);
		const leafCount = childCount * (6 + r.int(18));
		const state = r.int(3);
		const viewedLeafCount = state === 0 ? 0 : state === 1 ? leafCount : 1 + r.int(leafCount - 1);
		const thumb = `/library/metadata/${ratingKey}/thumb/${updatedAt}`;
		const art = `/library/metadata/${ratingKey}/art/${updatedAt}`;
		const audienceRating = Math.round(r.rand() * 100) / 10;
		const item: MetadataItem = {
			ratingKey: String(ratingKey),
			key: `/library/metadata/${ratingKey}/children`,
			guid: `plex://show/${r.hex(24)}`,
			slug: slugOf(title),
			studio: r.pick(STUDIOS),
			type: 'show',
			title,
			contentRating: r.pick(RATINGS),
			summary: `A ${(genres[0] ?? '').toLowerCase()} series from ${year}: ${r.person()} and ${r.person()} and a ${r.pick(NOUN).toLowerCase()} nobody could explain.`,
			index: 1,
			audienceRating,
			audienceRatingImage: 'themoviedb://image.rating',
			year,
			tagline: r.pick(TAGLINES),
			thumb,
			art,
			theme: `/library/metadata/${ratingKey}/theme/${updatedAt}`,
			duration: (22 + r.int(40)) * 60000,
			originallyAvailableAt: `${year}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`,
			leafCount,
			viewedLeafCount,
			childCount,
			addedAt,
			updatedAt,
			...artwork(r, title, thumb, art),
			Genre: genres.map((tag) => ({ tag })),
			Country: [{ tag: r.pick(COUNTRIES) }],
			Guid: guids(r),
			Role: [{ tag: r.person() }, { tag: r.person() }, { tag: r.person() }]
		};
		if (viewedLeafCount > 0) {
			item.viewCount = viewedLeafCount;
			item.lastViewedAt = updatedAt + r.int(5000000);
		}
		items.push(item);
	}
	return sortedLibrary(items, { count, seed, sectionId, title: 'TV Shows', all: 'All Shows', viewGroup: 'show' }, (item) => (item.viewedLeafCount ?? 0) >= (item.leafCount ?? 0));
}

/** Sorts a generated library by title as Plex lists it, and adds its MediaContainer header and summary. */
function sortedLibrary(
	items: GeneratedLibrary['items'],
	section: { count: number; seed: number; sectionId: number; title: string; all: string; viewGroup: string },
	isWatched: (item: GeneratedLibrary['items'][number]) => boolean
): GeneratedLibrary {
	const { count, seed, sectionId } = section;
	items.sort((a, b) => byTitle(a.title, b.title) || Number(a.ratingKey) - Number(b.ratingKey));
	let maxUpdatedAt = 0;
	let watched = 0;
	for (const item of items) {
		maxUpdatedAt = Math.max(maxUpdatedAt, item.updatedAt ?? 0);
		if (isWatched(item)) watched++;
	}
	return {
		items,
		header: {
			allowSync: true,
			identifier: 'com.plexapp.plugins.library',
			librarySectionID: sectionId,
			librarySectionTitle: section.title,
			librarySectionUUID: `00000000-0000-4000-8000-${String(seed).padStart(12, '0')}`,
			title1: section.title,
			title2: section.all,
			viewGroup: section.viewGroup
		},
		summary: { count, seed, section: sectionId, maxUpdatedAt, watched }
	};
}

/** The paged `/all` files make-library.mjs writes: name → contents (one MediaContainer each). */
export function pageFiles(library: GeneratedLibrary, pageSize: number): Map<string, string> {
	const files = new Map<string, string>();
	const { count } = library.summary;
	for (let offset = 0; offset < count || offset === 0; offset += pageSize) {
		const Metadata = library.items.slice(offset, offset + pageSize);
		// Plex omits Metadata entirely when a page is empty
		const page = { MediaContainer: { size: Metadata.length, totalSize: count, offset, ...library.header, ...(Metadata.length ? { Metadata } : {}) } };
		files.set(`page-${String(offset).padStart(6, '0')}.json`, JSON.stringify(page) + '\n');
		if (count === 0) break;
	}
	const { seed, section, maxUpdatedAt, watched } = library.summary;
	files.set('summary.json', JSON.stringify({ count, pageSize, seed, section, maxUpdatedAt, watched }, null, 2) + '\n');
	return files;
}
