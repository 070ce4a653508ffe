import { clientInfo } from '../config.ts';
import { clientIdentifier } from './client-id.ts';
import { PlexClient, type Identity } from './client.ts';

/** The browser's PlexClient: identity from build-time config, the kept client id, window.fetch. */
export function browserPlexClient(win: Window): PlexClient {
	let identity: Identity | undefined;
	return new PlexClient({
		fetch: (input, init) => win.fetch(input, init),
		online: () => win.navigator.onLine,
		identity: () =>
			(identity ??= {
				...clientInfo(import.meta.env, win.navigator.userAgent, __APP_VERSION__),
				clientId: clientIdentifier(win.localStorage)
			})
	});
}
