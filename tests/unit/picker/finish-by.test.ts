import { describe, expect, it } from 'vitest';
import { applyFilters, cardNotes, NO_FILTERS, sanitizeFilters, type Filters } from '#lib/picker/filters.ts';
import { activeFilterNames, bestToRelax, clearFilter } from '#lib/picker/facets.ts';
import { filtersToParams, hasFilterParams, paramsToFilters } from '#lib/picker/filter-url.ts';
import { item } from '../../helpers/items.ts';

/** Local wall-clock times, whatever the machine's time zone. */
const at = (h: number, m: number, day = 25) => new Date(2026, 10, day, h, m).getTime();
const f = (over: Partial<Filters>): Filters => ({ ...structuredClone(NO_FILTERS), ...over });

const short = item({ ratingKey: '1', title: 'Short', runtimeMin: 85 });
const long = item({ ratingKey: '2', title: 'Long', runtimeMin: 150 });
const unknown = item({ ratingKey: '3', title: 'No runtime' });
const all = [short, long, unknown];

describe('"Finish by"', () => {
	it('keeps titles that end before then if started now, with 5 minutes to spare', () => {
		const by = f({ finishBy: '23:30' });
		expect(applyFilters(all, by, { now: at(22, 0) })).toEqual([short]); // 90 min left: 85 + 5 fits
		expect(applyFilters(all, by, { now: at(22, 1) })).toEqual([]); // 89 left: 85 + 5 does not
		expect(applyFilters(all, by, { now: at(20, 0) })).toEqual([short, long]);
	});

	it('a time past midnight is tomorrow: 00:30 at 22:00 leaves two and a half hours', () => {
		expect(applyFilters(all, f({ finishBy: '00:30' }), { now: at(22, 0) })).toEqual([short]);
		expect(applyFilters(all, f({ finishBy: '01:00' }), { now: at(22, 0) })).toEqual([short, long]);
	});

	it('a time passed a moment ago is too late for tonight, not a day away', () => {
		expect(applyFilters(all, f({ finishBy: '23:30' }), { now: at(23, 40) })).toEqual([]);
	});

	it('leaves out titles without a runtime', () => {
		expect(applyFilters([unknown], f({ finishBy: '23:59' }), { now: at(8, 0) })).toEqual([]);
	});

	it('follows the clock: as time passes, fewer titles fit', () => {
		const by = f({ finishBy: '23:00' });
		expect(applyFilters(all, by, { now: at(20, 0) })).toHaveLength(2);
		expect(applyFilters(all, by, { now: at(21, 0) })).toHaveLength(1);
		expect(applyFilters(all, by, { now: at(21, 40) })).toHaveLength(0);
	});

	it('travels in a shared link and survives a reload; nonsense is dropped', () => {
		const by = f({ finishBy: '23:30', unwatchedOnly: true });
		expect(filtersToParams(by).get('by')).toBe('23:30');
		expect(hasFilterParams(new URLSearchParams('by=23:30'))).toBe(true);
		expect(paramsToFilters(new URLSearchParams(filtersToParams(by).toString()))).toEqual(by);
		expect(sanitizeFilters(JSON.parse(JSON.stringify(by)))).toEqual(by);
		expect(paramsToFilters(new URLSearchParams('by=25:00')).finishBy).toBeNull();
		expect(sanitizeFilters({ finishBy: '7pm' }).finishBy).toBeNull();
	});

	it('the card says when the pick ends; an episode by its own runtime, else the show\'s typical one', () => {
		const by = f({ finishBy: '23:30' });
		expect(cardNotes({ item: short }, by, { now: at(21, 22) })).toEqual(['Ends at 22:47']);
		const show = item({ ratingKey: '4', type: 'show', title: 'Show', runtimeMin: 45 });
		const episode = item({ ratingKey: '5', type: 'episode', title: 'Pilot', runtimeMin: 58 });
		expect(cardNotes({ item: show, episode }, by, { now: at(21, 0) })).toEqual(['Ends at 21:58']);
		expect(cardNotes({ item: show, episode: item({ ratingKey: '6', type: 'episode' }) }, by, { now: at(21, 0) })).toEqual(['Ends at 21:45']);
		expect(cardNotes({ item: unknown }, by, { now: at(21, 0) })).toEqual([]);
		expect(cardNotes({ item: short }, NO_FILTERS, { now: at(21, 0) })).toEqual([]);
	});

	it('with nothing matching, "Finish by" is named as the filter to relax', () => {
		const tight = f({ finishBy: '22:30', genres: ['Drama'] });
		const drama = item({ ratingKey: '7', genres: ['Drama'], runtimeMin: 120 });
		expect(activeFilterNames(tight)).toEqual(['Genre', 'Finish by']);
		expect(bestToRelax([drama], tight, { now: at(22, 0) })).toEqual({ name: 'Finish by', count: 1 });
		expect(clearFilter(tight, 'Finish by').finishBy).toBeNull();
	});
});
