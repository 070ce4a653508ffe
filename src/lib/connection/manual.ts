import { AppError } from '../errors.ts';
import { t } from '../i18n/i18n.ts';
import type { PlexClient } from '../plex/client.ts';
import { getServerRoot, probeIdentity } from '../plex/identity.ts';
import type { PlexServer, ServerConnection } from '../plex/resources.ts';

/**
 * "Add a server by address" (README "Finding servers and connecting"): for a server plex.tv does
 * not list, or when plex.tv is down. Like python-plexapi's PlexServer(baseurl, token), it needs
 * only the address and that server's token (docs/plex-api.md §2; pkkid/python-plexapi plexapi/server.py). Order matters for the token:
 *  1. GET /identity (no token) proves a Plex server answers there and which machine it is;
 *  2. only then does a token go to it: the one typed, else the one plex.tv gave for that same
 *     machine. The account token is never sent to a typed address.
 * The result is an ordinary PlexServer whose only connection is the typed address, so it is raced,
 * identity-checked, remembered and synced like any other (ServerState).
 */

export type AddressResult = { ok: true; uri: string } | { ok: false; message: string };

/** Reads what a person typed: `host:port` or a full URL; https assumed; no paths, queries or credentials. */
export function parseServerAddress(input: string, pageProtocol: string): AddressResult {
	const text = input.trim();
	if (text === '') return { ok: false, message: t('plex_address_empty') };
	let url: URL;
	try {
		url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
	} catch {
		return { ok: false, message: t('plex_address_invalid') };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: t('plex_address_scheme') };
	if (url.username || url.password || url.search || url.hash) {
		return { ok: false, message: t('plex_address_extras') };
	}
	if (url.protocol === 'http:' && pageProtocol === 'https:') {
		return { ok: false, message: t('plex_address_http') };
	}
	return { ok: true, uri: url.origin + url.pathname.replace(/\/+$/, '') };
}

function connectionOf(uri: string): ServerConnection {
	const url = new URL(uri);
	const local = /^(10|127|192\.168|172\.(1[6-9]|2\d|3[01]))\.|^(10|127|192-168|172-(1[6-9]|2\d|3[01]))-/.test(url.hostname) || url.hostname === 'localhost';
	return {
		uri,
		protocol: url.protocol === 'https:' ? 'https' : 'http',
		address: url.hostname,
		port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
		local,
		relay: false,
		ipv6: url.hostname.startsWith('[')
	};
}

/** Words for a failed check, naming the host; never the token. */
function explain(error: unknown, host: string, step: 'identity' | 'token'): AppError {
	const kind = error instanceof AppError ? error.kind : 'unknown';
	if (kind === 'cors-refused') {
		return new AppError('cors-refused', t('plex_address_cors', { host }), { cause: error });
	}
	if (kind === 'unauthorized') {
		return new AppError('unauthorized', t('plex_address_token_refused', { host }), { cause: error });
	}
	if (kind === 'bad-response' || kind === 'not-found') {
		return new AppError('bad-response', t('plex_address_not_plex', { host }), { cause: error });
	}
	if (kind === 'timeout') return new AppError('timeout', t('plex_address_timeout', { host }), { cause: error });
	if (kind === 'offline' || kind === 'cancelled') return error as AppError;
	return new AppError(
		'network',
		step === 'identity' ? t('plex_address_nothing', { host }) : t('plex_address_stopped', { host }),
		{ cause: error }
	);
}

export interface AddDeps {
	client: PlexClient;
	/** Servers known already (from plex.tv or added before): a match lends its token and name. */
	known: readonly PlexServer[];
	signal?: AbortSignal;
	/** The page's Content-Security-Policy, when it has one: addresses it refuses are explained before any request. */
	connectPolicy?: string;
	/** The page's origin, for the policy's 'self'. */
	pageOrigin?: string;
}

/** Checks the address and token; resolves with the server to remember, or throws an AppError in words. */
export async function checkServerAddress(uri: string, typedToken: string | undefined, deps: AddDeps): Promise<PlexServer> {
	const host = new URL(uri).host;
	let machineId: string;
	try {
		machineId = (await probeIdentity(deps.client, uri, deps.signal ?? new AbortController().signal)).machineIdentifier;
	} catch (error) {
		throw explain(error, host, 'identity');
	}
	const known = deps.known.find((s) => s.machineId === machineId);
	const token = typedToken?.trim() || known?.accessToken;
	if (!token) {
		throw new AppError('unauthorized', t('plex_address_needs_token', { host, field: t('plex_server_token_field') }));
	}
	let root: Awaited<ReturnType<typeof getServerRoot>>;
	try {
		root = await getServerRoot(deps.client, uri, token, deps.signal);
	} catch (error) {
		throw explain(error, host, 'token');
	}
	if (root.machineIdentifier !== machineId) throw new AppError('bad-response', t('plex_address_two_servers', { host }));
	const friendlyName = root.friendlyName;
	// A typed address is tried whatever it looks like: never dropped as "a shared server's LAN".
	const connection = { ...connectionOf(uri), ...(known?.owned ? {} : { local: false }) };
	if (known) {
		return { ...known, accessToken: token, manual: true, connections: [connection, ...known.connections.filter((c) => c.uri !== uri)] };
	}
	return {
		name: friendlyName ?? host,
		machineId,
		accessToken: token,
		// Not known to be ours: no sharing screen; and the typed address is never dropped as "the owner's LAN".
		owned: false,
		ownerName: undefined,
		presence: true,
		lastSeenAt: undefined,
		publicAddressMatches: true,
		httpsRequired: false,
		dnsRebindingProtection: false,
		version: undefined,
		connections: [connection],
		manual: true
	};
}

/**
 * plex.tv's list with the servers added by address: a listed server keeps plex.tv's details and
 * token and gains the typed address (first); an unlisted one is added as it was saved.
 */
export function withManual(listed: PlexServer[], saved: string | null): PlexServer[] {
	const manual = readManual(saved);
	const out = listed.map((server) => {
		const extra = manual.find((m) => m.machineId === server.machineId);
		if (!extra) return server;
		const typed = extra.connections.filter((c) => !server.connections.some((l) => l.uri === c.uri));
		return { ...server, manual: true, connections: [...typed, ...server.connections] };
	});
	for (const m of manual) if (!out.some((s) => s.machineId === m.machineId)) out.push(m);
	return out;
}

/**
 * Whether the page's Content-Security-Policy lets it `fetch` `uri` (its connect-src, else
 * default-src). A refused address fails like an unreachable one, before any request leaves the
 * browser, so it is checked first and said in words. Understands what this app's policy uses:
 * 'self', `*`, schemes (`https:`) and hosts with `*.` and `:*` wildcards (README "Security").
 */
export function connectAllowed(policy: string | undefined, uri: string, pageOrigin: string): boolean {
	if (!policy) return true;
	const directives = new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map((parts) => [parts[0]!.toLowerCase(), parts.slice(1)] as const)
	);
	const sources = directives.get('connect-src') ?? directives.get('default-src');
	if (!sources) return true;
	const url = new URL(uri);
	const page = new URL(pageOrigin);
	const defaultPort = (protocol: string) => (protocol === 'https:' ? '443' : protocol === 'http:' ? '80' : '');
	const port = url.port || defaultPort(url.protocol);
	return sources.some((raw) => {
		const source = raw.toLowerCase();
		if (source === "'self'") return url.origin === page.origin;
		if (source === '*') return url.protocol === 'https:' || url.protocol === 'http:';
		if (/^[a-z][a-z0-9+.-]*:$/.test(source)) return url.protocol === source;
		const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?/.exec(source);
		if (!m) return false;
		const [, scheme, wildcard, host, sourcePort] = m;
		const scheme_ = scheme ? `${scheme}:` : page.protocol;
		// An http source also allows https (CSP's upgrade rule).
		if (url.protocol !== scheme_ && !(scheme_ === 'http:' && url.protocol === 'https:')) return false;
		const hostname = url.hostname.toLowerCase();
		if (wildcard ? !hostname.endsWith(`.${host}`) : hostname !== host) return false;
		if (sourcePort === '*') return true;
		return port === (sourcePort ?? defaultPort(scheme_));
	});
}

/** The whole check from what was typed: address, then identity, then token (throws an AppError in words). */
export async function addServerByAddress(
	address: string,
	token: string | undefined,
	pageProtocol: string,
	saved: string | null,
	deps: AddDeps
): Promise<{ server: PlexServer; uri: string; saved: string }> {
	const parsed = parseServerAddress(address, pageProtocol);
	if (!parsed.ok) throw new AppError('bad-response', parsed.message);
	if (deps.connectPolicy !== undefined && !connectAllowed(deps.connectPolicy, parsed.uri, deps.pageOrigin ?? parsed.uri)) {
		const { host, origin } = new URL(parsed.uri);
		throw new AppError('bad-response', t('plex_address_csp', { host, origin }));
	}
	const server = await checkServerAddress(parsed.uri, token, deps);
	const manual = [...readManual(saved).filter((s) => s.machineId !== server.machineId), server];
	return { server, uri: parsed.uri, saved: JSON.stringify(manual) };
}

/** The saved servers added by address (JSON in localStorage); anything unreadable counts as none. */
export function readManual(saved: string | null): PlexServer[] {
	try {
		const value = JSON.parse(saved ?? '[]') as unknown;
		return Array.isArray(value) ? (value as PlexServer[]).filter((s) => typeof s?.machineId === 'string' && Array.isArray(s.connections)) : [];
	} catch {
		return [];
	}
}
