/**
 * The signed-in account's Plex Watchlist, from Plex's discover service (docs/plex-api.md §14):
 * `GET https://discover.provider.plex.tv/library/sections/watchlist/all`, paged with
 * X-Plex-Container-Start/Size (in the query: no preflight), with the ACCOUNT token (it is the
 * account's list, not a server's). Through the one PlexClient, like every Plex request.
 *
 * Read leniently: entries may come as `MediaContainer.Metadata` or `MediaContainer.Video`
 * (seerr-team/seerr#2948), fields may be missing; an entry without a `plex://movie/…` or
 * `plex://show/…` guid cannot be matched to a server's title and is left out.
 */
import { PlexError, type PlexClient } from './client.ts';
import { obj, optNum, optStr, plexGuid } from './guards.ts';
import { allPages, type PagingOptions } from './paging.ts';
import { t } from '../i18n/i18n.ts';

export const DISCOVER = 'https://discover.provider.plex.tv';
export const WATCHLIST_PATH = '/library/sections/watchlist/all';

export interface WatchlistEntry {
	/** `plex://movie/<id>` or `plex://show/<id>`: the same guid a server's item carries with Plex's current agents. */
	guid: string;
	title: string;
	year?: number;
	type: 'movie' | 'show';
}

function number(value: unknown): number | undefined {
	if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
	return optNum(value);
}

/** The entries of one answer: Metadata and Video arrays both (whichever the service used), XML-ish attributes tolerated. */
function rawEntries(container: Record<string, unknown>): { entries: Record<string, unknown>[]; sent: number } {
	const lists = [container.Metadata, container.Video, container.Directory].filter(Array.isArray) as unknown[][];
	const all = lists.flat();
	return { entries: all.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e)), sent: all.length };
}

export interface WatchlistPage {
	items: WatchlistEntry[];
	/** Entries the service sent on this page (usable or not), to move on by. */
	count: number;
	totalSize: number;
	offset?: number;
}

/**
 * One page of the watchlist. Throws (bad-response, via the client) only when the body is not a
 * MediaContainer at all; unreadable entries are skipped.
 */
export function parseWatchlistPage(body: unknown): WatchlistPage {
	const container = obj(obj(body, 'watchlist').MediaContainer, 'watchlist.MediaContainer');
	const { entries, sent } = rawEntries(container);
	const items: WatchlistEntry[] = [];
	for (const m of entries) {
		const guid = plexGuid(m.guid);
		if (!guid) continue;
		const type = guid.startsWith('plex://show/') ? 'show' : 'movie';
		const year = number(m.year);
		items.push({ guid, title: optStr(m.title) ?? optStr(m.originalTitle) ?? t('plex_untitled'), type, ...(year !== undefined ? { year } : {}) });
	}
	const count = number(container.size) ?? sent;
	return { items, count, totalSize: number(container.totalSize) ?? count, offset: number(container.offset) };
}

/**
 * Asks the discover service once WITHOUT a token whether this site may read its answers, before
 * the account token is sent there (docs/plex-api.md §14). Nothing public says that the service
 * allows sites other than app.plex.tv; when it refuses, the browser prints the refused URL in its
 * console, so the URL that is refused must not hold the token. A readable answer of any status
 * (401 is expected) means yes; a refusal or no answer throws that error (cors-refused, network…).
 */
export async function discoverReadable(client: PlexClient, signal?: AbortSignal): Promise<void> {
	try {
		await client.send({ base: DISCOVER, path: WATCHLIST_PATH, query: { 'X-Plex-Container-Size': 0 }, signal, timeoutMs: 10_000, label: t('plex_label_watchlist') });
	} catch (error) {
		// An HTTP status was read: the site may read the service's answers.
		if (error instanceof PlexError && error.status !== undefined) return;
		throw error;
	}
}

/**
 * Every entry of the account's watchlist, all pages, each guid once. `token` is the account token:
 * it goes to the discover host only (never to a server).
 */
export async function getWatchlist(client: PlexClient, token: string, signal?: AbortSignal, paging?: PagingOptions): Promise<WatchlistEntry[]> {
	const entries = await allPages(
		(start, size) =>
			client.json(
				{
					base: DISCOVER,
					path: WATCHLIST_PATH,
					token,
					signal,
					timeoutMs: 15_000,
					label: t('plex_label_watchlist'),
					// python-plexapi asks these too; without them the list may leave out titles (docs/plex-api.md §14).
					query: { includeCollections: 1, includeExternalMedia: 1, 'X-Plex-Container-Start': start, 'X-Plex-Container-Size': size }
				},
				parseWatchlistPage
			),
		{ pageSize: 100, ...paging }
	);
	const seen = new Set<string>();
	return entries.filter((e) => !seen.has(e.guid) && seen.add(e.guid));
}
