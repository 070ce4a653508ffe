/**
 * Links into Plex's own apps. Plex Web's item page (README section 7):
 *   https://app.plex.tv/desktop/#!/server/<machineIdentifier>/details?key=%2Flibrary%2Fmetadata%2F<ratingKey>
 * These URLs never carry a token: the Plex app uses its own sign-in.
 */
const PLEX_WEB = 'https://app.plex.tv/desktop/#!';

export function plexWebItemUrl(machineIdentifier: string, ratingKey: string): string {
	const key = encodeURIComponent(`/library/metadata/${ratingKey}`);
	return `${PLEX_WEB}/server/${encodeURIComponent(machineIdentifier)}/details?key=${key}`;
}

/** Plex Web's search, for titles that live on no server (the demo library). */
export function plexWebSearchUrl(query: string): string {
	return `${PLEX_WEB}/search?query=${encodeURIComponent(query)}`;
}

/**
 * The Plex mobile apps' item page (README section 7, marked uncertain there; moviematch uses it):
 *   plex://preplay/?metadataKey=%2Flibrary%2Fmetadata%2F<ratingKey>&server=<machineIdentifier>
 * Offered only on Android and iOS, next to the web link, because a browser without the app
 * does nothing with it. Desktop and TV-less setups use Plex Web (plexWebItemUrl).
 */
export function plexAppItemUrl(machineIdentifier: string, ratingKey: string): string {
	const key = encodeURIComponent(`/library/metadata/${ratingKey}`);
	return `plex://preplay/?metadataKey=${key}&server=${encodeURIComponent(machineIdentifier)}`;
}
