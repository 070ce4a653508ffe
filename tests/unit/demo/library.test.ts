import { describe, expect, it } from 'vitest';
import { buildDemoLibrary } from '#lib/demo/library.ts';
import { generateDemoMovies } from '#lib/demo/generate.ts';
import { parseDemoPoster, wrapTitle } from '#lib/demo/poster.ts';
import { decadeOf } from '#lib/picker/filters.ts';

describe('demo library', () => {
	const { meta, items } = buildDemoLibrary(1_700_000_000_000);

	it('has a few hundred distinct movies', () => {
		expect(items.length).toBeGreaterThanOrEqual(200);
		expect(items.length).toBeLessThanOrEqual(500);
		expect(new Set(items.map((i) => i.ratingKey)).size).toBe(items.length);
		expect(new Set(items.map((i) => i.title)).size).toBe(items.length);
		expect(meta).toMatchObject({ source: 'demo', type: 'movie', itemCount: items.length, syncedAt: 1_700_000_000_000 });
	});

	it('is the same library every time', () => {
		expect(generateDemoMovies()).toEqual(generateDemoMovies());
	});

	it('is varied enough for every filter to matter', () => {
		expect(new Set(items.flatMap((i) => i.genres)).size).toBeGreaterThanOrEqual(12);
		expect(new Set(items.map((i) => decadeOf(i.year!))).size).toBeGreaterThanOrEqual(7);
		expect(new Set(items.map((i) => i.contentRating)).size).toBeGreaterThanOrEqual(5);
		const runtimes = items.map((i) => i.runtimeMin!);
		expect(Math.min(...runtimes)).toBeLessThan(90);
		expect(Math.max(...runtimes)).toBeGreaterThan(150);
		const watched = items.filter((i) => i.viewCount > 0).length / items.length;
		expect(watched).toBeGreaterThan(0.2);
		expect(watched).toBeLessThan(0.5);
	});

	it('draws every poster locally (no network)', () => {
		for (const i of items) expect(parseDemoPoster(i.thumb)).toBeDefined();
		expect(parseDemoPoster('/library/metadata/1/thumb/2')).toBeUndefined();
	});

	it('wraps poster titles into a few short lines', () => {
		expect(wrapTitle('Beyond the Restless Cartographer')).toEqual(['Beyond the', 'Restless', 'Cartographer']);
		expect(wrapTitle('a b c d e f g h i j k l m n o p q r s t u v w x y z', 3, 2)).toHaveLength(2);
	});
});
