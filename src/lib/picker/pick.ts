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

/**
 * Crypto-quality randomness: 53 random bits (a double's whole precision) scaled to [0, 1), so an
 * index drawn from it over n titles is off uniform by at most n / 2^53 (about 2e-12 for 20,000).
 */
export const cryptoRng: Rng = () => {
	const buffer = new Uint32Array(2);
	crypto.getRandomValues(buffer);
	const high = (buffer[0] as number) >>> 5; // 27 bits
	const low = (buffer[1] as number) >>> 6; // 26 bits
	return (high * 67108864 + low) / 9007199254740992;
};

/** A uniform index in [0, length), never out of range even if an RNG returns 1. */
export function randomIndex(length: number, rng: Rng): number {
	return Math.min(length - 1, Math.floor(rng() * length));
}

/**
 * Picks one item uniformly from `pool`, leaving out the recently picked keys (newest first)
 * while anything else is left. Once every item was picked recently (the pool is exhausted),
 * any item but the very last pick is fair game, so the same title never comes twice in a row.
 */
export function pickOne<T extends LibraryItem>(
	pool: readonly T[],
	rng: Rng,
	recent: readonly string[] = [],
	keyOf: (item: T) => string = (item) => item.ratingKey
): T | undefined {
	if (pool.length === 0) return undefined;
	let from: readonly T[] = pool;
	if (recent.length > 0) {
		const held = new Set(recent);
		const fresh = pool.filter((item) => !held.has(keyOf(item)));
		if (fresh.length > 0) from = fresh;
		else if (pool.length > 1) from = pool.filter((item) => keyOf(item) !== recent[0]);
	}
	return from[randomIndex(from.length, rng)];
}
