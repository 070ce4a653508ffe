/**
 * Response shapes of the Plex endpoints the app reads, as far as it uses them.
 * Everything is optional unless Plex always sends it (docs/plex-api.md §7): real libraries miss
 * fields all the time.
 */

export interface PlexTag {
	tag: string;
}

/** One entry of MediaContainer.Metadata from /library/sections/{key}/all (movie or show). */
export interface PlexMetadata {
	ratingKey: string;
	key?: string;
	guid?: string;
	type?: string;
	title: string;
	year?: number;
	summary?: string;
	contentRating?: string;
	duration?: number;
	rating?: number;
	audienceRating?: number;
	thumb?: string;
	art?: string;
	addedAt?: number;
	updatedAt?: number;
	viewCount?: number;
	lastViewedAt?: number;
	originallyAvailableAt?: string;
	leafCount?: number;
	viewedLeafCount?: number;
	childCount?: number;
	/** Episodes: episode number, season number, the show. */
	index?: number;
	parentIndex?: number;
	grandparentTitle?: string;
	grandparentRatingKey?: string;
	Genre?: PlexTag[];
	Director?: PlexTag[];
	Role?: PlexTag[];
	Country?: PlexTag[];
}

export interface PlexMediaContainer<T> {
	MediaContainer: {
		size: number;
		totalSize?: number;
		offset?: number;
		Metadata?: T[];
	};
}
