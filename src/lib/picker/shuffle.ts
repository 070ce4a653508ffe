/**
 * "Shuffle across shows": one episode from a chosen set of shows. Unwatched episodes come first;
 * nothing repeats until every episode of the set was picked (the round is used up), then a new
 * round starts. "Fair per show" first draws a show (each equally likely), then an episode of it;
 * "Per episode" draws among all episodes at once, so big shows come up more often.
 * Pure: the RNG and the used set are given, the choice and the new used set come back.
 */
import { isWatched, type LibraryItem } from '../library/types.ts';
import { randomIndex, type Rng } from './pick.ts';

export type ShuffleMode = 'fair' | 'episode';

export interface ShowEpisodes {
	/** The show's key (what the caller uses to tell shows apart). */
	show: string;
	episodes: readonly LibraryItem[];
}

export interface ShufflePick {
	show: string;
	episode: LibraryItem;
	/** The episode's key, as added to `used`. */
	key: string;
	/** Keys picked in this round, this one included (a new round holds only this one). */
	used: string[];
	/** The previous round was used up, so this pick started a new one. */
	newRound: boolean;
}

/**
 * Picks one episode. `used` holds the keys (see `keyOf`) picked so far in this round; `last` is the
 * key of the previous pick, never repeated straight away when a new round starts.
 */
export function shufflePick(
	shows: readonly ShowEpisodes[],
	used: readonly string[],
	mode: ShuffleMode,
	rng: Rng,
	keyOf: (show: string, episode: LibraryItem) => string = (_show, e) => e.ratingKey,
	last?: string
): ShufflePick | undefined {
	const all = shows.map((s) => ({ show: s.show, episodes: s.episodes.filter((e) => e.type === 'episode').map((e) => ({ e, key: keyOf(s.show, e) })) }));
	const total = all.reduce((n, s) => n + s.episodes.length, 0);
	if (total === 0) return undefined;
	const held = new Set(used);
	let left = all.map((s) => ({ show: s.show, episodes: s.episodes.filter((x) => !held.has(x.key)) }));
	let newRound = false;
	if (left.every((s) => s.episodes.length === 0)) {
		newRound = true;
		left = all.map((s) => ({ show: s.show, episodes: total > 1 ? s.episodes.filter((x) => x.key !== last) : s.episodes }));
	}
	// Unwatched first: watched episodes wait until no unwatched one is left in the round.
	const unwatched = left.map((s) => ({ show: s.show, episodes: s.episodes.filter((x) => !isWatched(x.e)) }));
	const tier = (unwatched.some((s) => s.episodes.length > 0) ? unwatched : left).filter((s) => s.episodes.length > 0);
	let chosen: { show: string; e: LibraryItem; key: string };
	if (mode === 'fair') {
		const show = tier[randomIndex(tier.length, rng)]!;
		const x = show.episodes[randomIndex(show.episodes.length, rng)]!;
		chosen = { show: show.show, ...x };
	} else {
		const flat = tier.flatMap((s) => s.episodes.map((x) => ({ show: s.show, ...x })));
		chosen = flat[randomIndex(flat.length, rng)]!;
	}
	return { show: chosen.show, episode: chosen.e, key: chosen.key, used: newRound ? [chosen.key] : [...used, chosen.key], newRound };
}
