import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateMovies, generateShows, pageFiles } from '../../fake-plex/generate.ts';
import { samples } from '../../fake-plex/samples.ts';

const dir = new URL('../../fake-plex/samples/generated-library-300/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

describe('generateMovies (make-library.mjs)', () => {
	it('reproduces make-library.mjs --count 300 --page 100 --seed 7 byte for byte', () => {
		const library = generateMovies({ count: 300, seed: 7, sectionId: 1 });
		const files = pageFiles(library, 100);
		expect([...files.keys()]).toEqual(['page-000000.json', 'page-000100.json', 'page-000200.json', 'summary.json']);
		for (const [name, text] of files) expect(text, name).toBe(read(name));
		const summary = JSON.parse(read('summary.json'));
		expect(library.summary).toMatchObject({ count: 300, seed: 7, section: 1, maxUpdatedAt: summary.maxUpdatedAt, watched: summary.watched });
	});

	it('gives every movie the fields a real Plex movie carries, at about the real size', () => {
		const sample = samples.moviesPage1.MediaContainer.Metadata[0] as Record<string, unknown>;
		const real = JSON.stringify(sample).length;
		for (const movie of generateMovies({ count: 50, seed: 2 }).items) {
			for (const key of Object.keys(sample).filter((k) => k !== 'viewCount' && k !== 'lastViewedAt')) expect(movie, key).toHaveProperty(key);
			for (const key of ['Writer', 'Guid']) expect(movie[key], key).toEqual(expect.arrayContaining([expect.anything()]));
			const part = (movie.Media as Array<{ Part: Array<Record<string, unknown>> }>)[0]!.Part[0]!;
			expect(Object.keys(part)).toEqual(Object.keys((sample.Media as Array<{ Part: object[] }>)[0]!.Part[0]!));
			expect(JSON.stringify(movie).length).toBeGreaterThan(real * 0.8);
		}
	});

	it('makes shows shaped like the sample shows, with episode counts that add up', () => {
		const sample = samples.showsAll.MediaContainer.Metadata[0] as Record<string, unknown>;
		const { items } = generateShows({ count: 300, seed: 4 });
		expect(generateShows({ count: 300, seed: 4 }).items).toEqual(items);
		for (const show of items) {
			for (const key of Object.keys(sample).filter((k) => k !== 'viewCount' && k !== 'lastViewedAt')) expect(show, key).toHaveProperty(key);
			expect(show.viewedLeafCount).toBeLessThanOrEqual(show.leafCount!);
			expect(show.leafCount).toBeGreaterThanOrEqual(show.childCount!);
		}
		const states = new Set(items.map((s) => (s.viewedLeafCount === 0 ? 'new' : s.viewedLeafCount === s.leafCount ? 'done' : 'started')));
		expect([...states].sort()).toEqual(['done', 'new', 'started']);
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
