import { AppError } from '../errors.ts';
import { PLEX_TV, PlexError, type PlexClient } from './client.ts';
import { obj, optStr, str } from './guards.ts';
import { t } from '../i18n/i18n.ts';

/**
 * Plex Home: the members of the signed-in account's Home, and switching to one of them
 * (docs/plex-api.md §15). Both go to plex.tv's v2 account API with the account token:
 *   GET  /api/v2/home/users                       → { …, users: [ {id, uuid, title, thumb, admin, guest, restricted, protected, …} ] }
 *   POST /api/v2/home/users/{uuid}/switch[?pin=]  → the member as a user, with that member's own `authToken`
 * A wrong PIN is answered 403 with plex.tv error code 1041. The POST has no body and no custom
 * header (identity and token travel in the query, §1), so the browser sends it without a preflight.
 */

export interface HomeMember {
	id: number;
	uuid: string;
	/** The name Plex shows in its own "who's watching" screen. */
	title: string;
	/** Avatar on plex.tv (nothing else is loaded: an avatar URL is fetched by the browser). */
	thumb: string | undefined;
	/** The Home's admin (usually the account that signed in). */
	admin: boolean;
	guest: boolean;
	/** A managed user (no Plex account of their own). */
	restricted: boolean;
	/** Switching to this member needs their Home PIN. */
	protected: boolean;
}

/** What a switch gives: the member's own plex.tv token, never shown, kept like the account token. */
export interface SwitchedMember {
	member: HomeMember;
	token: string;
}

/** plex.tv's error code for a wrong Home PIN (docs/plex-api.md §15). */
export const WRONG_PIN_CODE = 1041;

/** Plex writes these flags as booleans (v2 JSON) or as 0/1 (v1 XML turned into JSON by some clients). */
function flag(value: unknown): boolean {
	return value === true || value === 1 || value === '1' || value === 'true';
}

function id(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
	if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
	return undefined;
}

function plexTvAvatar(value: unknown): string | undefined {
	const thumb = optStr(value);
	return thumb && /^https:\/\/([a-z0-9-]+\.)*plex\.tv\//.test(thumb) ? thumb : undefined;
}

/** One entry of the list; undefined for an entry without the id and uuid a switch needs. */
export function parseHomeMember(value: unknown): HomeMember | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const u = value as Record<string, unknown>;
	const memberId = id(u.id);
	const uuid = optStr(u.uuid);
	if (memberId === undefined || !uuid || !/^[A-Za-z0-9-]{1,64}$/.test(uuid)) return undefined;
	return {
		id: memberId,
		uuid,
		title: (optStr(u.title) ?? optStr(u.friendlyName) ?? optStr(u.username) ?? t('plex_user_fallback')).slice(0, 80),
		thumb: plexTvAvatar(u.thumb),
		admin: flag(u.admin),
		guest: flag(u.guest),
		restricted: flag(u.restricted),
		protected: flag(u.protected)
	};
}

/** `{ users: [...] }` (plex.tv v2) or a bare array (seen in other clients' guards); entries it cannot use are skipped. */
export function parseHomeMembers(body: unknown): HomeMember[] {
	const list = Array.isArray(body) ? body : obj(body, 'home').users;
	if (!Array.isArray(list)) throw new TypeError('home.users: expected an array');
	const seen = new Set<string>();
	const members: HomeMember[] = [];
	for (const entry of list) {
		const member = parseHomeMember(entry);
		if (member && !seen.has(member.uuid)) {
			seen.add(member.uuid);
			members.push(member);
		}
	}
	return members;
}

/** The switch answer: only `authToken` is relied on (other clients lost switches to decorative fields changing shape). */
export function parseSwitch(body: unknown): string {
	const token = str(obj(body, 'switch').authToken, 'switch.authToken');
	if (token.trim() === '') throw new TypeError('switch.authToken: empty');
	return token;
}

export function listHomeMembers(client: PlexClient, accountToken: string, signal?: AbortSignal): Promise<HomeMember[]> {
	return client.json({ base: PLEX_TV, path: '/api/v2/home/users', token: accountToken, signal, label: t('plex_label_home_members') }, parseHomeMembers);
}

/** Switches to `member`; `pin` only for a protected member. Resolves with the member's own token. */
export async function switchToMember(client: PlexClient, accountToken: string, member: HomeMember, pin?: string, signal?: AbortSignal): Promise<SwitchedMember> {
	const token = await client.json(
		{
			base: PLEX_TV,
			path: `/api/v2/home/users/${encodeURIComponent(member.uuid)}/switch`,
			method: 'POST',
			query: { pin: pin || undefined },
			token: accountToken,
			signal,
			label: t('plex_label_home_switch')
		},
		parseSwitch
	);
	return { member, token };
}

/** What went wrong with a Home call, in the terms the person can act on. */
export type HomeProblem = 'wrong-pin' | 'not-in-home' | 'refused' | 'down' | 'signed-out' | 'other';

export function homeProblem(error: unknown, pinSent = false): HomeProblem {
	if (!(error instanceof AppError)) return 'other';
	const status = error instanceof PlexError ? error.status : undefined;
	const code = error instanceof PlexError ? error.plexCode : undefined;
	if (code === WRONG_PIN_CODE) return 'wrong-pin';
	if (pinSent && (status === 403 || status === 422)) return 'wrong-pin';
	if (error.kind === 'unauthorized') return 'signed-out';
	if (error.kind === 'cors-refused') return 'refused';
	if (error.kind === 'network' || error.kind === 'offline' || error.kind === 'timeout' || error.kind === 'server-error' || error.kind === 'rate-limited') return 'down';
	// An account outside any Home has no Home to list (docs/plex-api.md §15: the exact answer is not public).
	if (status === 400 || status === 403 || status === 404) return 'not-in-home';
	return 'other';
}

/**
 * The words for a Home problem (the UI strings of this feature live here and in
 * src/lib/ui/WhoIsWatching.svelte). `current` is who is watching now; `member` the one asked for.
 */
export function explainHome(problem: HomeProblem, names: { current: string; member?: string }): string {
	const current = names.current;
	switch (problem) {
		case 'wrong-pin':
			return names.member ? t('plex_home_wrong_pin', { member: names.member, current }) : t('plex_home_wrong_pin_unknown', { current });
		case 'not-in-home':
			return t('plex_home_not_in_home');
		case 'refused':
			return t('plex_home_refused', { current });
		case 'down':
			return t('plex_home_down', { current });
		case 'signed-out':
			return t('plex_home_signed_out');
		default:
			return t('plex_home_unexpected', { current });
	}
}
