import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NO_TV_PREFS, sanitizeTvPrefs } from '#lib/picker/tv-prefs.ts';

describe('sanitizeTvPrefs', () => {
	it('keeps a valid record as it is', () => {
		const data = { modes: { 'a:1': 'next', 'a:2': 'any' }, shuffle: { on: true, shows: ['a:1'], mode: 'episode', used: ['a:11', 'a:12'], last: 'a:12' } };
		expect(sanitizeTvPrefs(JSON.parse(JSON.stringify(data)))).toEqual(data);
		expect(sanitizeTvPrefs(null)).toEqual(NO_TV_PREFS);
	});

	it('property: whatever was stored, the result is a valid record (never an error)', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
				for (const raw of [json, anything, { modes: json, shuffle: anything }, { shuffle: { used: json, shows: anything, mode: json } }]) {
					const got = sanitizeTvPrefs(raw);
					expect(Object.values(got.modes).every((m) => m === 'next' || m === 'any')).toBe(true);
					expect(['fair', 'episode']).toContain(got.shuffle.mode);
					expect(typeof got.shuffle.on).toBe('boolean');
					expect(got.shuffle.used.every((k) => typeof k === 'string')).toBe(true);
					expect(got.shuffle.shows.every((k) => typeof k === 'string')).toBe(true);
				}
			})
		);
	});
});
