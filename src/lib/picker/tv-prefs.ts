/**
 * What a person chose for TV, kept per account: per show "Next episode" or "Any episode", and
 * the shuffle across shows (on or off, the chosen shows, fair per show or per episode, and the
 * episodes already picked in this round). Pure data and its sanitiser: stored data may be old
 * or edited by hand, and a bad value must never stop picking.
 */
import type { ShuffleMode } from './shuffle.ts';

export type EpisodeMode = 'next' | 'any';

export interface ShufflePrefs {
	on: boolean;
	/** Title keys (`server:ratingKey`) of the chosen shows. */
	shows: string[];
	mode: ShuffleMode;
	/** Title keys of the episodes picked in this round. */
	used: string[];
	/** The last one picked (never repeated first in a new round). */
	last?: string;
}

export interface TvPrefsData {
	/** Per show title key; a show not listed picks any episode (the behaviour before this choice existed). */
	modes: Record<string, EpisodeMode>;
	shuffle: ShufflePrefs;
}

export const NO_TV_PREFS: TvPrefsData = { modes: {}, shuffle: { on: false, shows: [], mode: 'fair', used: [] } };

/** A round is never longer than the episodes picked; this caps what a tampered record can make us keep. */
const MAX_KEYS = 20_000;

const strings = (raw: unknown): string[] => (Array.isArray(raw) ? [...new Set(raw.filter((k): k is string => typeof k === 'string'))].slice(0, MAX_KEYS) : []);

export function sanitizeTvPrefs(raw: unknown): TvPrefsData {
	const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
	const modes: Record<string, EpisodeMode> = {};
	if (typeof r.modes === 'object' && r.modes !== null) {
		for (const [key, mode] of Object.entries(r.modes)) if (mode === 'next' || mode === 'any') modes[key] = mode;
	}
	const s = typeof r.shuffle === 'object' && r.shuffle !== null ? (r.shuffle as Record<string, unknown>) : {};
	return {
		modes,
		shuffle: {
			on: s.on === true,
			shows: strings(s.shows),
			mode: s.mode === 'episode' ? 'episode' : 'fair',
			used: strings(s.used),
			...(typeof s.last === 'string' ? { last: s.last } : {})
		}
	};
}
