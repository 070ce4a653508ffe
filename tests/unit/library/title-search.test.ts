import { describe, expect, it } from 'vitest';
import { normalizeText, searchTitles } from '#lib/library/title-search.ts';
import { item } from '../../helpers/items.ts';

const items = [item({ ratingKey: '1', title: 'Amélie' }), item({ ratingKey: '2', title: 'The Velvet Harbor' }), item({ ratingKey: '3', title: 'Harbor Lights 2' }), item({ ratingKey: '4', title: 'Ōkami' })];

describe('searchTitles', () => {
	it('an empty query keeps everything, in order', () => {
		expect(searchTitles(items, '  ')).toEqual(items);
	});

	it('ignores case and accents', () => {
		expect(searchTitles(items, 'AMELIE').map((i) => i.title)).toEqual(['Amélie']);
		expect(searchTitles(items, 'okami').map((i) => i.title)).toEqual(['Ōkami']);
	});

	it('finds words anywhere, and needs every word', () => {
		expect(searchTitles(items, 'harbor').map((i) => i.title)).toEqual(['The Velvet Harbor', 'Harbor Lights 2']);
		expect(searchTitles(items, 'harbor velvet').map((i) => i.title)).toEqual(['The Velvet Harbor']);
		expect(searchTitles(items, 'harbor zebra')).toEqual([]);
	});

	it('normalises text', () => {
		expect(normalizeText('Crème Brûlée')).toBe('creme brulee');
	});
});
