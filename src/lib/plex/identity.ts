import type { PlexClient } from './client.ts';
import { obj, str } from './guards.ts';

/** GET <connection>/identity (no token needed): which machine answers at this address. */
export function probeIdentity(client: PlexClient, uri: string, signal: AbortSignal): Promise<{ machineIdentifier: string }> {
	return client.json({ base: uri, path: '/identity', signal, timeoutMs: 30_000, label: 'Plex server identity' }, (body) => {
		const container = obj(obj(body, 'identity').MediaContainer, 'identity.MediaContainer');
		return { machineIdentifier: str(container.machineIdentifier, 'identity.machineIdentifier') };
	});
}
