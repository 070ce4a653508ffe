import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pooledNormalizer, toLibraryItem } from '#lib/library/normalize.ts';
import type { PlexMediaContainer, PlexMetadata } from '#lib/plex/types.ts';

const sample = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../fake-plex/samples/${name}`, import.meta.url), 'utf8')) as PlexMediaContainer<PlexMetadata>;

describe('toLibraryItem on real /all shapes', () => {
	const movies = [
		...(sample('pms-library-sections-1-all-page1.json').MediaContainer.Metadata ?? []),
		...(sample('pms-library-sections-1-all-page2.json').MediaContainer.Metadata ?? [])
	];

	it('stores only what the app shows or filters by: no artwork, no absent fields', () => {
		const normalize = pooledNormalizer();
		const items = movies.map(normalize);
		for (const item of items) {
			expect(item).not.toHaveProperty('art');
			expect(item).not.toHaveProperty('originallyAvailableAt');
			expect(Object.values(item)).not.toContain(undefined);
		}
		const watchedNot = items.find((i) => i.viewCount === 0)!;
		expect(watchedNot).not.toHaveProperty('lastViewedAt');
		// sharing one copy of repeated texts changes no value
		expect(items).toEqual(movies.map(toLibraryItem));
	});

	it('keeps what the picker and the card need from a movie', () => {
		const bunny = toLibraryItem(movies.find((m) => m.title === 'Big Buck Bunny')!);
		expect(bunny).toMatchObject({
			ratingKey: '1021',
			type: 'movie',
			title: 'Big Buck Bunny',
			year: 2008,
			contentRating: 'G',
			runtimeMin: 10,
			rating: 8.1,
			audienceRating: 7.4,
			genres: ['Animation', 'Comedy'],
			directors: ['Sacha Goedegebure'],
			viewCount: 3,
			thumb: '/library/metadata/1021/thumb/1794938211'
		});
		// Heavy fields Plex sends are not kept.
		expect(bunny).not.toHaveProperty('Media');
		expect(bunny).not.toHaveProperty('Image');
	});

	it('treats a missing viewCount as unwatched and missing facts as unknown, not as errors', () => {
		for (const m of movies) {
			const it = toLibraryItem(m);
			expect(it.viewCount).toBe(m.viewCount ?? 0);
			expect(Array.isArray(it.genres)).toBe(true);
		}
		const bare = toLibraryItem({ ratingKey: '9', title: 'Bare' });
		expect(bare).toMatchObject({ ratingKey: '9', title: 'Bare', genres: [], cast: [], viewCount: 0 });
		expect(bare.year).toBeUndefined();
		expect(bare.runtimeMin).toBeUndefined();
	});

	it('keeps only the first few cast members', () => {
		const many = toLibraryItem({ ratingKey: '1', title: 'Ensemble', Role: Array.from({ length: 30 }, (_, i) => ({ tag: `Actor ${i}` })) });
		expect(many.cast).toEqual(['Actor 0', 'Actor 1', 'Actor 2', 'Actor 3', 'Actor 4']);
	});

	it('keeps episode counts for shows', () => {
		const show = toLibraryItem(sample('pms-library-sections-2-all.json').MediaContainer.Metadata![0]!);
		expect(show).toMatchObject({ type: 'show', title: 'The Lighthouse Keepers', leafCount: 12, viewedLeafCount: 9 });
	});
});
