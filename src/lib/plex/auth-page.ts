import type { Identity } from './client.ts';

/**
 * The page where the person approves the PIN:
 *   https://app.plex.tv/auth#?clientID=…&code=…&context%5Bdevice%5D%5Bproduct%5D=…[&forwardUrl=…]
 * No token is ever part of it.
 */
export function authPageUrl(identity: Identity, code: string, forwardUrl?: string): string {
	const params = new URLSearchParams({
		clientID: identity.clientId,
		code,
		'context[device][product]': identity.product,
		'context[device][version]': identity.version,
		'context[device][platform]': identity.platform,
		'context[device][platformVersion]': identity.platformVersion,
		'context[device][device]': identity.device,
		'context[device][deviceName]': identity.deviceName
	});
	if (forwardUrl) params.set('forwardUrl', forwardUrl);
	return `https://app.plex.tv/auth#?${params.toString()}`;
}
