/**
 * A phone-sized poster through the server's photo transcoder (docs/plex-api.md §10):
 *   <connection>/photo/:/transcode?width=240&height=360&minSize=1&upscale=1&url=<thumb>&X-Plex-Token=<server token>
 * The URL carries the server's own token: it is only ever loaded from that server, never logged.
 * Returns undefined for thumbs that are not server paths (demo posters are drawn locally).
 */
export function posterUrl(connectionUri: string, serverToken: string, thumb: string | undefined, width = 240, height = 360): string | undefined {
	if (!thumb || !thumb.startsWith('/')) return undefined;
	const params = new URLSearchParams({ width: String(width), height: String(height), minSize: '1', upscale: '1', url: thumb, 'X-Plex-Token': serverToken });
	return `${connectionUri.replace(/\/+$/, '')}/photo/:/transcode?${params.toString()}`;
}
