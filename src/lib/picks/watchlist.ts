/**
 * Matching the Plex Watchlist to the libraries saved on this device, by the `plex://` guid both
 * carry with Plex's current agents (docs/plex-api.md §14). Pure: no I/O, no clock.
 */
import type { WatchlistEntry } from '../plex/watchlist.ts';
import type { LibraryItem, LibraryMeta } from '../library/types.ts';

/** One saved library: its meta and its titles. */
export interface SavedCopy {
	meta: LibraryMeta;
	items: readonly LibraryItem[];
}

export interface WatchlistCounts {
	/** Watchlist titles (with a plex:// guid). */
	total: number;
	/** Of them, in a saved library of this server. */
	here: number;
	/** Of the rest, how many each other server has (a title on two of them counts for both). */
	elsewhere: { serverId: string; serverName: string; count: number }[];
	/** On no server whose libraries are saved here. */
	nowhere: number;
	/** Titles of the open library Plex's older agents matched (no plex:// guid): they cannot be on the Watchlist here. */
	unmatchable: number;
	/** Saved libraries copied before guids were kept: they match nothing until synced again. */
	stale: LibraryMeta[];
}

/** The guids of a watchlist, for lookups. */
export function guidSet(entries: readonly WatchlistEntry[]): Set<string> {
	return new Set(entries.map((e) => e.guid));
}

/** ratingKeys of the titles in `items` that are on the watchlist. */
export function watchlistKeys(entries: readonly WatchlistEntry[], items: readonly LibraryItem[]): Set<string> {
	const wanted = guidSet(entries);
	const keys = new Set<string>();
	for (const item of items) if (item.guid !== undefined && wanted.has(item.guid)) keys.add(item.ratingKey);
	return keys;
}

/**
 * Where the watchlist's titles are: on this server (`serverId`), on other servers, on none, counted
 * over every saved library (movies and TV alike). `open` is the library being picked from.
 */
export function countWatchlist(entries: readonly WatchlistEntry[], serverId: string, copies: readonly SavedCopy[], open?: SavedCopy): WatchlistCounts {
	const wanted = guidSet(entries);
	const byServer = new Map<string, { serverName: string; guids: Set<string> }>();
	const stale: LibraryMeta[] = [];
	for (const copy of copies) {
		if (copy.meta.source !== 'plex') continue;
		if (!copy.meta.sync?.guids) stale.push(copy.meta);
		let server = byServer.get(copy.meta.serverId);
		if (!server) byServer.set(copy.meta.serverId, (server = { serverName: copy.meta.serverName, guids: new Set() }));
		for (const item of copy.items) if (item.guid !== undefined && wanted.has(item.guid)) server.guids.add(item.guid);
	}
	const hereGuids = byServer.get(serverId)?.guids ?? new Set<string>();
	const elsewhere: WatchlistCounts['elsewhere'] = [];
	const anywhere = new Set(hereGuids);
	for (const [id, server] of byServer) {
		if (id === serverId) continue;
		let count = 0;
		for (const guid of server.guids) {
			anywhere.add(guid);
			if (!hereGuids.has(guid)) count += 1;
		}
		if (count > 0) elsewhere.push({ serverId: id, serverName: server.serverName, count });
	}
	elsewhere.sort((a, b) => b.count - a.count || a.serverName.localeCompare(b.serverName));
	const unmatchable = open && open.meta.sync?.guids ? open.items.filter((i) => i.guid === undefined && i.type !== 'episode').length : 0;
	return { total: wanted.size, here: hereGuids.size, elsewhere, nowhere: wanted.size - anywhere.size, unmatchable, stale };
}
