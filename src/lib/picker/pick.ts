import type { LibraryItem } from '../library/types.ts';

/** A source of uniform numbers in [0, 1). Injected so tests are deterministic. */
export type Rng = () => number;

/** A seeded RNG (mulberry32): the same seed gives the same numbers (demo library, tests). */
export function seededRng(seed: number): Rng {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Crypto-quality randomness: 32 random bits scaled to [0, 1). */
export const cryptoRng: Rng = () => {
	const buffer = new Uint32Array(1);
	crypto.getRandomValues(buffer);
	return (buffer[0] as number) / 4294967296;
};

/**
 * Picks one item uniformly from `pool`, leaving out the recently picked ratingKeys while
 * anything else is left; once everything was picked recently, the whole pool is fair game.
 */
export function pickOne(pool: readonly LibraryItem[], rng: Rng, recent: readonly string[] = []): LibraryItem | undefined {
	if (pool.length === 0) return undefined;
	const held = new Set(recent);
	const fresh = held.size > 0 ? pool.filter((item) => !held.has(item.ratingKey)) : pool;
	const from = fresh.length > 0 ? fresh : pool;
	const index = Math.min(from.length - 1, Math.floor(rng() * from.length));
	return from[index];
}
