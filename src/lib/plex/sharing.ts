import { PLEX_TV, PlexError, type PlexClient, type PlexRequest } from './client.ts';
import { obj, optBool, optStr, str } from './guards.ts';
import { t } from '../i18n/i18n.ts';

/**
 * Owner-side sharing on clients.plex.tv (docs/plex-api.md §12). Every call goes through the
 * one PlexClient with the ACCOUNT token (the owner's plex.tv token), never a server's accessToken.
 * Answers are read leniently (§12): ids as numbers or digit strings, `librarySections` in either
 * casing, and any 2xx to a change is success, whatever its body.
 *
 *   GET    /api/v2/servers/{machineIdentifier}          plex.tv section ids ↔ PMS section keys
 *   GET    /api/v2/shared_servers/owned/accepted        people with access
 *   GET    /api/v2/shared_servers/invites/owned/pending invitations not yet accepted
 *   POST   /api/v2/shared_servers                        invite (2xx; the sample answers 201 with the share)
 *   POST   /api/v2/shared_servers/{id}                   change libraries (full replace; PUT/PATCH give 405)
 *   DELETE /api/v2/shared_servers/{id}                   remove a share or cancel an invite (2xx, no body)
 */

export const CLIENTS_PLEX_TV = 'https://clients.plex.tv';
/** Plex's own page for the same job, offered when the browser cannot reach an endpoint. */
export const PLEX_MANAGE_SHARING_URL = 'https://app.plex.tv/desktop/#!/settings/manage-library-access';

/** A library section as plex.tv knows it: `id` is plex.tv's global id, `key` the server's own section key. */
export interface SharedSection {
	id: number;
	key: string;
	title: string;
	type: string;
}

/** The settings plex.tv keeps per share; sent back unchanged on update (else they reset). */
export type SharingSettings = Record<string, unknown>;

/** One person's access to one server: an accepted share or a pending invitation. */
export interface Share {
	/** The shared_servers id (what update and delete address). */
	id: number;
	machineId: string;
	pending: boolean;
	/** What to call the person: Plex title, username, or the invited email address. */
	name: string;
	/** Plex username when the person has an account. */
	username: string | undefined;
	/** The invited address for invitations to an email without a Plex account. */
	email: string | undefined;
	allLibraries: boolean;
	libraries: SharedSection[];
	settings: SharingSettings;
	invitedAt: string | undefined;
}

export interface InviteInput {
	machineId: string;
	/** Plex username or email address, as typed. */
	invitee: string;
	/** plex.tv global section ids. */
	sectionIds: number[];
	allowDownloads: boolean;
}

// ---- validation -------------------------------------------------------------------------------

/** An id plex.tv may send as a number or as a string of digits (docs/plex-api.md §12). */
function id(value: unknown, what: string): number {
	if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
	if (typeof value === 'string' && /^\d{1,15}$/.test(value.trim())) return Number(value.trim());
	throw new TypeError(`${what}: expected an id`);
}

function parseSection(value: unknown, what: string): SharedSection {
	const o = obj(value, what);
	const key = o.key;
	return {
		id: id(o.id, `${what}.id`),
		key: typeof key === 'number' ? String(key) : str(key, `${what}.key`),
		title: optStr(o.title) ?? t('together_library_n', { key: String(key) }),
		type: optStr(o.type) ?? 'unknown'
	};
}

/** GET /api/v2/servers/{machineIdentifier} → the server's sections with both ids. */
export function parseServerSections(body: unknown): SharedSection[] {
	const o = obj(body, 'server');
	str(o.machineIdentifier, 'server.machineIdentifier');
	// Other clients guard against both casings of this key (docs/plex-api.md §12).
	const sections = o.librarySections ?? o.LibrarySections;
	if (!Array.isArray(sections)) throw new TypeError('server.librarySections: expected an array');
	return sections.map((s, i) => parseSection(s, `server.librarySections[${i}]`));
}

/** One shared_servers entry (accepted list, invite answer, update answer, or inside a pending invite). */
export function parseShare(value: unknown, pending?: boolean, outer?: Record<string, unknown>): Share {
	const o = obj(value, 'shared server');
	const invited = o.invited === null || o.invited === undefined ? undefined : obj(o.invited, 'shared server.invited');
	const outerInvited = outer && typeof outer.invited === 'object' && outer.invited !== null ? (outer.invited as Record<string, unknown>) : undefined;
	const username = optStr(invited?.username) ?? optStr(outerInvited?.username);
	const email = optStr(o.invitedEmail) ?? optStr(outer?.invitedEmail);
	const name = optStr(invited?.title) ?? optStr(outerInvited?.title) ?? username ?? email;
	if (!name) throw new TypeError('shared server: nobody invited');
	const libraries = o.libraries ?? [];
	if (!Array.isArray(libraries)) throw new TypeError('shared server.libraries: expected an array');
	const settings = o.sharingSettings === undefined || o.sharingSettings === null ? {} : obj(o.sharingSettings, 'shared server.sharingSettings');
	return {
		id: id(o.id, 'shared server.id'),
		machineId: str(o.machineIdentifier, 'shared server.machineIdentifier'),
		pending: pending ?? !(optBool(o.accepted) ?? false),
		name,
		username,
		email,
		allLibraries: optBool(o.allLibraries) ?? false,
		libraries: libraries.map((l, i) => parseSection(l, `shared server.libraries[${i}]`)),
		settings: { ...settings },
		invitedAt: optStr(o.invitedAt)
	};
}

/** GET /api/v2/shared_servers/owned/accepted: one unpaged array. */
export function parseAcceptedShares(body: unknown): Share[] {
	if (!Array.isArray(body)) throw new TypeError('accepted shares: expected an array');
	return body.map((s) => parseShare(s, false));
}

/** GET /api/v2/shared_servers/invites/owned/pending: invitations, each with its sharedServers. */
export function parsePendingInvites(body: unknown): Share[] {
	if (!Array.isArray(body)) throw new TypeError('pending invites: expected an array');
	return body.flatMap((value) => {
		const invite = obj(value, 'pending invite');
		if (!Array.isArray(invite.sharedServers)) throw new TypeError('pending invite.sharedServers: expected an array');
		return invite.sharedServers.map((s) => parseShare(s, true, invite));
	});
}

// ---- id mapping -------------------------------------------------------------------------------

/** PMS section keys → plex.tv section ids (what librarySectionIds wants). Unknown keys throw. */
export function sectionIdsForKeys(sections: SharedSection[], keys: string[]): number[] {
	return keys.map((key) => {
		const found = sections.find((s) => s.key === String(key));
		if (!found) throw new RangeError(`No plex.tv section id for library ${key}`);
		return found.id;
	});
}

/** The plex.tv section ids a share gives access to, in the server's order (all of them for allLibraries). */
export function shareSectionIds(share: Share, sections: SharedSection[]): number[] {
	if (share.allLibraries) return sections.map((s) => s.id);
	const ids = new Set(share.libraries.map((l) => sections.find((s) => s.id === l.id || s.key === l.key)?.id ?? l.id));
	return sections.filter((s) => ids.has(s.id)).map((s) => s.id);
}

// ---- request builders (pure) ------------------------------------------------------------------

function base(path: string, token: string, label: string, extra: Partial<PlexRequest> = {}): PlexRequest {
	return { base: CLIENTS_PLEX_TV, path, token, label, ...extra };
}

export function serverSectionsRequest(machineId: string, token: string): PlexRequest {
	return base(`/api/v2/servers/${encodeURIComponent(machineId)}`, token, t('together_label_sections'));
}

export function acceptedSharesRequest(token: string): PlexRequest {
	return base('/api/v2/shared_servers/owned/accepted', token, t('together_label_shares'));
}

export function pendingInvitesRequest(token: string): PlexRequest {
	return base('/api/v2/shared_servers/invites/owned/pending', token, t('together_label_invites'));
}

/** The settings of a new share, shaped like the sample request; only downloads are a choice here. */
export function inviteSettings(allowDownloads: boolean): SharingSettings {
	return {
		allowSync: allowDownloads,
		allowChannels: false,
		allowSubtitleAdmin: false,
		allowTuners: 0,
		filterMovies: '',
		filterMusic: '',
		filterPhotos: '',
		filterTelevision: ''
	};
}

export function inviteRequest(input: InviteInput, token: string): PlexRequest {
	return base('/api/v2/shared_servers', token, t('together_label_invite'), {
		method: 'POST',
		body: {
			machineIdentifier: input.machineId,
			librarySectionIds: input.sectionIds,
			settings: inviteSettings(input.allowDownloads),
			invitedEmail: input.invitee.trim(),
			skipFriendship: true
		}
	});
}

/** Full replace of the libraries; the share's current settings go back with it. */
export function updateShareRequest(share: Pick<Share, 'id' | 'settings'>, sectionIds: number[], token: string): PlexRequest {
	return base(`/api/v2/shared_servers/${share.id}`, token, t('together_label_update'), {
		method: 'POST',
		body: { settings: share.settings, librarySectionIds: sectionIds }
	});
}

export function removeShareRequest(shareId: number, token: string): PlexRequest {
	return base(`/api/v2/shared_servers/${shareId}`, token, t('together_label_remove'), { method: 'DELETE' });
}

// ---- calls ------------------------------------------------------------------------------------

export function getServerSections(client: PlexClient, machineId: string, token: string): Promise<SharedSection[]> {
	return client.json(serverSectionsRequest(machineId, token), parseServerSections);
}

/** Accepted shares and pending invitations of one server, people in name order. */
export async function listShares(client: PlexClient, machineId: string, token: string): Promise<Share[]> {
	const [accepted, pending] = await Promise.all([
		client.json(acceptedSharesRequest(token), parseAcceptedShares),
		client.json(pendingInvitesRequest(token), parsePendingInvites)
	]);
	return [...accepted, ...pending].filter((s) => s.machineId === machineId).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Sends a change; any 2xx means plex.tv made it (docs/plex-api.md §12). The share in the answer is
 * a bonus: an empty, cut-off or unfamiliar body gives undefined, never an error, because telling
 * someone a change failed when plex.tv accepted it is worse than not echoing it back.
 */
async function change(client: PlexClient, req: PlexRequest): Promise<Share | undefined> {
	const response = await client.send(req);
	try {
		const text = await response.text();
		return text.trim() === '' ? undefined : parseShare(JSON.parse(text));
	} catch {
		return undefined;
	}
}

/** Invites someone; resolves (with the new share when plex.tv sends it back) on any 2xx. */
export function inviteToServer(client: PlexClient, input: InviteInput, token: string): Promise<Share | undefined> {
	return change(client, inviteRequest(input, token));
}

/** Replaces a share's libraries; resolves on any 2xx. */
export function updateShare(client: PlexClient, share: Pick<Share, 'id' | 'settings'>, sectionIds: number[], token: string): Promise<Share | undefined> {
	return change(client, updateShareRequest(share, sectionIds, token));
}

export async function removeShare(client: PlexClient, shareId: number, token: string): Promise<void> {
	await client.send(removeShareRequest(shareId, token));
}

/**
 * After a network error on clients.plex.tv: does plex.tv itself answer a simple GET (no preflight)?
 * If so the failed call was refused by the browser (CORS), not lost on the network.
 */
export async function plexTvAnswers(client: PlexClient, token: string): Promise<boolean> {
	try {
		await client.send({ base: PLEX_TV, path: '/api/v2/user', token, label: t('together_label_account'), timeoutMs: 8000 });
		return true;
	} catch (error) {
		return error instanceof PlexError && !['network', 'cors-refused', 'timeout', 'offline', 'cancelled'].includes(error.kind);
	}
}

// ---- explanations -----------------------------------------------------------------------------

export type SharingProblemKind =
	| 'not-owner'
	| 'user-not-found'
	| 'already-shared'
	| 'rate-limited'
	| 'unreachable'
	| 'blocked'
	| 'signed-out'
	| 'gone'
	| 'other';

export interface SharingProblem {
	kind: SharingProblemKind;
	/** One sentence (or two) with what to do; never a token or a URL with one. */
	message: string;
	/** Set when Plex's own web app can do the job instead. */
	manageUrl?: string;
}

export type SharingAction = 'load' | 'invite' | 'update' | 'remove';

export interface ExplainContext {
	action: SharingAction;
	serverName: string;
	/** The person concerned (invitee or share name). */
	who?: string;
	/** Result of plexTvAnswers() after a network error. */
	plexTvAnswers?: boolean;
}

export function explainSharingError(error: unknown, ctx: ExplainContext): SharingProblem {
	const who = ctx.who;
	if (!(error instanceof PlexError)) {
		return { kind: 'other', message: t('together_err_other') };
	}
	const { kind, status } = error;
	// cors-refused: the client's no-cors probe saw clients.plex.tv answer (docs/plex-api.md §2). It is
	// a refusal of this call only when plex.tv's account call still answers: when that fails too,
	// plex.tv is failing everything (an outage page carries no CORS headers either).
	const refused = kind === 'cors-refused' || kind === 'network';
	if (refused && (ctx.plexTvAnswers ?? kind === 'cors-refused')) {
		return {
			kind: 'blocked',
			message: t('together_err_blocked'),
			manageUrl: PLEX_MANAGE_SHARING_URL
		};
	}
	if (refused || kind === 'timeout') {
		return { kind: 'unreachable', message: t('together_err_unreachable') };
	}
	if (kind === 'offline') return { kind: 'unreachable', message: t('together_err_offline') };
	if (kind === 'unauthorized') return { kind: 'signed-out', message: t('together_err_signed_out') };
	if (kind === 'rate-limited') {
		return { kind: 'rate-limited', message: t('together_err_rate_limited') };
	}
	if (status === 403 || (ctx.action === 'load' && status === 404)) {
		return {
			kind: 'not-owner',
			message: t('together_err_not_owner', { server: ctx.serverName })
		};
	}
	if (ctx.action === 'invite' && (status === 400 || status === 404)) {
		return {
			kind: 'user-not-found',
			message: who ? t('together_err_user_not_found', { who }) : t('together_err_user_not_found_unnamed')
		};
	}
	if (ctx.action === 'invite' && status === 422) {
		return {
			kind: 'already-shared',
			message: who ? t('together_err_already_shared', { server: ctx.serverName, who }) : t('together_err_already_shared_unnamed', { server: ctx.serverName })
		};
	}
	if ((ctx.action === 'update' || ctx.action === 'remove') && status === 404) {
		return { kind: 'gone', message: t('together_err_gone') };
	}
	return { kind: 'other', message: error.message };
}
