/**
 * "Share shortlist": a link to this app carrying the server's machineIdentifier and the titles'
 * ratingKeys, and nothing else (never a token, never titles: the other device shows its own
 * copy). `?shortlist=<machineIdentifier>&keys=<ratingKey>,<ratingKey>,…`
 */
import type { LibraryItem, LibraryMeta, LibraryRecord } from '../library/types.ts';
import { SHORTLIST, type Entry } from './round.ts';

export const SHORTLIST_PARAM = 'shortlist';
const KEYS_PARAM = 'keys';
/** Where a round in progress is kept (localStorage), so a reload resumes it. */
export const ROUND_KEY = 'plexpicker:decide-round';

export interface SharedShortlist {
	serverId: string;
	ratingKeys: string[];
}

// machineIdentifiers are hex strings (the demo library's is "demo"), ratingKeys are numbers; both
// are held to a safe alphabet so a hand-edited link cannot smuggle anything in.
const ID = /^[A-Za-z0-9_-]{1,128}$/;
const KEY = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The link: this page's address (the app may run from any sub-path, so the path is kept as it
 * is) with only the shortlist's parameters, none of the page's own (filters stay on this device).
 */
export function shortlistLink(page: URL, shared: SharedShortlist): string {
	const url = new URL(page.pathname, page.origin);
	url.searchParams.set(SHORTLIST_PARAM, shared.serverId);
	url.searchParams.set(KEYS_PARAM, shared.ratingKeys.join(','));
	return url.href;
}

/** A shared shortlist from a page address, or null when there is none (or nothing usable in it). */
export function readShortlistLink(params: Pick<URLSearchParams, 'get'>): SharedShortlist | null {
	const serverId = params.get(SHORTLIST_PARAM)?.trim() ?? '';
	if (!ID.test(serverId)) return null;
	const keys = (params.get(KEYS_PARAM) ?? '')
		.split(',')
		.map((k) => k.trim())
		.filter((k) => KEY.test(k));
	const ratingKeys = [...new Set(keys)].slice(0, SHORTLIST.max);
	return ratingKeys.length > 0 ? { serverId, ratingKeys } : null;
}

/** The page address without the shortlist's parameters (once it is closed). */
export function withoutShortlist(page: URL): URL {
	const url = new URL(page);
	url.searchParams.delete(SHORTLIST_PARAM);
	url.searchParams.delete(KEYS_PARAM);
	return url;
}

/** Whether a round was left in progress (the picking screen then opens it again). */
export function hasSavedRound(storage: Pick<Storage, 'getItem'> | undefined): boolean {
	try {
		// a discarded round is saved as "null"
		const raw = storage?.getItem(ROUND_KEY);
		return !!raw && raw !== 'null';
	} catch {
		return false;
	}
}

/** What a shared shortlist link finds on this device. */
export type SharedView =
	/** Found in the open libraries; `unknown`: ratingKeys this device's copy does not have. */
	| { status: 'found'; entries: Entry[]; unknown: string[]; meta: LibraryMeta }
	/** That server's libraries are saved here but not open. */
	| { status: 'elsewhere'; libraries: LibraryMeta[] }
	/** No library of that server is saved on this device. */
	| { status: 'not-synced' };

/**
 * A shared shortlist on this device: the titles from its own copy of that server's libraries
 * (those open for picking), in the sender's order; or which saved libraries of that server could
 * be opened; or that none is saved here.
 */
export function resolveShared(link: SharedShortlist, open: readonly LibraryRecord[], saved: readonly LibraryMeta[]): SharedView {
	const records = open.filter((r) => r.meta.serverId === link.serverId);
	if (records.length === 0) {
		const libraries = saved.filter((m) => m.serverId === link.serverId);
		return libraries.length > 0 ? { status: 'elsewhere', libraries } : { status: 'not-synced' };
	}
	const wanted = new Set(link.ratingKeys);
	const byKey = new Map<string, { item: LibraryItem; meta: LibraryMeta }>();
	for (const r of records) for (const item of r.items) if (wanted.has(item.ratingKey) && !byKey.has(item.ratingKey)) byKey.set(item.ratingKey, { item, meta: r.meta });
	const entries: Entry[] = [];
	const unknown: string[] = [];
	for (const key of link.ratingKeys) {
		const found = byKey.get(key);
		if (found) entries.push({ libraryId: found.meta.id, serverId: found.meta.serverId, source: found.meta.source, item: structuredClone(found.item) });
		else unknown.push(key);
	}
	return { status: 'found', entries, unknown, meta: (records[0] as LibraryRecord).meta };
}
