import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '#lib/i18n/i18n.ts';
import english from '#lib/i18n/messages/en/index.ts';
import german from '#lib/i18n/messages/de/index.ts';
import french from '#lib/i18n/messages/fr/index.ts';
import swedish from '#lib/i18n/messages/sv/index.ts';
import { cardNotes, filterNamed, FILTER_TABLE, NO_FILTERS, type Filters } from '#lib/picker/filters.ts';
import { filtersToParams } from '#lib/picker/filter-url.ts';
import { episodeCode } from '#lib/picker/next-episode.ts';
import { watchlistCaveats, watchlistSummary } from '#lib/picks/watchlist-words.ts';
import { item } from '../../helpers/items.ts';

afterEach(() => i18n.use('en', english));

/** A shared link's query, as text. */
const paramsOf = (f: Filters): string => filtersToParams(f).toString();
const at = (h: number, m: number) => new Date(2026, 10, 25, h, m).getTime();
const optionsOf = (name: string) => {
	const c = filterNamed(name)?.control;
	return c?.kind === 'select' ? c.options({ genres: [], decades: [1990], years: null }).map((o) => o.label) : [];
};

describe('the picker in other languages', () => {
	it('names filters, their options and the card note in German, with a 24-hour clock', () => {
		i18n.use('de', german, 'de-DE');
		expect(FILTER_TABLE.map((s) => s.title())).toContain('Altersfreigabe');
		expect(optionsOf('Decade')).toEqual(['1990er']);
		expect(optionsOf('Content rating')[0]).toBe('Bis G / TV-G');
		const notes = cardNotes({ item: item({ ratingKey: '1', runtimeMin: 85 }) }, { ...structuredClone(NO_FILTERS), finishBy: '23:30' }, { now: at(21, 22) });
		expect(notes).toEqual(['Endet um 22:47']);
	});

	it('keeps what goes into a shared link the same in every language: only the labels change', () => {
		const filters = { ...structuredClone(NO_FILTERS), decade: 1990, contentRating: 'PG-13', maxRuntime: 120, addedWithinDays: 30 };
		const inEnglish = paramsOf(filters);
		i18n.use('fr', french, 'fr-FR');
		expect(paramsOf(filters)).toBe(inEnglish);
		expect(filterNamed('Content rating')?.title()).toBe('Classification');
		expect(filterNamed('Content rating')?.name).toBe('Content rating');
	});

	it('writes episode codes and Watchlist counts with the language’s own letters and plurals', () => {
		i18n.use('fr', french, 'fr-FR');
		expect(episodeCode(item({ ratingKey: '1', type: 'episode', season: 2, episode: 5 }))).toBe('S2 · É5');
		// French counts 0 and 1 as singular
		const counts = { total: 3, here: 0, elsewhere: [], nowhere: 3, stale: [], unmatchable: 1 };
		expect(watchlistSummary(counts, 'Maison')).toBe('0 titre de la Watchlist sur 3 est sur Maison · 3 sur aucun de vos serveurs.');
		expect(watchlistCaveats(counts)[0]).toMatch(/^1 titre de cette bibliothèque a été identifié/);
		i18n.use('sv', swedish, 'sv-SE');
		expect(watchlistSummary({ ...counts, here: 2, nowhere: 1 }, 'Hem')).toBe('2 av 3 titlar på bevakningslistan finns på Hem · 1 på ingen av dina servrar.');
	});
});
