import type { PlexServer } from '../plex/resources.ts';
import type { CandidateKind, Excluded } from './candidates.ts';
import type { Attempt } from './race.ts';
import { t } from '../i18n/i18n.ts';
import { names } from '../i18n/intl.ts';

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

/** "Plex has not heard from … for …": a plural message per case (Plex's lastSeenAt, in ms). */
function offline(name: string, ms: number | undefined): string {
	if (!ms) return t('plex_reason_offline_long', { name });
	const days = Math.round((Date.now() - ms) / 86_400_000);
	return days <= 0 ? t('plex_reason_offline_today', { name }) : t('plex_reason_offline_days', { name, count: days });
}

/** Hosts as a short list ("a, b"), in the app's language. */
const hostList = (hosts: string[]) => names(hosts, hosts.length);

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
				? t('plex_reason_token_owned', { name })
				: server.ownerName
					? t('plex_reason_token_shared', { name, owner: server.ownerName })
					: t('plex_reason_token_shared_unknown', { name })
		});
		return reasons;
	}

	if (!server.presence) {
		reasons.push({
			kind: 'server-offline',
			group: 'all',
			text: offline(name, server.lastSeenAt)
		});
	}

	const mixed = excluded.filter((e) => e.reason === 'mixed-content');
	if (mixed.length > 0 && tried.length === 0) {
		reasons.push({
			kind: 'mixed-content',
			group: 'all',
			text: t('plex_reason_mixed_all', { name })
		});
	} else if (mixed.length > 0 && tried.every((a) => a.outcome !== 'connected')) {
		reasons.push({
			kind: 'mixed-content',
			group: 'local',
			text: t('plex_reason_mixed_some', { count: mixed.length })
		});
	}

	if (tried.length === 0 && mixed.length === 0) {
		const sharedLan = excluded.some((e) => e.reason === 'shared-lan');
		reasons.push({
			kind: 'no-addresses',
			group: 'all',
			text: !sharedLan
				? t('plex_reason_no_addresses', { name })
				: server.ownerName
					? t('plex_reason_shared_lan_owner', { name, owner: server.ownerName })
					: t('plex_reason_shared_lan', { name })
		});
	}

	// Answered, but refused this site: Plex's CORS policy (docs/plex-api.md §2). Nothing about the
	// network or Remote Access would change that, so the words say so and point elsewhere.
	const refused = tried.filter((a) => a.outcome === 'cors-refused');
	if (refused.length > 0) {
		const hosts = [...new Set(refused.map((a) => hostOf(a.uri)))];
		const where = { name, hosts: hostList(hosts) };
		reasons.push({
			kind: 'cors-refused',
			group: refused.length === tried.length ? 'all' : refused[0]!.kind,
			text: server.owned
				? t('plex_reason_cors_owned', where)
				: server.ownerName
					? t('plex_reason_cors_shared', { ...where, owner: server.ownerName })
					: t('plex_reason_cors_shared_unknown', where)
		});
	}

	const wrong = tried.filter((a) => a.outcome === 'wrong-server');
	if (wrong.length > 0) {
		reasons.push({
			kind: 'wrong-server',
			group: wrong[0]!.kind,
			text: t('plex_reason_wrong_server', { count: wrong.length })
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
						? t('plex_reason_lna_denied')
						: t('plex_reason_lna_prompt')
			});
		}
		if (server.dnsRebindingProtection && local.some((a) => isPlexDirect(a.uri))) {
			reasons.push({
				kind: 'dns-rebinding',
				group: 'local',
				text: t('plex_reason_dns_rebinding')
			});
		}
	}

	const badCert = tried.filter((a) => a.outcome === 'unreachable' && a.uri.startsWith('https:') && !isPlexDirect(a.uri));
	if (badCert.length > 0) {
		reasons.push({
			kind: 'certificate',
			group: badCert[0]!.kind,
			text: t('plex_reason_certificate', { count: badCert.length, hosts: hostList(badCert.map((a) => new URL(a.uri).host)) })
		});
	}

	const timeouts = tried.filter((a) => a.outcome === 'timeout');
	if (timeouts.length > 0 && timeouts.length === tried.length) {
		reasons.push({
			kind: 'timeout',
			group: 'all',
			text: t('plex_reason_timeout', { name })
		});
	} else if (server.presence && tried.length > 0 && reasons.length === 0) {
		reasons.push({
			kind: 'unreachable',
			group: 'all',
			text: t('plex_reason_unreachable', { name })
		});
	}
	return reasons;
}
