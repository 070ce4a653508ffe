import { PLEX_TV, type PlexClient } from './client.ts';
import { num, obj, optNum, optStr, str } from './guards.ts';
import { t } from '../i18n/i18n.ts';

/** A Plex sign-in PIN (POST/GET https://plex.tv/api/v2/pins). */
export interface Pin {
	id: number;
	code: string;
	/** Unix ms after which plex.tv forgets the PIN, by plex.tv's clock. */
	expiresAt: number;
	/**
	 * How long the PIN lives from now (ms), from `expiresIn` (or expiresAt − createdAt). The
	 * device's clock may be off by hours: count the expiry from this, not from `expiresAt`.
	 */
	lifetimeMs?: number;
	authToken: string | undefined;
}

export function parsePin(body: unknown): Pin {
	const o = obj(body, 'pin');
	const expiresAt = Date.parse(str(o.expiresAt, 'pin.expiresAt'));
	if (Number.isNaN(expiresAt)) throw new TypeError('pin.expiresAt: not a date');
	const createdAt = typeof o.createdAt === 'string' ? Date.parse(o.createdAt) : NaN;
	const expiresIn = optNum(o.expiresIn);
	const lifetime = expiresIn !== undefined ? expiresIn * 1000 : expiresAt - createdAt;
	return {
		id: num(o.id, 'pin.id'),
		code: str(o.code, 'pin.code'),
		expiresAt,
		lifetimeMs: Number.isFinite(lifetime) && lifetime > 0 ? lifetime : undefined,
		authToken: optStr(o.authToken)
	};
}

/** Creates a strong PIN (25 characters, 30 minutes) for the app.plex.tv sign-in page. */
export function createPin(client: PlexClient, signal?: AbortSignal): Promise<Pin> {
	return client.json(
		{ base: PLEX_TV, path: '/api/v2/pins', method: 'POST', query: { strong: 'true' }, signal, label: t('plex_endpoint_signin') },
		parsePin
	);
}

/** Reads a PIN; `authToken` is set once the person approved it. 404 (code 1020) = expired. */
export function checkPin(client: PlexClient, id: number, signal?: AbortSignal): Promise<Pin> {
	return client.json({ base: PLEX_TV, path: `/api/v2/pins/${id}`, signal, timeoutMs: 8000, label: t('plex_endpoint_signin') }, parsePin);
}

export { authPageUrl } from './auth-page.ts';
