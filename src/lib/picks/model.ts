/**
 * What a person's picking leaves behind, per account: titles they don't want suggested
 * ("Not tonight" for a day, "Never suggest" until undone), the last picks, and "mark as watched"
 * requests waiting for a connection. Pure functions over plain data; picks-store.ts keeps it.
 */

/** Titles are identified across servers: `${serverId}:${ratingKey}`. */
export type TitleKey = string;

export function titleKey(serverId: string, ratingKey: string): TitleKey {
	return `${serverId}:${ratingKey}`;
}

export const NOT_TONIGHT_MS = 24 * 60 * 60 * 1000;
export const HISTORY_LIMIT = 50;

export interface Exclusion {
	key: TitleKey;
	title: string;
	year?: number;
	kind: 'not-tonight' | 'never';
	/** Unix ms when it was set. */
	at: number;
	/** Unix ms when a "not tonight" ends. */
	until?: number;
}

export interface HistoryEntry {
	key: TitleKey;
	title: string;
	year?: number;
	/** Where it was picked from, in words, e.g. "Movies · Okafor Vault". */
	source: string;
	/** Unix ms. */
	at: number;
	/** For an episode pick: the show's title. */
	show?: string;
}

export interface QueuedWatch {
	serverId: string;
	ratingKey: string;
	title: string;
	/** Unix ms when the person asked. */
	at: number;
}

export interface PicksData {
	exclusions: Exclusion[];
	history: HistoryEntry[];
	watchQueue: QueuedWatch[];
}

export const EMPTY_PICKS: PicksData = Object.freeze({ exclusions: [], history: [], watchQueue: [] }) as PicksData;

/** The keys to leave out of picks now; expired "not tonight" entries no longer count. */
export function excludedKeys(exclusions: readonly Exclusion[], now: number): Set<TitleKey> {
	const keys = new Set<TitleKey>();
	for (const e of exclusions) if (e.kind === 'never' || (e.until ?? 0) > now) keys.add(e.key);
	return keys;
}

/** Adds (or replaces) an exclusion, and drops expired ones while at it. */
export function exclude(exclusions: readonly Exclusion[], entry: Exclusion, now: number): Exclusion[] {
	return [entry, ...live(exclusions, now).filter((e) => e.key !== entry.key)];
}

export function unexclude(exclusions: readonly Exclusion[], key: TitleKey): Exclusion[] {
	return exclusions.filter((e) => e.key !== key);
}

export function live(exclusions: readonly Exclusion[], now: number): Exclusion[] {
	return exclusions.filter((e) => e.kind === 'never' || (e.until ?? 0) > now);
}

export function addHistory(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
	return [entry, ...history].slice(0, HISTORY_LIMIT);
}

/** Queues a "mark as watched"; asking twice for one title keeps one request. */
export function queueWatch(queue: readonly QueuedWatch[], entry: QueuedWatch): QueuedWatch[] {
	return [...queue.filter((q) => !(q.serverId === entry.serverId && q.ratingKey === entry.ratingKey)), entry];
}

/** Brings stored data (older versions, other tabs, hand edits) to a valid shape. */
export function sanitizePicks(raw: unknown): PicksData {
	const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : []);
	const s = (v: unknown) => (typeof v === 'string' ? v : '');
	const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
	return {
		exclusions: list(r.exclusions)
			.filter((e) => typeof e.key === 'string' && (e.kind === 'never' || e.kind === 'not-tonight'))
			.map((e) => ({ key: s(e.key), title: s(e.title), year: n(e.year), kind: e.kind as Exclusion['kind'], at: n(e.at) ?? 0, until: n(e.until) })),
		history: list(r.history)
			.filter((h) => typeof h.key === 'string')
			.map((h) => ({ key: s(h.key), title: s(h.title), year: n(h.year), source: s(h.source), at: n(h.at) ?? 0, show: typeof h.show === 'string' ? h.show : undefined }))
			.slice(0, HISTORY_LIMIT),
		watchQueue: list(r.watchQueue)
			.filter((q) => typeof q.serverId === 'string' && typeof q.ratingKey === 'string')
			.map((q) => ({ serverId: s(q.serverId), ratingKey: s(q.ratingKey), title: s(q.title), at: n(q.at) ?? 0 }))
	};
}
