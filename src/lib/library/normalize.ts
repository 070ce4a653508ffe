import { plexGuid } from '../plex/guards.ts';
import type { PlexMetadata, PlexTag } from '../plex/types.ts';
import type { LibraryItem } from './types.ts';

const CAST_KEPT = 5;

/**
 * One copy of each repeated text (genre, person, content rating) per pool: JSON.parse makes a new
 * string for every occurrence, and a 50,000-item library repeats "Drama" thousands of times.
 */
export type StringPool = Map<string, string>;

function pooled(text: string, pool: StringPool | undefined): string {
	if (!pool) return text;
	const known = pool.get(text);
	if (known !== undefined) return known;
	pool.set(text, text);
	return text;
}

function tags(list: PlexTag[] | undefined, pool: StringPool | undefined, max = Infinity): string[] {
	if (!Array.isArray(list)) return [];
	const out: string[] = [];
	for (const entry of list) {
		if (out.length >= max) break;
		// A tag listed twice is kept once (lists of tags are keyed by the tag in the UI).
		if (entry && typeof entry.tag === 'string' && entry.tag.trim() !== '' && !out.includes(entry.tag)) out.push(pooled(entry.tag, pool));
	}
	return out;
}

function num(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Keeps the fields the app shows or filters by (or a re-sync needs) from one Plex /all entry.
 * Real and demo libraries both pass through here, so the rest of the app sees one shape. A sync
 * normalises all its pages with one pooledNormalizer().
 */
export function toLibraryItem(m: PlexMetadata): LibraryItem {
	return normalize(m, undefined);
}

/** toLibraryItem with one StringPool for everything it is given (a sync's pages). */
export function pooledNormalizer(): (m: PlexMetadata) => LibraryItem {
	const pool: StringPool = new Map();
	return (m) => normalize(m, pool);
}

function normalize(m: PlexMetadata, pool: StringPool | undefined): LibraryItem {
	const duration = num(m.duration);
	const rating = str(m.contentRating);
	const fields: Partial<LibraryItem> = {
		// Only guids of Plex's current agents can be matched to the Watchlist (docs/plex-api.md §14).
		guid: plexGuid(m.guid),
		year: num(m.year),
		summary: str(m.summary),
		contentRating: rating === undefined ? undefined : pooled(rating, pool),
		runtimeMin: duration === undefined ? undefined : Math.round(duration / 60000),
		rating: num(m.rating),
		audienceRating: num(m.audienceRating),
		thumb: str(m.thumb),
		addedAt: num(m.addedAt),
		updatedAt: num(m.updatedAt),
		lastViewedAt: num(m.lastViewedAt),
		leafCount: num(m.leafCount),
		viewedLeafCount: num(m.viewedLeafCount),
		...(m.type === 'episode' ? { season: num(m.parentIndex), episode: num(m.index), show: str(m.grandparentTitle) } : {})
	};
	const item: LibraryItem = {
		ratingKey: String(m.ratingKey),
		type: m.type === 'show' || m.type === 'episode' ? m.type : 'movie',
		title: String(m.title ?? ''),
		genres: tags(m.Genre, pool),
		directors: tags(m.Director, pool),
		cast: tags(m.Role, pool, CAST_KEPT),
		viewCount: num(m.viewCount) ?? 0
	};
	// Absent fields are left out rather than stored as undefined: each one costs bytes per item,
	// in memory and in IndexedDB.
	for (const key of Object.keys(fields) as Array<keyof LibraryItem>) {
		const value = fields[key];
		if (value !== undefined) (item as unknown as Record<string, unknown>)[key] = value;
	}
	return item;
}
