/**
 * Who this app says it is to Plex (the X-Plex-* identity parameters), set at build time with Vite
 * env vars (see README "Configuration"). Everything has a default, so nothing must be set.
 */
export interface ClientInfo {
	/** X-Plex-Product: shown in Plex's "Authorized devices". */
	product: string;
	/** X-Plex-Version */
	version: string;
	/** X-Plex-Platform, e.g. "Chrome". */
	platform: string;
	/** X-Plex-Platform-Version */
	platformVersion: string;
	/** X-Plex-Device, e.g. "Linux", "iPhone". */
	device: string;
	/** X-Plex-Device-Name: what the person sees in Plex's device list. */
	deviceName: string;
}

export interface BuildEnv {
	VITE_PLEX_PRODUCT?: string;
	VITE_PLEX_DEVICE_NAME?: string;
	VITE_PLEX_PLATFORM?: string;
}

const BROWSERS: [RegExp, string][] = [
	[/Edg\/([\d.]+)/, 'Edge'],
	[/OPR\/([\d.]+)/, 'Opera'],
	[/Firefox\/([\d.]+)/, 'Firefox'],
	[/(?:Chrome|CriOS)\/([\d.]+)/, 'Chrome'],
	[/Version\/([\d.]+).*Safari/, 'Safari']
];

const DEVICES: [RegExp, string][] = [
	[/iPhone/, 'iPhone'],
	[/iPad/, 'iPad'],
	[/Android/, 'Android'],
	[/Windows/, 'Windows'],
	[/Mac OS X|Macintosh/, 'macOS'],
	[/CrOS/, 'Chrome OS'],
	[/Linux/, 'Linux']
];

export function clientInfo(env: BuildEnv, userAgent: string, version: string): ClientInfo {
	const browser = BROWSERS.find(([re]) => re.test(userAgent));
	const platform = env.VITE_PLEX_PLATFORM?.trim() || (browser ? browser[1] : 'Web');
	const platformVersion = browser ? (browser[0].exec(userAgent)?.[1] ?? '') : '';
	const device = DEVICES.find(([re]) => re.test(userAgent))?.[1] ?? 'Web';
	const product = env.VITE_PLEX_PRODUCT?.trim() || 'PlexPicker';
	const deviceName = env.VITE_PLEX_DEVICE_NAME?.trim() || `${product} (${platform} on ${device})`;
	return { product, version, platform, platformVersion, device, deviceName };
}
