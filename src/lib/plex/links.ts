/**
 * Links into Plex's own apps (docs/plex-api.md §13). Plex Web's item page:
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
 * The Plex iOS app's item page (docs/plex-api.md §13):
 *   plex://preplay/?metadataKey=%2Flibrary%2Fmetadata%2F<ratingKey>&server=<machineIdentifier>
 * Overseerr builds exactly this as its `iOSPlexUrl` and offers it only on iPhone, iPad and iPod
 * (sct/overseerr src/hooks/useDeepLinks.ts); no public source shows it opening the Android app
 * or anything on a desktop, so everywhere else the web link (plexWebItemUrl) is the only one.
 */
export function plexAppItemUrl(machineIdentifier: string, ratingKey: string): string {
	const key = encodeURIComponent(`/library/metadata/${ratingKey}`);
	return `plex://preplay/?metadataKey=${key}&server=${encodeURIComponent(machineIdentifier)}`;
}

/**
 * Where the plex:// link is known to open the Plex app: iPhone, iPad and iPod, including iPadOS
 * in its "desktop site" mode, which reports itself as a Mac with a touch screen (the test
 * Overseerr's useDeepLinks makes, docs/plex-api.md §13).
 */
export function opensPlexApp(nav: { userAgent: string; platform?: string; maxTouchPoints?: number }): boolean {
	return /iPad|iPhone|iPod/.test(nav.userAgent) || ((nav.platform === 'MacIntel' || /Macintosh/.test(nav.userAgent)) && (nav.maxTouchPoints ?? 0) > 1);
}
