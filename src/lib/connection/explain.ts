import type { PlexServer } from '../plex/resources.ts';
import type { CandidateKind, Excluded } from './candidates.ts';
import type { Attempt } from './race.ts';

/**
 * Why nothing connected, in words a person can act on (pure). Browsers hide the real cause of a
 * failed request (DNS, TLS, refused and blocked all look the same), so the reasons combine what
 * plex.tv says about the server with which groups of addresses failed and how.
 */
export type ReasonKind =
	| 'server-offline'
	| 'mixed-content'
	| 'local-network-access'
	| 'dns-rebinding'
	| 'certificate'
	| 'token-rejected'
	| 'cors-refused'
	| 'wrong-server'
	| 'timeout'
	| 'unreachable'
	| 'no-addresses';

export interface Reason {
	kind: ReasonKind;
	/** The group of addresses the reason is about. */
	group: CandidateKind | 'all';
	text: string;
}

export interface ExplainContext {
	pageProtocol: string;
	/** Chrome's Local Network Access permission for this site, when the browser has one. */
	localNetworkAccess?: 'granted' | 'denied' | 'prompt' | 'unsupported';
	/** The server answered /identity but rejected its token on /library/sections. */
	tokenRejected?: boolean;
}

const isPlexDirect = (uri: string) => {
	try {
		return new URL(uri).hostname.endsWith('.plex.direct');
	} catch {
		return false;
	}
};

function hostOf(uri: string): string {
	try {
		return new URL(uri).host;
	} catch {
		return uri;
	}
}

function ago(ms: number | undefined): string {
	if (!ms) return 'a long time';
	const days = Math.round((Date.now() - ms) / 86_400_000);
	return days <= 0 ? 'today' : days === 1 ? '1 day' : `${days} days`;
}

export function explainFailure(server: Pick<PlexServer, 'name' | 'owned' | 'ownerName' | 'presence' | 'lastSeenAt' | 'dnsRebindingProtection'>, attempts: readonly Attempt[], excluded: readonly Excluded[], ctx: ExplainContext): Reason[] {
	const reasons: Reason[] = [];
	const tried = attempts.filter((a) => a.outcome !== 'not-tried' && a.outcome !== 'abandoned');
	const failed = (kind: CandidateKind) => tried.filter((a) => a.kind === kind);
	const name = server.name;

	if (ctx.tokenRejected) {
		reasons.push({
			kind: 'token-rejected',
			group: 'all',
			text: server.owned
				? `${name} answered but refused your sign-in. Sign out and sign in again, then retry.`
				: `${name} answered but refused access. ${server.ownerName ?? 'The owner'} may have stopped sharing it with you, or plex.tv has not passed on the new access yet. Ask them to check sharing, then retry.`
		});
		return reasons;
	}

	if (!server.presence) {
		reasons.push({
			kind: 'server-offline',
			group: 'all',
			text: `Plex has not heard from ${name} for ${ago(server.lastSeenAt)}: it is probably switched off or not connected to the internet. Start it (or its Plex Media Server app), then retry.`
		});
	}

	const mixed = excluded.filter((e) => e.reason === 'mixed-content');
	if (mixed.length > 0 && tried.length === 0) {
		reasons.push({
			kind: 'mixed-content',
			group: 'all',
			text: `This page is served over HTTPS, and ${name} only offers plain http:// addresses, which browsers block on HTTPS pages. In the server's Settings → Network, set “Secure connections” to Preferred, then retry.`
		});
	} else if (mixed.length > 0 && tried.every((a) => a.outcome !== 'connected')) {
		reasons.push({
			kind: 'mixed-content',
			group: 'local',
			text: `${mixed.length} plain http:// address${mixed.length > 1 ? 'es were' : ' was'} not tried: browsers block them on HTTPS pages.`
		});
	}

	if (tried.length === 0 && mixed.length === 0) {
		const sharedLan = excluded.some((e) => e.reason === 'shared-lan');
		reasons.push({
			kind: 'no-addresses',
			group: 'all',
			text: sharedLan
				? `${name} is shared with you but offers only addresses on ${server.ownerName ?? 'its owner'}'s home network, and Remote Access seems off. Ask them to turn on Remote Access (or Relay).`
				: `plex.tv lists no address for ${name}. Check that Remote Access is on in the server's settings, then retry.`
		});
	}

	// Answered, but refused this site: Plex's CORS policy (docs/plex-api.md §2). Nothing about the
	// network or Remote Access would change that, so the words say so and point elsewhere.
	const refused = tried.filter((a) => a.outcome === 'cors-refused');
	if (refused.length > 0) {
		const hosts = [...new Set(refused.map((a) => hostOf(a.uri)))];
		const owner = server.owned ? '' : ` or ask ${server.ownerName ?? 'its owner'} about it`;
		reasons.push({
			kind: 'cors-refused',
			group: refused.length === tried.length ? 'all' : refused[0]!.kind,
			text: `${name} answered at ${hosts.join(', ')}, but refused to let PlexPicker read its answers: it only allows Plex's own web app (app.plex.tv). This is Plex's policy, not a problem with your network or your server's settings. Watch from ${name} in Plex's own apps${owner}; PlexPicker cannot reach it from this browser.`
		});
	}

	const wrong = tried.filter((a) => a.outcome === 'wrong-server');
	if (wrong.length > 0) {
		reasons.push({
			kind: 'wrong-server',
			group: wrong[0]!.kind,
			text: `${wrong.length === 1 ? 'One address' : `${wrong.length} addresses`} answered, but as a different Plex server (the address now belongs to another machine), so PlexPicker did not use it.`
		});
	}

	const local = failed('local').filter((a) => a.outcome === 'unreachable');
	if (local.length > 0) {
		if (ctx.localNetworkAccess === 'denied' || ctx.localNetworkAccess === 'prompt') {
			reasons.push({
				kind: 'local-network-access',
				group: 'local',
				text:
					ctx.localNetworkAccess === 'denied'
						? 'Your browser blocks this site from reaching devices on your local network. Allow “Local network access” in the site settings (the icon left of the address bar), then retry.'
						: 'Your browser needs permission to reach devices on your local network. Retry and choose “Allow” when it asks about local network access.'
			});
		}
		if (server.dnsRebindingProtection && local.some((a) => isPlexDirect(a.uri))) {
			reasons.push({
				kind: 'dns-rebinding',
				group: 'local',
				text: 'Your router may refuse to resolve plex.direct addresses (DNS rebinding protection). Add an exception for “plex.direct” in the router’s DNS settings, or use a remote connection.'
			});
		}
	}

	const badCert = tried.filter((a) => a.outcome === 'unreachable' && a.uri.startsWith('https:') && !isPlexDirect(a.uri));
	if (badCert.length > 0) {
		reasons.push({
			kind: 'certificate',
			group: badCert[0]!.kind,
			text: `The secure address${badCert.length > 1 ? 'es' : ''} ${badCert.map((a) => new URL(a.uri).host).join(', ')} did not connect; their certificate may not match the address or may have expired. Open the address once in a browser tab to see the certificate problem.`
		});
	}

	const timeouts = tried.filter((a) => a.outcome === 'timeout');
	if (timeouts.length > 0 && timeouts.length === tried.length) {
		reasons.push({
			kind: 'timeout',
			group: 'all',
			text: `No address of ${name} answered in time. The server may be busy, or unreachable from this network. Retry in a moment.`
		});
	} else if (server.presence && tried.length > 0 && reasons.length === 0) {
		reasons.push({
			kind: 'unreachable',
			group: 'all',
			text: `None of ${name}'s addresses could be reached from this network. If it is at home and you are away, check that Remote Access is on in the server's settings, then retry.`
		});
	}
	return reasons;
}
