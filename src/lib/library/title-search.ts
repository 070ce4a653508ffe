import type { LibraryItem } from './types.ts';

/**
 * Title search for the browse view: case- and accent-insensitive ("amelie" finds "Amélie"),
 * every word of the query must appear somewhere in the title, input order kept.
 * Normalised titles are cached per item, so typing over 50,000 items stays fast.
 */
const normalised = new WeakMap<LibraryItem, string>();

export function normalizeText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLocaleLowerCase();
}

function key(item: LibraryItem): string {
	let value = normalised.get(item);
	if (value === undefined) {
		value = normalizeText(item.title);
		normalised.set(item, value);
	}
	return value;
}

export function searchTitles(items: readonly LibraryItem[], query: string): readonly LibraryItem[] {
	const words = normalizeText(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return items;
	return items.filter((item) => {
		const title = key(item);
		return words.every((w) => title.includes(w));
	});
}
