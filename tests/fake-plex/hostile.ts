/**
 * Hostile library content for robustness tests: what a Plex library can hold when titles,
 * summaries and tags come from anywhere (scrapers, agents, a mischievous friend's server).
 *
 *   world.changeLibrary(id, '1', (items) => hostileMovies(items[0]!));          // only hostile titles
 *   world.changeLibrary(id, '1', (items) => [...items, ...hostileMovies(items[0]!)]);
 *
 * Every item is a copy of `template` (a real /all entry) with its text fields replaced. Markup
 * sets `window.__pwned` if it ever runs, so a browser test can check that nothing did.
 */
import type { MetadataItem } from './samples.ts';

const PWN = 'window.__pwned=1';

/** Titles a page must show as text, never as markup. */
export const HOSTILE_TITLES = [
	`<img src=x onerror="${PWN}">`,
	`<script>${PWN}</script>Script Night`,
	`"><svg onload=${PWN}>`,
	`</h2><iframe src="javascript:${PWN}"></iframe>`,
	'{@html "<b>svelte</b>"} {{7*7}} ${7*7}',
	'فيلم السهرة \u202Eevil.exe\u202C',
	'שלום עולם — סרט',
	'👨‍👩‍👧‍👦 Family Night 🎬🍿🏳️‍🌈',
	'Z̷̢̛a̶͓͐l̸̰̈́g̵͚̈o̴̱͑ ̶T̵i̷t̸l̶e̷',
	`Long ${'Aaaaaaaaaa'.repeat(1000)} End`
] as const;

export function hostileMovies(template: MetadataItem, firstKey = 770000): MetadataItem[] {
	const items: MetadataItem[] = HOSTILE_TITLES.map((title, i) => ({
		...template,
		ratingKey: String(firstKey + i),
		key: `/library/metadata/${firstKey + i}`,
		title,
		titleSort: title,
		summary: i === 0 ? `<img src=x onerror="${PWN}"> ${'Summary. '.repeat(12_000)}` : `<b>bold?</b> <a href="javascript:${PWN}">click</a> ${title}`,
		tagline: `<marquee>${title}</marquee>`,
		contentRating: i % 2 ? 'PG' : '<i>R</i>',
		Genre: [{ tag: '<b>Hostile</b>' }, { tag: 'Драма 🎭' }, { tag: '<b>Hostile</b>' }],
		Director: [{ tag: `<script>${PWN}</script>` }],
		Role: [{ tag: 'Ĳsbrand “Quote” O\'Brien' }, { tag: '\u202Eeman esrever' }],
		year: 1990 + i,
		updatedAt: 1_800_000_000 + i
	}));
	// The same ratingKey twice (a server mid-rescan can list an item twice).
	items.push({ ...items[1]!, title: 'Duplicate of Script Night' });
	return items;
}
