import type { LibraryItem } from '#lib/library/types.ts';

/** A library item with sensible defaults; override what the test is about. */
export function item(over: Partial<LibraryItem> & { ratingKey: string }): LibraryItem {
	return {
		type: 'movie',
		title: `Movie ${over.ratingKey}`,
		genres: [],
		directors: [],
		cast: [],
		viewCount: 0,
		...over
	};
}
