import type { PlexMetadata, PlexTag } from '../plex/types.ts';
import type { LibraryItem } from './types.ts';

const CAST_KEPT = 5;

function tags(list: PlexTag[] | undefined, max = Infinity): string[] {
	if (!Array.isArray(list)) return [];
	const out: string[] = [];
	for (const entry of list) {
		if (out.length >= max) break;
		// A tag listed twice is kept once (lists of tags are keyed by the tag in the UI).
		if (entry && typeof entry.tag === 'string' && entry.tag.trim() !== '' && !out.includes(entry.tag)) out.push(entry.tag);
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
 * Keeps the fields the app needs from one Plex /all entry. Real and demo libraries both pass
 * through here, so the rest of the app sees one shape.
 */
export function toLibraryItem(m: PlexMetadata): LibraryItem {
	const duration = num(m.duration);
	return {
		ratingKey: String(m.ratingKey),
		type: m.type === 'show' || m.type === 'episode' ? m.type : 'movie',
		title: String(m.title ?? ''),
		year: num(m.year),
		summary: str(m.summary),
		genres: tags(m.Genre),
		directors: tags(m.Director),
		cast: tags(m.Role, CAST_KEPT),
		contentRating: str(m.contentRating),
		runtimeMin: duration === undefined ? undefined : Math.round(duration / 60000),
		rating: num(m.rating),
		audienceRating: num(m.audienceRating),
		thumb: str(m.thumb),
		art: str(m.art),
		addedAt: num(m.addedAt),
		updatedAt: num(m.updatedAt),
		viewCount: num(m.viewCount) ?? 0,
		lastViewedAt: num(m.lastViewedAt),
		originallyAvailableAt: str(m.originallyAvailableAt),
		leafCount: num(m.leafCount),
		viewedLeafCount: num(m.viewedLeafCount),
		...(m.type === 'episode' ? { season: num(m.parentIndex), episode: num(m.index), show: str(m.grandparentTitle) } : {})
	};
}
