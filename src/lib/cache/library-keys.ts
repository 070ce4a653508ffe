import type { LibraryItem } from '../library/types.ts';

/** IndexedDB keys and stored shapes of the library cache (library-cache.ts describes the layout). */
export const META = 'meta:';
export const ITEMS = 'items:';
export const LAYOUT = 'layout:';
export const PICK = 'pick:';


export interface StoredLayout {
	rev: string;
	chunks: string[];
	/** The number the next new chunk key gets. */
	next: number;
}

/** What this instance knows is stored for one library: the chunks, by their first item. */
export interface KnownLayout {
	rev: string;
	byFirst: Map<unknown, { key: string; items: unknown[] }>;
	/** The items as last read or written (what a load returns while `rev` is still the stored one). */
	items?: LibraryItem[];
}
