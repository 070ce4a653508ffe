/**
 * The account's Plex Watchlist in the fake world (discover.provider.plex.tv, docs/plex-api.md §14).
 * Entries are built from the samples' shape (samples/discover-watchlist-*.json) with the guids of
 * titles the world's servers really hold, plus titles no server has.
 */
import page1 from './samples/discover-watchlist-page1.json' with { type: 'json' };
import videoPage from './samples/discover-watchlist-video.json' with { type: 'json' };
import { clone } from './samples.ts';
import type { JsonObject, MetadataItem } from './samples.ts';

export const DISCOVER_HOST = 'discover.provider.plex.tv';
export const DISCOVER_ORIGIN = `https://${DISCOVER_HOST}`;

export const watchlistSamples = {
	page1: page1 as { MediaContainer: JsonObject & { Metadata: JsonObject[] } },
	video: videoPage as { MediaContainer: JsonObject & { Video: JsonObject[] } }
};

/** How the fake discover service serves the Watchlist. Change the fields freely in a test. */
export interface WatchlistWorld {
	/** The entries, in the order the service lists them (newest first on real Plex). */
	entries: JsonObject[];
	/**
	 * Where the entries go in an answer: `Metadata` (the documented shape), `Video` (every page,
	 * as seerr-team/seerr#2948 saw), or `mixed` (the first page Metadata, later pages Video).
	 */
	shape: 'Metadata' | 'Video' | 'mixed';
	/** The service answers at most this many entries per page, whatever was asked (default: as asked). */
	maxPageSize?: number;
	/**
	 * A Plex Home member's own Watchlist, by the member's plex.tv token (docs/plex-api.md §14,
	 * "Whose Watchlist"). A member missing here gets an empty one.
	 */
	members: Record<string, JsonObject[]>;
}

/** A watchlist entry for a title: the sample entry's shape with this title's guid, name and year. */
export function watchlistEntry(title: { guid: string; title: string; year?: number; type: 'movie' | 'show' | 'collection' }): JsonObject {
	const template = clone(watchlistSamples.page1.MediaContainer.Metadata[title.type === 'show' ? 1 : 0] as JsonObject);
	const id = title.guid.split('/').pop() ?? '';
	const slug = title.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	delete template.Image;
	delete template.studio;
	return {
		...template,
		guid: title.guid,
		key: `/library/metadata/${id}${title.type === 'show' ? '/children' : ''}`,
		ratingKey: id,
		type: title.type,
		title: title.title,
		slug,
		publicPagesURL: `https://watch.plex.tv/${title.type}/${slug}`,
		thumb: `https://metadata-static.plex.tv/fake/${slug}.jpg`,
		...(title.year !== undefined ? { year: title.year, originallyAvailableAt: `${title.year}-01-01` } : { year: undefined, originallyAvailableAt: undefined })
	};
}

/** Titles on the Watchlist that none of the world's servers has. */
export const NOT_ON_ANY_SERVER = [
	{ guid: 'plex://movie/600000000000000000000a01', title: 'The Long Field', year: 2024, type: 'movie' },
	{ guid: 'plex://movie/600000000000000000000a02', title: 'Harbour Lights', year: 2023, type: 'movie' },
	{ guid: 'plex://show/600000000000000000000a03', title: 'Night Ferry', year: 2022, type: 'show' },
	{ guid: 'plex://movie/600000000000000000000a04', title: 'Paper Moons', year: 2025, type: 'movie' }
] as const;

/**
 * The default Watchlist: four of Okafor Vault's sample movies and one of its shows (also on Dad's
 * Plex), three of Dad's Plex's generated movies, the Video sample's movie and four other titles no
 * server has, and a collection (includeCollections=1), which has no movie or show guid.
 */
export function defaultWatchlist(vaultMovies: MetadataItem[], dadsMovies: MetadataItem[]): WatchlistWorld {
	const vault = watchlistOf(vaultMovies, ['1021', '1023', '1026', '1028']);
	const entries = [
		...vault,
		clone(watchlistSamples.page1.MediaContainer.Metadata[1] as JsonObject),
		...dadsMovies.slice(0, 3).flatMap((item) => fromServer(item)),
		clone(watchlistSamples.video.MediaContainer.Video[0] as JsonObject),
		...NOT_ON_ANY_SERVER.map((t) => watchlistEntry(t)),
		watchlistEntry({ guid: 'plex://collection/600000000000000000000c01', title: 'Festival Favourites', type: 'collection' })
	];
	return { entries, shape: 'Metadata', members: {} };
}

const fromServer = (item: MetadataItem | undefined) =>
	item && typeof item.guid === 'string' ? [watchlistEntry({ guid: item.guid, title: item.title, year: item.year, type: item.type === 'show' ? 'show' : 'movie' })] : [];

/** Watchlist entries for these items of a server (by ratingKey, in that order). */
export function watchlistOf(items: MetadataItem[], ratingKeys: string[]): JsonObject[] {
	return ratingKeys.flatMap((key) => fromServer(items.find((m) => m.ratingKey === key)));
}
