/**
 * Seasons and episodes behind `/library/metadata/{id}/children` and `/allLeaves`.
 * Show 2001 answers with the real samples. Any other show is synthesised from the same sample
 * shapes (season = first sample season, episode = first sample episode) so that every show's
 * leafCount / viewedLeafCount / childCount add up: "pick an episode" works on all of them.
 */
import { clone, containerHeader, samples } from './samples.ts';
import type { JsonObject, MetadataItem } from './samples.ts';

export interface Container {
	MediaContainer: JsonObject & { size: number; Metadata?: MetadataItem[]; Directory?: JsonObject[] };
}

interface ShowTree {
	seasons: MetadataItem[];
	episodes: MetadataItem[];
}

/** One season of a synthesised show: its number (0 = Plex's "Specials") and each episode's watch state in order. */
export interface SeasonPlan {
	index: number;
	watched: boolean[];
}

/**
 * The default plan from the show's own counts: leafCount spread over childCount seasons, the
 * first viewedLeafCount episodes watched.
 */
function countsPlan(show: MetadataItem): SeasonPlan[] {
	const seasonCount = Math.max(1, show.childCount ?? 1);
	const leafCount = show.leafCount ?? 0;
	let watchedLeft = show.viewedLeafCount ?? 0;
	return Array.from({ length: seasonCount }, (_, i) => {
		const s = i + 1;
		const inSeason = Math.floor(leafCount / seasonCount) + (s <= leafCount % seasonCount ? 1 : 0);
		return { index: s, watched: Array.from({ length: inSeason }, () => watchedLeft-- > 0) };
	});
}

/** Shows with a watch pattern of their own (tv-shows.ts registers them): gaps, Specials. */
const plans = new Map<string, SeasonPlan[]>();
export function planEpisodes(ratingKey: string, seasons: SeasonPlan[]): void {
	plans.set(ratingKey, seasons);
}

function synthesise(show: MetadataItem): ShowTree {
	const showKey = Number(show.ratingKey);
	const stamp = show.updatedAt ?? 0;
	const seasons: MetadataItem[] = [];
	const episodes: MetadataItem[] = [];
	const seasonTemplate = samples.seasons.MediaContainer.Metadata[0] as MetadataItem;
	const episodeTemplate = samples.episodes.MediaContainer.Metadata[0] as MetadataItem;
	// Plex lists seasons by their number, so Specials (season 0) come first in /children and /allLeaves.
	const plan = [...(plans.get(show.ratingKey) ?? countsPlan(show))].sort((a, b) => a.index - b.index);
	for (const { index: s, watched } of plan) {
		const seasonKey = String(showKey * 100 + s);
		const seasonTitle = s === 0 ? 'Specials' : `Season ${s}`;
		let seasonWatched = 0;
		for (let e = 1; e <= watched.length; e++) {
			const ratingKey = String(Number(seasonKey) * 1000 + e);
			const episode: MetadataItem = {
				...clone(episodeTemplate),
				ratingKey,
				key: `/library/metadata/${ratingKey}`,
				parentRatingKey: seasonKey,
				grandparentRatingKey: show.ratingKey,
				guid: `plex://episode/fake${ratingKey}`,
				parentGuid: `plex://season/fake${seasonKey}`,
				grandparentGuid: show.guid,
				title: s === 0 ? `Special ${e}` : `Episode ${e}`,
				grandparentKey: `/library/metadata/${show.ratingKey}`,
				parentKey: `/library/metadata/${seasonKey}`,
				grandparentTitle: show.title,
				parentTitle: seasonTitle,
				contentRating: show.contentRating,
				summary: `${seasonTitle}, episode ${e} of ${show.title}.`,
				index: e,
				parentIndex: s,
				year: show.year,
				thumb: `/library/metadata/${ratingKey}/thumb/${stamp}`,
				art: show.art,
				parentThumb: `/library/metadata/${seasonKey}/thumb/${stamp}`,
				grandparentThumb: show.thumb,
				grandparentArt: show.art,
				grandparentTheme: show.theme,
				duration: show.duration ?? episodeTemplate.duration,
				addedAt: show.addedAt,
				updatedAt: stamp
			};
			delete episode.viewCount;
			delete episode.lastViewedAt;
			if (watched[e - 1]) {
				seasonWatched++;
				episode.viewCount = 1;
				episode.lastViewedAt = show.lastViewedAt ?? stamp;
			}
			episodes.push(episode);
		}
		const season: MetadataItem = {
			...clone(seasonTemplate),
			ratingKey: seasonKey,
			key: `/library/metadata/${seasonKey}/children`,
			parentRatingKey: show.ratingKey,
			guid: `plex://season/fake${seasonKey}`,
			parentGuid: show.guid,
			parentStudio: show.studio,
			title: seasonTitle,
			parentKey: `/library/metadata/${show.ratingKey}`,
			parentTitle: show.title,
			index: s,
			parentYear: show.year,
			thumb: `/library/metadata/${seasonKey}/thumb/${stamp}`,
			art: show.art,
			parentThumb: show.thumb,
			parentTheme: show.theme,
			leafCount: watched.length,
			viewedLeafCount: seasonWatched,
			addedAt: show.addedAt,
			updatedAt: stamp
		};
		delete season.viewCount;
		delete season.lastViewedAt;
		if (seasonWatched > 0) {
			season.viewCount = seasonWatched;
			season.lastViewedAt = show.lastViewedAt ?? stamp;
		}
		seasons.push(season);
	}
	return { seasons, episodes };
}

function showHeader(show: MetadataItem, base: Container, sectionHeader: JsonObject): JsonObject {
	return {
		...containerHeader(base),
		librarySectionID: sectionHeader.librarySectionID,
		librarySectionTitle: sectionHeader.librarySectionTitle,
		librarySectionUUID: sectionHeader.librarySectionUUID,
		key: show.ratingKey,
		art: show.art,
		parentTitle: show.title,
		parentYear: show.year,
		theme: show.theme,
		thumb: show.thumb
	};
}

/** children of a show (seasons + "All episodes") or of a season (its episodes); undefined = unknown id. */
export function childrenOf(show: MetadataItem, sectionHeader: JsonObject, seasonKey?: string): Container | undefined {
	if (show.ratingKey === '2001' && seasonKey === undefined) return clone(samples.seasons) as Container;
	const tree = show.ratingKey === '2001'
		? { seasons: samples.seasons.MediaContainer.Metadata, episodes: samples.episodes.MediaContainer.Metadata }
		: synthesise(show);
	if (seasonKey !== undefined) {
		const season = tree.seasons.find((s) => s.ratingKey === seasonKey);
		if (!season) return undefined;
		const Metadata = clone(tree.episodes.filter((e) => e.parentRatingKey === seasonKey));
		const header: JsonObject = { ...showHeader(show, samples.episodes as Container, sectionHeader), key: seasonKey, title1: show.title, title2: season.title, parentIndex: season.index, viewGroup: 'episode' };
		delete header.mixedParents;
		return { MediaContainer: { size: Metadata.length, ...header, ...(Metadata.length ? { Metadata } : {}) } };
	}
	const header = { ...showHeader(show, samples.seasons as Container, sectionHeader), summary: show.summary, title1: sectionHeader.librarySectionTitle, title2: show.title };
	const leaves = tree.episodes.length;
	const viewed = tree.episodes.filter((e) => e.viewCount).length;
	return {
		MediaContainer: {
			size: tree.seasons.length,
			...header,
			Directory: [{ leafCount: leaves, thumb: show.thumb, viewedLeafCount: viewed, key: `/library/metadata/${show.ratingKey}/allLeaves`, title: 'All episodes' }],
			Metadata: clone(tree.seasons)
		}
	};
}

/** allLeaves of a show: every episode. */
export function allLeavesOf(show: MetadataItem, sectionHeader: JsonObject): Container {
	if (show.ratingKey === '2001') return clone(samples.episodes) as Container;
	const { episodes } = synthesise(show);
	const header = { ...showHeader(show, samples.episodes as Container, sectionHeader), title1: show.title, title2: 'All Episodes' };
	return { MediaContainer: { size: episodes.length, ...header, ...(episodes.length ? { Metadata: episodes } : {}) } };
}

/** Every season ratingKey of a show → the show, so `/library/metadata/{season}/children` can be answered. */
export function seasonKeysOf(show: MetadataItem): string[] {
	if (show.ratingKey === '2001') return samples.seasons.MediaContainer.Metadata.map((s) => s.ratingKey);
	return synthesise(show).seasons.map((s) => s.ratingKey);
}
