import { describe, expect, it } from 'vitest';
import { opensPlexApp, plexAppItemUrl, plexWebItemUrl } from '#lib/plex/links.ts';

// docs/plex-api.md §13: plex:// only where a public source shows it opening the Plex app.
const UA = {
	iPhone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
	iPadDesktopMode: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
	android: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
	desktop: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
};

describe('Open in Plex links', () => {
	it('offers the app link on iPhone and iPad (also iPadOS asking for desktop sites), nowhere else', () => {
		expect(opensPlexApp({ userAgent: UA.iPhone, platform: 'iPhone', maxTouchPoints: 5 })).toBe(true);
		expect(opensPlexApp({ userAgent: UA.iPadDesktopMode, platform: 'MacIntel', maxTouchPoints: 5 })).toBe(true);
		expect(opensPlexApp({ userAgent: UA.iPadDesktopMode, platform: 'MacIntel', maxTouchPoints: 0 })).toBe(false); // a Mac
		expect(opensPlexApp({ userAgent: UA.android, platform: 'Linux armv8l', maxTouchPoints: 5 })).toBe(false);
		expect(opensPlexApp({ userAgent: UA.desktop, platform: 'Linux x86_64', maxTouchPoints: 0 })).toBe(false);
	});

	it('builds the forms Overseerr builds, without a token', () => {
		expect(plexWebItemUrl('abc', '42')).toBe('https://app.plex.tv/desktop/#!/server/abc/details?key=%2Flibrary%2Fmetadata%2F42');
		expect(plexAppItemUrl('abc', '42')).toBe('plex://preplay/?metadataKey=%2Flibrary%2Fmetadata%2F42&server=abc');
	});
});
