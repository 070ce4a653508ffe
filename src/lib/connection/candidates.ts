import type { PlexServer, ServerConnection } from '../plex/resources.ts';

/**
 * Which of a server's connections to try, in which order (pure).
 *  - Shared servers: their LAN addresses are the owner's LAN; skipped unless plex.tv says we are
 *    on the same network (publicAddressMatches).
 *  - From an https page plain-http addresses are blocked as mixed content, so they are left out
 *    (local ones stay when Chrome's Local Network Access is granted, which lifts that block).
 *  - Order: the connection that worked last time; then https before http; local before remote;
 *    relay always last (it works almost everywhere, but Plex limits its bandwidth).
 */
export type CandidateKind = 'local' | 'remote' | 'relay';

export interface Candidate {
	uri: string;
	kind: CandidateKind;
	protocol: 'http' | 'https';
	ipv6: boolean;
	/** This is the connection that worked last time. */
	remembered: boolean;
}

export type ExclusionReason = 'mixed-content' | 'shared-lan';

export interface Excluded {
	uri: string;
	kind: CandidateKind;
	reason: ExclusionReason;
}

export interface CandidateContext {
	/** location.protocol of the app page. */
	pageProtocol: string;
	/**
	 * The browser lets this https page call plain-http servers on the local network: Chrome relaxes
	 * mixed-content blocking for local addresses once Local Network Access is granted.
	 */
	allowInsecureLocal?: boolean;
	/** The URI that connected last time for this server. */
	lastWorking?: string;
}

export function kindOf(c: Pick<ServerConnection, 'local' | 'relay'>): CandidateKind {
	return c.relay ? 'relay' : c.local ? 'local' : 'remote';
}

const KIND_RANK: Record<CandidateKind, number> = { local: 0, remote: 1, relay: 3 };

export function buildCandidates(server: Pick<PlexServer, 'owned' | 'publicAddressMatches' | 'connections'>, ctx: CandidateContext): {
	candidates: Candidate[];
	excluded: Excluded[];
} {
	const excluded: Excluded[] = [];
	const kept: Candidate[] = [];
	const seen = new Set<string>();
	const httpsPage = ctx.pageProtocol === 'https:';
	for (const c of server.connections) {
		if (seen.has(c.uri)) continue;
		seen.add(c.uri);
		const kind = kindOf(c);
		if (!server.owned && c.local && !server.publicAddressMatches) {
			excluded.push({ uri: c.uri, kind, reason: 'shared-lan' });
			continue;
		}
		if (httpsPage && c.protocol === 'http' && !(ctx.allowInsecureLocal && c.local)) {
			excluded.push({ uri: c.uri, kind, reason: 'mixed-content' });
			continue;
		}
		kept.push({ uri: c.uri, kind, protocol: c.protocol, ipv6: c.ipv6, remembered: c.uri === ctx.lastWorking });
	}
	const rank = (c: Candidate) =>
		c.kind === 'relay'
			? 100
			: (c.remembered ? -100 : 0) + (c.protocol === 'https' ? 0 : 10) + KIND_RANK[c.kind] + (c.ipv6 ? 0.5 : 0);
	const candidates = kept
		.map((c, i) => ({ c, i }))
		.sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
		.map(({ c }) => c);
	return { candidates, excluded };
}
