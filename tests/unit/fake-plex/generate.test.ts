import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateMovies } from '../../fake-plex/generate.ts';

const dir = new URL('../../fake-plex/samples/generated-library-300/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

describe('generateMovies (port of make-library.mjs)', () => {
	it('reproduces make-library.mjs --count 300 --page 100 --seed 7 byte for byte', () => {
		const library = generateMovies({ count: 300, seed: 7, sectionId: 1 });
		for (const offset of [0, 100, 200]) {
			const Metadata = library.items.slice(offset, offset + 100);
			const page = { MediaContainer: { size: Metadata.length, totalSize: 300, offset, ...library.header, Metadata } };
			expect(JSON.stringify(page) + '\n').toBe(read(`page-${String(offset).padStart(6, '0')}.json`));
		}
		const summary = JSON.parse(read('summary.json'));
		expect(library.summary).toMatchObject({ count: 300, seed: 7, section: 1, maxUpdatedAt: summary.maxUpdatedAt, watched: summary.watched });
	});

	it('is deterministic per seed and different across seeds', () => {
		const a = generateMovies({ count: 50, seed: 3 }).items;
		expect(generateMovies({ count: 50, seed: 3 }).items).toEqual(a);
		expect(generateMovies({ count: 50, seed: 4 }).items).not.toEqual(a);
	});

	it('makes 20,000 movies with unique ratingKeys from startRatingKey, quickly', () => {
		const started = performance.now();
		const { items } = generateMovies({ count: 20000, seed: 3, startRatingKey: 500 });
		expect(performance.now() - started).toBeLessThan(3000);
		expect(items).toHaveLength(20000);
		const keys = new Set(items.map((i) => Number(i.ratingKey)));
		expect(keys.size).toBe(20000);
		expect(Math.min(...keys)).toBe(500);
		expect(Math.max(...keys)).toBe(20499);
	});
});
