import { AppError } from '../errors.ts';
import { PlexError, type PlexClient } from '../plex/client.ts';
import { getPage, type LibraryPage, type LibrarySection } from '../plex/library.ts';
import type { PlexMetadata } from '../plex/types.ts';
import { toLibraryItem } from '../library/normalize.ts';
import { isWatched, libraryId, type LibraryItem, type LibraryRecord, type SyncSignals } from '../library/types.ts';

/**
 * Copies one Plex library into a LibraryRecord (the caller saves it: the cache replaces the old
 * copy atomically, so a failed or cancelled sync leaves the previous one as it was).
 *
 * Full sync: pages of /all (X-Plex-Container-Start/Size), several in flight (bounded). A server
 * that caps page sizes is followed (the next offsets use the size it really returned). If the
 * library changes while syncing (totalSize moves), the pass is repeated, up to 3 times.
 *
 * Re-sync (cheap), relying on what Plex offers (shared/plex/README.md §6):
 *  1. /all with X-Plex-Container-Size=0  → totalSize now            (1 small request)
 *  2. /all?unwatched=1, X-Plex-Container-Size=0 → unwatched count now (1 small request)
 *  3. /all?updatedAt>>=<newest updatedAt we have>   → added/changed  (usually 1 small page)
 *  4. /all?lastViewedAt>>=<newest lastViewedAt we have> → watched since (usually 1 small page)
 *  Items are merged by ratingKey. Plex has no feed of deletions: when the merged count differs
 *  from totalSize something was removed (or missed), and a full sync runs instead.
 *  "Mark as unwatched" sets no timestamp either: when the merged copy's unwatched count differs
 *  from the server's, a full sync runs too. A weekly full sync (FULL_SYNC_EVERY_MS) catches
 *  anything both checks miss.
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

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sectionType(section: LibrarySection): 'movie' | 'show' {
	if (section.type !== 'movie' && section.type !== 'show') {
		const kind = section.type === 'artist' ? 'music' : section.type;
		throw new AppError('bad-response', `“${section.title}” is a ${kind} library; PlexPicker keeps movie and TV libraries only.`);
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
	if (signal?.aborted) throw new AppError('cancelled', 'Sync cancelled. The copy saved before is unchanged.');
}

function record(target: SyncTarget, items: Map<string, LibraryItem>, signals: SyncSignals, now: number): LibraryRecord {
	const sorted = [...items.values()].sort((a, b) => collator.compare(a.title, b.title));
	const ref = { serverId: target.serverId, sectionKey: target.section.key };
	return {
		meta: {
			...ref,
			id: libraryId(ref),
			source: 'plex',
			serverName: target.serverName,
			title: target.section.title,
			type: sectionType(target.section),
			itemCount: sorted.length,
			syncedAt: now,
			sync: signals
		},
		items: sorted
	};
}

function signalsOf(items: Iterable<LibraryItem>, target: SyncTarget, fullSyncedAt: number): SyncSignals {
	let maxUpdatedAt = 0;
	let maxLastViewedAt = 0;
	let count = 0;
	for (const item of items) {
		count += 1;
		maxUpdatedAt = Math.max(maxUpdatedAt, item.updatedAt ?? 0, item.addedAt ?? 0);
		maxLastViewedAt = Math.max(maxLastViewedAt, item.lastViewedAt ?? 0);
	}
	return { fullSyncedAt, totalSize: count, maxUpdatedAt, maxLastViewedAt, contentChangedAt: target.section.contentChangedAt };
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
 * One page, asked again when the server says it is busy (503, e.g. while it scans) or that we go
 * too fast (429): waits Retry-After when the browser may read it (else 1 s, 2 s, 4 s), at most
 * BUSY_WAIT_MAX_MS; a longer Retry-After or the last failure ends the sync with the server's words.
 */
async function pageWithRetry(target: SyncTarget, start: number, count: number, query: Record<string, string | number>, options: SyncOptions): Promise<LibraryPage> {
	for (let retry = 0; ; retry++) {
		try {
			return await getPage(target.client, target.uri, target.token, target.section.key, start, count, query, options.signal);
		} catch (error) {
			const busy = error instanceof PlexError && (error.kind === 'rate-limited' || error.status === 503);
			const delay = busy ? (error.retryAfterMs ?? 1000 * 2 ** retry) : Infinity;
			if (!busy || retry >= BUSY_RETRIES || delay > BUSY_WAIT_MAX_MS || options.signal?.aborted) throw error;
			await (options.wait ?? timerWait)(delay, options.signal);
			cancelled(options.signal);
		}
	}
}

/** Every page of a (filtered) /all listing. */
async function allPages(target: SyncTarget, query: Record<string, string | number>, options: SyncOptions, first?: LibraryPage): Promise<{ items: PlexMetadata[]; total: number; stable: boolean }> {
	const size = options.pageSize ?? PAGE_SIZE;
	const page = (start: number, count: number) => pageWithRetry(target, start, count, query, options);
	const head = first ?? (await page(0, size));
	cancelled(options.signal);
	const items = [...head.items];
	let total = head.totalSize;
	let stable = true;
	const step = head.items.length > 0 ? head.items.length : size;
	const queue: number[] = [];
	for (let offset = head.items.length; offset < total && head.items.length > 0; offset += step) queue.push(offset);
	await pool(
		queue,
		options.concurrency ?? CONCURRENCY,
		async (offset) => {
			const p = await page(offset, step);
			cancelled(options.signal);
			if (p.totalSize !== total) {
				stable = false;
				total = Math.max(total, p.totalSize);
			}
			items.push(...p.items);
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
	sectionType(target.section);
	const now = options.now ?? Date.now;
	const attempts = options.maxAttempts ?? 3;
	let byKey = new Map<string, LibraryItem>();
	for (let attempt = 1; attempt <= attempts; attempt++) {
		const { items, total, stable } = await allPages(target, { sort: 'addedAt:asc' }, options);
		byKey = new Map(items.map((m) => [m.ratingKey, toLibraryItem(m)]));
		options.onProgress?.(byKey.size, total);
		// Complete when every item the server counted arrived (a key listed twice counts twice there).
		if (stable && (byKey.size === total || items.length === total)) break;
		// The library changed under us (items added or removed while paging): go again.
	}
	return record(target, byKey, signalsOf(byKey.values(), target, now()), now());
}

const same = (a: LibraryItem, b: LibraryItem) => JSON.stringify(a) === JSON.stringify(b);

/** Brings `previous` up to date cheaply, or falls back to a full sync (see the top of this file). */
export async function resync(target: SyncTarget, previous: LibraryRecord, options: SyncOptions = {}): Promise<ResyncResult> {
	const now = options.now ?? Date.now;
	const signals = previous.meta.sync;
	const full = async (): Promise<ResyncResult> => {
		const fresh = await fullSync(target, options);
		const before = new Map(previous.items.map((i) => [i.ratingKey, i]));
		const after = new Set(fresh.items.map((i) => i.ratingKey));
		const added = fresh.items.filter((i) => !before.has(i.ratingKey)).length;
		const removed = previous.items.filter((i) => !after.has(i.ratingKey)).length;
		const updated = fresh.items.filter((i) => before.has(i.ratingKey) && !same(before.get(i.ratingKey)!, i)).length;
		return { record: fresh, mode: 'full', added, updated, removed };
	};
	if (!signals || now() - signals.fullSyncedAt > FULL_SYNC_EVERY_MS) return full();

	const head = await pageWithRetry(target, 0, 0, {}, options);
	cancelled(options.signal);
	const unwatchedHead = await pageWithRetry(target, 0, 0, { unwatched: 1 }, options);
	cancelled(options.signal);
	const changed = await allPages(target, { 'updatedAt>>': signals.maxUpdatedAt }, options);
	const viewed = signals.maxLastViewedAt > 0 ? await allPages(target, { 'lastViewedAt>>': signals.maxLastViewedAt }, options) : { items: [] };

	const merged = new Map(previous.items.map((i) => [i.ratingKey, i]));
	let added = 0;
	let updated = 0;
	for (const m of [...changed.items, ...viewed.items]) {
		const item = toLibraryItem(m);
		const old = merged.get(item.ratingKey);
		if (!old) added += 1;
		else if (!same(old, item)) updated += 1;
		else continue;
		merged.set(item.ratingKey, item);
	}
	if (merged.size !== head.totalSize) return full();
	let unwatchedHere = 0;
	for (const item of merged.values()) if (!isWatched(item)) unwatchedHere += 1;
	// Something was marked unwatched (or the server counts differently): only a full copy can tell which.
	if (unwatchedHere !== unwatchedHead.totalSize) return full();
	options.onProgress?.(head.totalSize, head.totalSize);
	const mode: ResyncMode = added + updated === 0 ? 'unchanged' : 'incremental';
	const kept = { ...signalsOf(merged.values(), target, signals.fullSyncedAt) };
	return { record: record(target, merged, kept, now()), mode, added, updated, removed: 0 };
}
