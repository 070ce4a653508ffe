import type { LibraryItem, LibrarySource } from '../library/types.ts';
import { compileFilters, type FilterContext, type Filters } from '../picker/filters.ts';
import { randomIndex, type Rng } from '../picker/pick.ts';
import { titleKey } from '../picks/model.ts';
import { t } from '../i18n/i18n.ts';

/**
 * "Decide together": a shortlist drawn like a pick (same filters, source and exclusions), marked
 * Keep or Veto by each person in turn on one phone, then settled. Pure: the RNG is injected, and a
 * round is plain JSON (it is saved so a reload mid-round loses nothing).
 */

export const PEOPLE = { min: 2, max: 8 } as const;
export const SHORTLIST = { min: 3, max: 10, default: 5 } as const;

export type Mark = 'keep' | 'veto';

/** One title of the shortlist, with where it came from (a snapshot: the round survives a re-sync). */
export interface Entry {
	libraryId: string;
	serverId: string;
	source: LibrarySource;
	item: LibraryItem;
}

export type Outcome =
	/** `index` into the entries; `tied` titles had the same, highest number of keeps. */
	| { kind: 'kept'; index: number; keptBy: number; of: number; tied: number }
	| { kind: 'all-vetoed' };

export interface Round {
	v: 1;
	people: string[];
	entries: Entry[];
	/** marks[person][entry]; null: not marked yet (counts as not kept). */
	marks: (Mark | null)[][];
	/** Whose turn it is. */
	turn: number;
	/** 'handover': the phone goes to `people[turn]`, nothing of the previous marks shows. */
	phase: 'marking' | 'handover' | 'result';
	outcome: Outcome | null;
	/** Titles (entry keys) vetoed in this evening's earlier shortlists: never drawn again. */
	leftOut: string[];
}

/** The identity of an entry across libraries and servers. */
export const entryKey = (e: Pick<Entry, 'serverId'> & { item: Pick<LibraryItem, 'ratingKey'> }): string => titleKey(e.serverId, e.item.ratingKey);

export interface DrawOptions<T extends LibraryItem> {
	/** The titles picks come from (source and exclusions already applied). */
	pool: readonly T[];
	filters: Filters;
	ctx: FilterContext;
	size: number;
	rng: Rng;
	/** A title's key (unique across the libraries picked from); duplicates are drawn once. */
	keyOf?: (item: T) => string;
	/** Keys never drawn (titles vetoed earlier). */
	leaveOut?: ReadonlySet<string>;
}

/**
 * Up to `size` different titles that pass every filter, each subset equally likely (a partial
 * Fisher–Yates shuffle of the matching titles), in random order.
 */
export function drawShortlist<T extends LibraryItem>(options: DrawOptions<T>): T[] {
	const { pool, rng, leaveOut } = options;
	const keyOf = options.keyOf ?? ((item: T) => item.ratingKey);
	const accepts = compileFilters(options.filters, options.ctx);
	const seen = new Set<string>();
	const candidates: T[] = [];
	for (const item of pool) {
		const key = keyOf(item);
		if (seen.has(key) || leaveOut?.has(key) || !accepts(item)) continue;
		seen.add(key);
		candidates.push(item);
	}
	const size = Math.max(0, Math.min(Math.floor(options.size), candidates.length));
	for (let i = 0; i < size; i++) {
		const j = i + randomIndex(candidates.length - i, rng);
		const swap = candidates[i] as T;
		candidates[i] = candidates[j] as T;
		candidates[j] = swap;
	}
	return candidates.slice(0, size);
}

/** How many people kept each title. */
export function tally(marks: readonly (readonly (Mark | null)[])[], entries: number): number[] {
	const keeps = Array.from({ length: entries }, () => 0);
	for (const person of marks) person.forEach((mark, i) => {
		if (mark === 'keep' && i < entries) keeps[i] = (keeps[i] as number) + 1;
	});
	return keeps;
}

/**
 * The result: among the titles with the most keeps (everybody's, when some title was kept by
 * all), one at random; when nobody kept anything, nothing is chosen.
 */
export function settle(marks: readonly (readonly (Mark | null)[])[], entries: number, rng: Rng): Outcome {
	const keeps = tally(marks, entries);
	const most = Math.max(0, ...keeps);
	if (most === 0) return { kind: 'all-vetoed' };
	const tied = keeps.flatMap((k, i) => (k === most ? [i] : []));
	return { kind: 'kept', index: tied[randomIndex(tied.length, rng)] as number, keptBy: most, of: marks.length, tied: tied.length };
}

/** A new round: the people, the drawn titles, nobody has marked anything yet. */
export function newRound(people: readonly string[], entries: Entry[], leftOut: readonly string[] = []): Round {
	return {
		v: 1,
		people: [...people],
		entries,
		marks: people.map(() => entries.map(() => null)),
		turn: 0,
		phase: 'marking',
		outcome: null,
		leftOut: [...leftOut]
	};
}

/** Marks one title for the person whose turn it is. */
export function markTitle(round: Round, entry: number, mark: Mark): Round {
	if (round.phase !== 'marking' || entry < 0 || entry >= round.entries.length) return round;
	const marks = round.marks.map((row, p) => (p === round.turn ? row.map((m, i) => (i === entry ? mark : m)) : row));
	return { ...round, marks };
}

/** "Next person": the phone goes on, or after the last person the round is settled. */
export function nextPerson(round: Round, rng: Rng): Round {
	if (round.phase !== 'marking') return round;
	if (round.turn + 1 < round.people.length) return { ...round, turn: round.turn + 1, phase: 'handover' };
	return { ...round, phase: 'result', outcome: settle(round.marks, round.entries.length, rng) };
}

/** The next person has the phone: their (empty) marks show. */
export function takeOver(round: Round): Round {
	return round.phase === 'handover' ? { ...round, phase: 'marking' } : round;
}

/** The keys of the titles nobody kept: left out of the next shortlist. */
export function vetoedKeys(round: Round): string[] {
	const keeps = tally(round.marks, round.entries.length);
	return round.entries.filter((_, i) => keeps[i] === 0).map(entryKey);
}

/** "Kept by all 3" / "Kept by 2 of 3". */
export function keptLine(outcome: Extract<Outcome, { kind: 'kept' }>): string {
	return outcome.keptBy === outcome.of ? t('together_kept_by_all', { count: outcome.of }) : t('together_kept_by_some', { kept: outcome.keptBy, count: outcome.of });
}

/** The names people gave, blanks filled in as "Person n", trimmed and kept short. */
export function peopleNames(count: number, names: readonly string[] = []): string[] {
	const n = Math.max(PEOPLE.min, Math.min(PEOPLE.max, Math.floor(count) || PEOPLE.min));
	return Array.from({ length: n }, (_, i) => names[i]?.trim().slice(0, 40) || t('together_person_n', { number: i + 1 }));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function sanitizeItem(raw: unknown): LibraryItem | null {
	if (!isObject(raw) || typeof raw.ratingKey !== 'string' || typeof raw.title !== 'string') return null;
	if (raw.type !== 'movie' && raw.type !== 'show' && raw.type !== 'episode') return null;
	if (!strings(raw.genres) || !strings(raw.directors) || !strings(raw.cast) || typeof raw.viewCount !== 'number') return null;
	return raw as unknown as LibraryItem;
}

/** A saved round read back (maybe from an older version, maybe edited by hand): valid, or none. */
export function sanitizeRound(raw: unknown): Round | null {
	if (!isObject(raw) || raw.v !== 1 || !strings(raw.people) || !Array.isArray(raw.entries) || !Array.isArray(raw.marks)) return null;
	const people = raw.people;
	if (people.length < PEOPLE.min || people.length > PEOPLE.max) return null;
	const entries: Entry[] = [];
	for (const e of raw.entries) {
		const item = isObject(e) ? sanitizeItem(e.item) : null;
		if (!isObject(e) || !item || typeof e.libraryId !== 'string' || typeof e.serverId !== 'string' || (e.source !== 'demo' && e.source !== 'plex')) return null;
		entries.push({ libraryId: e.libraryId, serverId: e.serverId, source: e.source, item });
	}
	if (entries.length === 0 || entries.length > SHORTLIST.max || raw.marks.length !== people.length) return null;
	const marks = raw.marks.map((row) => entries.map((_, i) => (Array.isArray(row) && (row[i] === 'keep' || row[i] === 'veto') ? (row[i] as Mark) : null)));
	const turn = typeof raw.turn === 'number' && Number.isInteger(raw.turn) && raw.turn >= 0 && raw.turn < people.length ? raw.turn : 0;
	const phase = raw.phase === 'handover' || raw.phase === 'result' ? raw.phase : 'marking';
	let outcome: Outcome | null = null;
	const o = raw.outcome;
	if (isObject(o) && o.kind === 'all-vetoed') outcome = { kind: 'all-vetoed' };
	else if (isObject(o) && o.kind === 'kept' && typeof o.index === 'number' && o.index >= 0 && o.index < entries.length)
		outcome = { kind: 'kept', index: o.index, keptBy: Number(o.keptBy) || 0, of: people.length, tied: Number(o.tied) || 1 };
	if (phase === 'result' && !outcome) return null;
	return { v: 1, people, entries, marks, turn, phase, outcome, leftOut: strings(raw.leftOut) ? raw.leftOut.slice(0, 1000) : [] };
}
