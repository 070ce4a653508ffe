import { describe, expect, it } from 'vitest';
import { decodePickIndex, encodePickIndex } from '#lib/cache/pick-index.ts';
import type { LibraryItem } from '#lib/library/types.ts';

const episode: LibraryItem = { ratingKey: '9001', type: 'episode', title: 'Pilot', show: 'Night Shift', season: 1, episode: 1, genres: [], directors: ['Ana Ruiz'], cast: [], viewCount: 0, runtimeMin: 42, addedAt: 1_700_000_000, summary: 'shown on the card', thumb: '/library/metadata/9001/thumb/1' };
const show: LibraryItem = { ratingKey: '77', type: 'show', title: 'Night Shift', genres: ['Drama', 'Crime'], directors: [], cast: ['Ana Ruiz', 'Li Wei'], viewCount: 3, leafCount: 10, viewedLeafCount: 3, rating: 7.25, audienceRating: 8.1, contentRating: 'TV-14', year: 2019, lastViewedAt: 1_733_000_000, updatedAt: 1_733_000_001 };
const bare: LibraryItem = { ratingKey: 'a', type: 'movie', title: '', genres: [], directors: [], cast: [], viewCount: 0 };

describe('pick index', () => {
	it('gives back every item as the filters and the card need it, in order; summaries and poster paths stay in the full copy', () => {
		const items = decodePickIndex(encodePickIndex([episode, show, bare], 'r1'));
		const { summary: _s, thumb: _t, ...episodeLite } = episode;
		expect(items).toEqual([episodeLite, show, bare]);
		expect(items?.[1]?.rating).toBe(7.25);
	});

	it('an empty library is an empty index', () => {
		expect(decodePickIndex(encodePickIndex([], 'r'))).toEqual([]);
	});

	it('an item it cannot hold means no index (the app then opens from the full copy)', () => {
		expect(encodePickIndex([{ ...bare, title: 'a\u0000b' }], 'r')).toBeUndefined();
		expect(encodePickIndex([{ ...bare, year: 1999.5 }], 'r')).toBeUndefined();
		expect(encodePickIndex([{ ...bare, runtimeMin: 70_000 }], 'r')).toBeUndefined();
		expect(encodePickIndex([{ ...bare, rating: 7.125 }], 'r')).toBeUndefined();
		expect(encodePickIndex([{ ...bare, cast: Array.from({ length: 300 }, (_, i) => `p${i}`) }], 'r')).toBeUndefined();
	});

	it('anything else read back is refused, not half-decoded', () => {
		const index = encodePickIndex([show, episode], 'r')!;
		expect(decodePickIndex(undefined)).toBeUndefined();
		expect(decodePickIndex({ ...index, v: 99 })).toBeUndefined();
		expect(decodePickIndex({ ...index, count: 3 })).toBeUndefined();
		expect(decodePickIndex({ ...index, tags: index.tags.subarray(1) })).toBeUndefined();
		expect(decodePickIndex({ ...index, wide: Array.from(index.wide) })).toBeUndefined();
		expect(decodePickIndex({ ...index, tags: Uint16Array.from([...index.tags].map(() => 999)) })).toBeUndefined();
	});
});
