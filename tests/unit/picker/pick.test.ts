import { describe, expect, it, vi } from 'vitest';
import { cryptoRng, pickOne } from '#lib/picker/pick.ts';
import { item } from '../../helpers/items.ts';
import { seeded } from '../../helpers/rng.ts';

const pool = Array.from({ length: 10 }, (_, i) => item({ ratingKey: String(i) }));

describe('pickOne', () => {
	it('returns nothing from an empty pool', () => {
		expect(pickOne([], seeded(1))).toBeUndefined();
	});

	it('maps the RNG onto the pool, edge values included', () => {
		expect(pickOne(pool, () => 0)?.ratingKey).toBe('0');
		expect(pickOne(pool, () => 0.999999)?.ratingKey).toBe('9');
		expect(pickOne(pool, () => 0.5)?.ratingKey).toBe('5');
	});

	it('is roughly uniform: over many draws each title comes up about equally often', () => {
		const rng = seeded(42);
		const counts = new Map<string, number>();
		const draws = 20_000;
		for (let i = 0; i < draws; i++) {
			const k = pickOne(pool, rng)!.ratingKey;
			counts.set(k, (counts.get(k) ?? 0) + 1);
		}
		expect(counts.size).toBe(pool.length);
		for (const n of counts.values()) {
			expect(n).toBeGreaterThan((draws / pool.length) * 0.9);
			expect(n).toBeLessThan((draws / pool.length) * 1.1);
		}
	});

	it('leaves out recent picks until the pool is exhausted, then allows them again', () => {
		const rng = seeded(7);
		const recent: string[] = [];
		for (let i = 0; i < pool.length; i++) {
			const k = pickOne(pool, rng, recent)!.ratingKey;
			expect(recent).not.toContain(k);
			recent.push(k);
		}
		expect(new Set(recent).size).toBe(pool.length);
		expect(pickOne(pool, rng, recent)).toBeDefined();
	});

	it('crypto randomness stays in [0, 1)', () => {
		for (let i = 0; i < 1000; i++) {
			const x = cryptoRng();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
		}
	});

	it('crypto randomness uses 53 bits: the extremes are 0 and the largest double below 1', () => {
		const fill = (value: number) =>
			vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
				(array as Uint32Array).fill(value);
				return array;
			});
		fill(0);
		expect(cryptoRng()).toBe(0);
		fill(0xffffffff);
		expect(cryptoRng()).toBe(1 - 2 ** -53);
		vi.restoreAllMocks();
	});
});
