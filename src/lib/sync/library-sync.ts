import { t } from '../i18n/i18n.ts';
import { collator } from '../i18n/intl.ts';
import { AppError } from '../errors.ts';
import { PlexError, type PlexClient } from '../plex/client.ts';
import { getPage, type LibraryPage, type LibrarySection } from '../plex/library.ts';
import { pooledNormalizer } from '../library/normalize.ts';
import { isWatched, libraryId, type LibraryItem, type LibraryRecord, type SyncSignals, type Watcher } from '../library/types.ts';

/**
 * Copies one Plex library into a LibraryRecord (the caller saves it: the cache replaces the old
 * copy atomically, so a failed or cancelled sync leaves the previous one as it was).
 *
 * Full sync: pages of /all (X-Plex-Container-Start/Size), several in flight (bounded). A server
 * that caps page sizes is followed (the next offsets use the size it really returned). If the
 * library changes while syncing (totalSize moves), the pass is repeated, up to 3 times.
 *
 * Re-sync (cheap), relying on what Plex offers (docs/plex-api.md §7, §8). Every query names the
 * result type (`type=1` movies, `type=2` shows): Plex resolves unqualified filter fields against it.
 *  1. /all?type=T, X-Plex-Container-Size=0                → totalSize now       (1 small request)
 *  2. the same with the unwatched filter, Size=0          → unwatched count now (1 small request)
 *     movies `unwatched=1`; shows `unwatchedLeaves=1` (a show with an unwatched episode)
 *  3. /all?type=T&push=1&updatedAt>>=<cursor − 1>&or=1&lastViewedAt>>=<witness − 1>&pop=1
 *                                                         → changed or watched since (usually 1 small page)
 *     Plex's filter groups (docs/plex-api.md §8) OR the two. The "watched" cursor is the witness's
 *     view (SyncSignals.witness), a title only that half lists: if it is missing from the answer
 *     (a server without filter groups ANDs the halves, or it was removed), each half is asked
 *     alone, as it is when the copy has no witness.
 *  `>>=` is strict ("after"): asking from one second before the newest timestamp we hold also
 *  returns titles changed in that same second after our copy was taken; the ones we already have
 *  are recognised by ratingKey and change nothing.
 *  Items are merged by ratingKey. Plex has no feed of deletions: when the merged count differs
 *  from totalSize something was removed (or missed), and a full sync runs instead.
 *  "Mark as unwatched" sets no timestamp either: when the merged copy's unwatched count differs
 *  from the server's, a full sync runs too. A weekly full sync (FULL_SYNC_EVERY_MS) catches
 *  anything both checks miss.
 *
 * A re-sync that finds little works in proportion to what it found, not to the library: the
 * ratingKey index, the unwatched count and the title order are kept from the previous copy (the
 * index in memory next to the items array, the count in `meta.sync`), and unchanged items stay the
 * same objects, so the cache writes only the parts of the copy that changed.
 */

export interface SyncTarget {
	client: PlexClient;
	/** The verified connection of the server. */
	uri: string;
	/** That server's own token. */
	token: string;
	serverId: string;
	serverName: string;
	section: LibrarySection;
	/** Whose watch state `token` answers (the account or a Plex Home member), written into the copy's meta. */
	watcher?: Watcher;
}

export interface SyncOptions {
	signal?: AbortSignal;
	onProgress?: (done: number, total: number) => void;
	pageSize?: number;
	concurrency?: number;
	now?: () => number;
	maxAttempts?: number;
	/** Waits before retrying a page the server was too busy for (tests pass a fake). */
	wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type ResyncMode = 'unchanged' | 'incremental' | 'full';

export interface ResyncResult {
	record: LibraryRecord;
	mode: ResyncMode;
	added: number;
	updated: number;
	removed: number;
}

export const PAGE_SIZE = 200;
export const CONCURRENCY = 3;
export const FULL_SYNC_EVERY_MS = 7 * 86_400_000;
/** A page answered 503/429 ("busy, later") is asked again this many times, waiting as told (up to BUSY_WAIT_MAX_MS). */
export const BUSY_RETRIES = 3;
export const BUSY_WAIT_MAX_MS = 10_000;


function sectionType(section: LibrarySection): 'movie' | 'show' {
	if (section.type !== 'movie' && section.type !== 'show') {
		const title = section.title;
		// Plex calls a music library "artist" (docs/plex-api.md); other types are shown as Plex names them.
		const words =
			section.type === 'artist'
				? t('plex_sync_music_library', { title })
				: section.type === 'photo'
					? t('plex_sync_photo_library', { title })
					: t('plex_sync_other_library', { title, kind: section.type });
		throw new AppError('bad-response', words);
	}
	return section.type;
}

/** Runs `work` over a queue that may grow, with at most `limit` running at once. */
async function pool<T>(queue: T[], limit: number, work: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
	let failure: unknown;
	const worker = async () => {
		while (queue.length > 0 && failure === undefined) {
			if (signal?.aborted) return;
			const next = queue.shift() as T;
			try {
				await work(next);
			} catch (error) {
				failure ??= error;
			}
		}
	};
	// Workers that find the queue empty end; a page that adds work (a short page) is picked up
	// by its own worker's next loop turn.
	await Promise.all(Array.from({ length: limit }, worker));
	if (failure !== undefined) throw failure;
}

function cancelled(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new AppError('cancelled', t('plex_sync_cancelled'));
}

/** Plex's result type for a section's top level (docs/plex-api.md §8). */
const TYPE_NUMBER = { movie: 1, show: 2 } as const;

/** The query that counts what Plex calls unwatched at this level (docs/plex-api.md §8). */
function unwatchedQuery(kind: 'movie' | 'show'): Record<string, number> {
	return kind === 'show' ? { type: TYPE_NUMBER.show, unwatchedLeaves: 1 } : { type: TYPE_NUMBER.movie, unwatched: 1 };
}

/** Whether Plex's unwatched filter of this level lists the item (a show: an episode left to watch). */
function countsUnwatched(item: LibraryItem): boolean {
	if (item.type === 'show') return (item.viewedLeafCount ?? 0) < (item.leafCount ?? 0);
	return !isWatched(item);
}

type Order = (a: LibraryItem, b: LibraryItem) => number;

/** Titles in the app's language's order (i18n/intl.ts), fixed for one sync. */
function titleOrder(): Order {
	const { compare } = collator();
	return (a, b) => compare(a.title, b.title);
}

// The ratingKey index of a copy, kept next to its items array for the next re-sync (never stored:
// rebuilt once when a copy read back from IndexedDB is first re-synced).
const indexes = new WeakMap<LibraryItem[], Map<string, LibraryItem>>();

function indexOf(items: LibraryItem[]): Map<string, LibraryItem> {
	let index = indexes.get(items);
	if (!index) indexes.set(items, (index = new Map(items.map((i) => [i.ratingKey, i]))));
	return index;
}

function record(target: SyncTarget, items: LibraryItem[], signals: SyncSignals, now: number): LibraryRecord {
	const ref = { serverId: target.serverId, sectionKey: target.section.key };
	return {
		meta: {
			...ref,
			id: libraryId(ref),
			source: 'plex',
			serverName: target.serverName,
			title: target.section.title,
			type: sectionType(target.section),
			itemCount: items.length,
			syncedAt: now,
			sync: signals,
			...(target.watcher ? { watchedBy: target.watcher } : {})
		},
		items
	};
}

function signalsOf(items: LibraryItem[], target: SyncTarget, fullSyncedAt: number): SyncSignals {
	let maxUpdatedAt = 0;
	let maxLastViewedAt = 0;
	let unwatched = 0;
	for (const item of items) {
		maxUpdatedAt = Math.max(maxUpdatedAt, item.updatedAt ?? 0, item.addedAt ?? 0);
		maxLastViewedAt = Math.max(maxLastViewedAt, item.lastViewedAt ?? 0);
		if (countsUnwatched(item)) unwatched += 1;
	}
	const witness = witnessOf(items, maxUpdatedAt);
	return { fullSyncedAt, totalSize: items.length, maxUpdatedAt, maxLastViewedAt, unwatched, contentChangedAt: target.section.contentChangedAt, guids: true, ...(witness ? { witness } : {}) };
}

/**
 * The last watched of the titles updated before `maxUpdatedAt` (SyncSignals.witness): the
 * "changed since" half of the re-sync's group (updatedAt from maxUpdatedAt on) does not list it,
 * the "watched since" half (lastViewedAt from its own on) does.
 */
function witnessOf(items: Iterable<LibraryItem>, maxUpdatedAt: number): SyncSignals['witness'] {
	let best: LibraryItem | undefined;
	for (const item of items) {
		const viewed = item.lastViewedAt ?? 0;
		if (viewed > 0 && (item.updatedAt ?? 0) < maxUpdatedAt && viewed > (best?.lastViewedAt ?? 0)) best = item;
	}
	return best ? { ratingKey: best.ratingKey, lastViewedAt: best.lastViewedAt! } : undefined;
}

function timerWait(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			resolve();
		};
		const timer = setTimeout(done, ms);
		signal?.addEventListener('abort', done, { once: true });
	});
}

/**
 * Asks again when the server says it is busy (503, e.g. while it scans) or that we go too fast
 * (429): waits Retry-After when the browser may read it (else 1 s, 2 s, 4 s), at most
 * BUSY_WAIT_MAX_MS; a longer Retry-After or the last failure ends the sync with the server's words.
 */
async function whenNotBusy<T>(ask: () => Promise<T>, options: SyncOptions): Promise<T> {
	for (let retry = 0; ; retry++) {
		try {
			return await ask();
		} catch (error) {
			const busy = error instanceof PlexError && (error.kind === 'rate-limited' || error.status === 503);
			const delay = busy ? (error.retryAfterMs ?? 1000 * 2 ** retry) : Infinity;
			if (!busy || retry >= BUSY_RETRIES || delay > BUSY_WAIT_MAX_MS || options.signal?.aborted) throw error;
			await (options.wait ?? timerWait)(delay, options.signal);
			cancelled(options.signal);
		}
	}
}

function page(target: SyncTarget, start: number, count: number, query: Record<string, string | number>, options: SyncOptions): Promise<LibraryPage> {
	return getPage(target.client, target.uri, target.token, target.section.key, start, count, query, options.signal);
}

/** One page, asked again while the server is busy (whenNotBusy). */
function pageWithRetry(target: SyncTarget, start: number, count: number, query: Record<string, string | number>, options: SyncOptions): Promise<LibraryPage> {
	return whenNotBusy(() => page(target, start, count, query, options), options);
}

/**
 * Every page of a (filtered) /all listing, each page turned into LibraryItems as it arrives (the
 * raw Plex entries, several times larger, are dropped page by page rather than held to the end).
 */
async function allPages(target: SyncTarget, query: Record<string, string | number>, options: SyncOptions, first?: LibraryPage): Promise<{ items: LibraryItem[]; total: number; stable: boolean }> {
	const size = options.pageSize ?? PAGE_SIZE;
	const ask = (start: number, count: number) => pageWithRetry(target, start, count, query, options);
	const head = first ?? (await ask(0, size));
	cancelled(options.signal);
	const toLibraryItem = pooledNormalizer();
	const items = head.items.map(toLibraryItem);
	let total = head.totalSize;
	let stable = true;
	const step = head.items.length > 0 ? head.items.length : size;
	const queue: number[] = [];
	for (let offset = head.items.length; offset < total && head.items.length > 0; offset += step) queue.push(offset);
	await pool(
		queue,
		options.concurrency ?? CONCURRENCY,
		async (offset) => {
			const p = await ask(offset, step);
			cancelled(options.signal);
			if (p.totalSize !== total) {
				stable = false;
				total = Math.max(total, p.totalSize);
			}
			for (const m of p.items) items.push(toLibraryItem(m));
			const expected = Math.min(step, total - offset);
			if (p.items.length > 0 && p.items.length < expected) queue.push(offset + p.items.length);
			options.onProgress?.(Math.min(items.length, total), total);
		},
		options.signal
	);
	cancelled(options.signal);
	return { items, total, stable };
}

/** A complete copy of the library. */
export async function fullSync(target: SyncTarget, options: SyncOptions = {}): Promise<LibraryRecord> {
	const type = TYPE_NUMBER[sectionType(target.section)];
	const now = options.now ?? Date.now;
	const attempts = options.maxAttempts ?? 3;
	let byKey = new Map<string, LibraryItem>();
	for (let attempt = 1; attempt <= attempts; attempt++) {
		const { items, total, stable } = await allPages(target, { type, sort: 'addedAt:asc' }, options);
		byKey = new Map(items.map((i) => [i.ratingKey, i]));
		options.onProgress?.(byKey.size, total);
		// Complete when every item the server counted arrived (a key listed twice counts twice there).
		if (stable && (byKey.size === total || items.length === total)) break;
		// The library changed under us (items added or removed while paging): go again.
	}
	const sorted = [...byKey.values()].sort(titleOrder());
	indexes.set(sorted, byKey);
	return record(target, sorted, signalsOf(sorted, target, now()), now());
}

const same = (a: LibraryItem, b: LibraryItem) => JSON.stringify(a) === JSON.stringify(b);

/** Where `item` (by identity) sits in the title-sorted `items`: binary search on its title, then a scan of equal titles. */
function positionOf(items: LibraryItem[], item: LibraryItem, byTitle: Order): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (byTitle(items[mid]!, item) < 0) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < items.length && byTitle(items[i]!, item) === 0; i++) if (items[i] === item) return i;
	return items.indexOf(item); // the stored order was not by this collator (another locale): still found
}

/** Where a new item goes in the title-sorted `items` (after any equal titles). */
function insertionPoint(items: LibraryItem[], item: LibraryItem, byTitle: Order): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (byTitle(items[mid]!, item) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Past this many changes one re-sort is cheaper than moving items one by one. */
const MOVES_BEFORE_RESORT = 256;

/** Brings `previous` up to date cheaply, or falls back to a full sync (see the top of this file). */
export async function resync(target: SyncTarget, previous: LibraryRecord, options: SyncOptions = {}): Promise<ResyncResult> {
	const now = options.now ?? Date.now;
	const signals = previous.meta.sync;
	const full = async (): Promise<ResyncResult> => {
		const fresh = await fullSync(target, options);
		const before = indexOf(previous.items);
		const after = indexOf(fresh.items);
		const added = fresh.items.filter((i) => !before.has(i.ratingKey)).length;
		const removed = previous.items.filter((i) => !after.has(i.ratingKey)).length;
		const updated = fresh.items.filter((i) => before.has(i.ratingKey) && !same(before.get(i.ratingKey)!, i)).length;
		return { record: fresh, mode: 'full', added, updated, removed };
	};
	// A copy saved before guids were kept: only a full copy gives every title its guid (Watchlist matching).
	if (!signals || !signals.guids || now() - signals.fullSyncedAt > FULL_SYNC_EVERY_MS) return full();
	const kind = sectionType(target.section);
	const type = TYPE_NUMBER[kind];

	// The questions are independent: asked at once, they cost about one round trip. A busy server
	// is waited for once for all of them (whenNotBusy), then asked them all again.
	// One second before each cursor: `>>=` is strict (docs/plex-api.md §8).
	const size = options.pageSize ?? PAGE_SIZE;
	const changedSince = Math.max(0, signals.maxUpdatedAt - 1);
	// From the witness's view on (never later than the newest view we hold): the titles watched
	// after it are few, those watched since our copy are among them.
	const witness = signals.witness;
	const viewedSince = Math.max(0, Math.min(witness?.lastViewedAt ?? Infinity, signals.maxLastViewedAt) - 1);
	const changedQuery = { type, 'updatedAt>>': changedSince };
	const viewedQuery = { type, 'lastViewedAt>>': viewedSince };
	// "Changed or watched since" as one list, with Plex's filter groups (push, or, pop), when the
	// copy names a witness: only a server that ORs the two halves lists it.
	const eitherQuery = { type, push: 1, 'updatedAt>>': changedSince, or: 1, 'lastViewedAt>>': viewedSince, pop: 1 };
	const lists = witness ? [eitherQuery] : [changedQuery, viewedQuery];
	const [head, unwatchedHead, ...firsts] = await whenNotBusy(
		() => Promise.all([page(target, 0, 0, { type }, options), page(target, 0, 0, unwatchedQuery(kind), options), ...lists.map((query) => page(target, 0, size, query, options))]),
		options
	);
	cancelled(options.signal);
	// Usually one page each; more only when much changed.
	let found = await Promise.all(lists.map((query, i) => allPages(target, query, options, firsts[i])));
	if (witness && !found[0]!.items.some((i) => i.ratingKey === witness.ratingKey)) {
		// A server that ANDs the halves (one without filter groups), or the witness was removed:
		// ask each half alone (a removal is then caught by the count below).
		found = await Promise.all([allPages(target, changedQuery, options), allPages(target, viewedQuery, options)]);
	}

	const index = indexOf(previous.items);
	const incoming = new Map<string, LibraryItem>();
	for (const list of found) for (const item of list.items) incoming.set(item.ratingKey, item);
	const replaced: Array<[LibraryItem | undefined, LibraryItem]> = [];
	let added = 0;
	let updated = 0;
	for (const item of incoming.values()) {
		const old = index.get(item.ratingKey);
		if (!old) added += 1;
		else if (!same(old, item)) updated += 1;
		else continue;
		replaced.push([old, item]);
	}
	if (previous.items.length + added !== head.totalSize) return full();
	let unwatched = signals.unwatched ?? previous.items.reduce((n, i) => n + (countsUnwatched(i) ? 1 : 0), 0);
	for (const [old, item] of replaced) unwatched += (countsUnwatched(item) ? 1 : 0) - (old && countsUnwatched(old) ? 1 : 0);
	// Something was marked unwatched (or the server counts differently): only a full copy can tell which.
	if (unwatched !== unwatchedHead.totalSize) return full();
	options.onProgress?.(head.totalSize, head.totalSize);

	// Unchanged: the same items array (and objects) as before, so nothing but the meta is rewritten.
	let items = previous.items;
	if (replaced.length > 0) {
		items = previous.items.slice();
		const byTitle = titleOrder();
		if (replaced.length > MOVES_BEFORE_RESORT) {
			const keyed = new Map(replaced.map(([, item]) => [item.ratingKey, item]));
			items = items.map((i) => keyed.get(i.ratingKey) ?? i);
			for (const [old, item] of replaced) if (!old) items.push(item);
			items.sort(byTitle);
		} else {
			for (const [old, item] of replaced) {
				const at = old ? positionOf(items, old, byTitle) : -1;
				if (at >= 0 && byTitle(old!, item) === 0) items[at] = item;
				else {
					if (at >= 0) items.splice(at, 1);
					items.splice(insertionPoint(items, item, byTitle), 0, item);
				}
			}
		}
		// The index moves on to the new array (the previous one is superseded by it).
		for (const [, item] of replaced) index.set(item.ratingKey, item);
		indexes.delete(previous.items);
		indexes.set(items, index);
	}
	const marks = { maxUpdatedAt: signals.maxUpdatedAt, maxLastViewedAt: signals.maxLastViewedAt };
	for (const [, item] of replaced) {
		marks.maxUpdatedAt = Math.max(marks.maxUpdatedAt, item.updatedAt ?? 0, item.addedAt ?? 0);
		marks.maxLastViewedAt = Math.max(marks.maxLastViewedAt, item.lastViewedAt ?? 0);
	}
	// Every title watched from the cursor on came back, so the next witness is among them.
	const nextWitness = witnessOf(incoming.values(), marks.maxUpdatedAt);
	const kept: SyncSignals = {
		fullSyncedAt: signals.fullSyncedAt,
		totalSize: items.length,
		...marks,
		unwatched,
		contentChangedAt: target.section.contentChangedAt,
		guids: true,
		...(nextWitness ? { witness: nextWitness } : {})
	};
	const mode: ResyncMode = added + updated === 0 ? 'unchanged' : 'incremental';
	return { record: record(target, items, kept, now()), mode, added, updated, removed: 0 };
}
