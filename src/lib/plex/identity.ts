import type { PlexClient } from './client.ts';
import { obj, str } from './guards.ts';
import { t } from '../i18n/i18n.ts';

/** GET <connection>/identity (no token needed): which machine answers at this address. */
export function probeIdentity(client: PlexClient, uri: string, signal: AbortSignal): Promise<{ machineIdentifier: string }> {
	return client.json({ base: uri, path: '/identity', signal, timeoutMs: 30_000, label: t('plex_label_identity') }, (body) => {
		const container = obj(obj(body, 'identity').MediaContainer, 'identity.MediaContainer');
		return { machineIdentifier: str(container.machineIdentifier, 'identity.machineIdentifier') };
	});
}

/**
 * GET <connection>/ with this server's token: its name and machineIdentifier, as
 * python-plexapi's PlexServer(baseurl, token) reads them (pkkid/python-plexapi plexapi/server.py; docs/plex-api.md §2). Used for a
 * server added by address, which plex.tv did not describe.
 */
export function getServerRoot(client: PlexClient, uri: string, token: string, signal?: AbortSignal): Promise<{ machineIdentifier: string; friendlyName: string | undefined }> {
	return client.json({ base: uri, path: '/', token, signal, timeoutMs: 15_000, label: t('plex_label_server') }, (body) => {
		const container = obj(obj(body, 'server').MediaContainer, 'server.MediaContainer');
		const name = container.friendlyName;
		return { machineIdentifier: str(container.machineIdentifier, 'server.machineIdentifier'), friendlyName: typeof name === 'string' && name.trim() !== '' ? name : undefined };
	});
}
