import { PLEX_TV, type PlexClient } from './client.ts';
import { num, obj, optBool, optStr, str } from './guards.ts';
import { t } from '../i18n/i18n.ts';

/** What the app keeps of the signed-in Plex account (GET https://plex.tv/api/v2/user). */
export interface Account {
	id: number;
	uuid: string;
	username: string;
	email: string | undefined;
	/** Avatar image URL on plex.tv. */
	thumb: string | undefined;
	/** Display name if the person set one. */
	friendlyName: string | undefined;
	plexPass: boolean | undefined;
}

export function parseAccount(body: unknown): Account {
	const o = obj(body, 'user');
	const subscription = typeof o.subscription === 'object' && o.subscription !== null ? (o.subscription as Record<string, unknown>) : undefined;
	const thumb = optStr(o.thumb);
	return {
		id: num(o.id, 'user.id'),
		uuid: str(o.uuid, 'user.uuid'),
		username: optStr(o.username) ?? str(o.title, 'user.username'),
		email: optStr(o.email),
		// Only plex.tv avatars are shown: an avatar URL is loaded by the browser, so nothing else gets to see the visit.
		thumb: thumb && /^https:\/\/([a-z0-9-]+\.)*plex\.tv\//.test(thumb) ? thumb : undefined,
		friendlyName: optStr(o.friendlyName),
		plexPass: subscription ? optBool(subscription.active) : undefined
	};
}

export function getAccount(client: PlexClient, token: string, signal?: AbortSignal): Promise<Account> {
	return client.json({ base: PLEX_TV, path: '/api/v2/user', token, signal, label: t('plex_endpoint_account') }, parseAccount);
}
