import { PLEX_TV, type PlexClient } from './client.ts';
import { optBool, optNum, optStr } from './guards.ts';
import { t } from '../i18n/i18n.ts';

/** One way to reach a server, as plex.tv lists it. */
export interface ServerConnection {
	uri: string;
	protocol: 'http' | 'https';
	address: string;
	port: number;
	local: boolean;
	relay: boolean;
	ipv6: boolean;
}

/** A Plex Media Server the account can use (GET https://plex.tv/api/v2/resources). */
export interface PlexServer {
	name: string;
	/** The resource's clientIdentifier = the server's machineIdentifier. */
	machineId: string;
	/** The token for THIS server (shared servers reject the account token). */
	accessToken: string;
	owned: boolean;
	/** The owner's name for shared servers. */
	ownerName: string | undefined;
	/** plex.tv heard from the server recently (sometimes wrong: still worth a try). */
	presence: boolean;
	/** Unix ms. */
	lastSeenAt: number | undefined;
	/** The browser's public IP equals the server's: probably on the same network. */
	publicAddressMatches: boolean;
	httpsRequired: boolean;
	dnsRebindingProtection: boolean;
	version: string | undefined;
	connections: ServerConnection[];
	/** Added by address in this app, not (or not only) listed by plex.tv (README "Finding servers"). */
	manual?: boolean;
}

function parseConnection(value: unknown): ServerConnection | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const c = value as Record<string, unknown>;
	const uri = optStr(c.uri);
	if (!uri) return undefined;
	let url: URL;
	try {
		url = new URL(uri);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
	return {
		uri: uri.replace(/\/+$/, ''),
		protocol: url.protocol === 'https:' ? 'https' : 'http',
		address: optStr(c.address) ?? url.hostname,
		port: optNum(c.port) ?? Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
		local: optBool(c.local) ?? false,
		relay: optBool(c.relay) ?? false,
		ipv6: optBool(c.IPv6) ?? false
	};
}

/** Keeps the servers (provides contains "server") with what the app needs; skips broken entries. */
export function parseResources(body: unknown): PlexServer[] {
	if (!Array.isArray(body)) throw new TypeError('resources: expected an array');
	const servers: PlexServer[] = [];
	const seen = new Set<string>();
	for (const entry of body) {
		if (typeof entry !== 'object' || entry === null) continue;
		const r = entry as Record<string, unknown>;
		const provides = (optStr(r.provides) ?? '').split(',').map((p) => p.trim());
		if (!provides.includes('server')) continue;
		const machineId = optStr(r.clientIdentifier);
		const accessToken = optStr(r.accessToken);
		// A server listed twice (it happens) is one server: the first entry counts.
		if (!machineId || !accessToken || seen.has(machineId)) continue;
		seen.add(machineId);
		const lastSeen = optStr(r.lastSeenAt);
		const owned = optBool(r.owned) ?? false;
		servers.push({
			name: optStr(r.name) ?? 'Plex Media Server',
			machineId,
			accessToken,
			owned,
			ownerName: owned ? undefined : optStr(r.sourceTitle),
			presence: optBool(r.presence) ?? true,
			lastSeenAt: lastSeen ? Date.parse(lastSeen) || undefined : undefined,
			publicAddressMatches: optBool(r.publicAddressMatches) ?? false,
			httpsRequired: optBool(r.httpsRequired) ?? false,
			dnsRebindingProtection: optBool(r.dnsRebindingProtection) ?? false,
			version: optStr(r.productVersion),
			connections: (Array.isArray(r.connections) ? r.connections : []).map(parseConnection).filter((c): c is ServerConnection => !!c)
		});
	}
	return servers;
}

export function getServers(client: PlexClient, accountToken: string, signal?: AbortSignal): Promise<PlexServer[]> {
	return client.json(
		{
			base: PLEX_TV,
			path: '/api/v2/resources',
			query: { includeHttps: 1, includeRelay: 1, includeIPv6: 1 },
			token: accountToken,
			signal,
			label: t('plex_label_server_list')
		},
		parseResources
	);
}

