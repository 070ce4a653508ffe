import { describe, expect, it } from 'vitest';
import { json, Persisted, text } from '#lib/state/persisted.svelte.ts';
import { memoryStorage } from '../../helpers/storage.ts';

const numbers = json((raw) => (Array.isArray(raw) ? raw.filter((n): n is number => typeof n === 'number') : []));

describe('Persisted', () => {
	it('reads what was saved, made valid, and the fallback when nothing or nonsense was', () => {
		const storage = memoryStorage({ a: '[1,"x",2]', broken: '{' });
		expect(new Persisted('a', [], { storage, codec: numbers }).current).toEqual([1, 2]);
		expect(new Persisted('broken', [9], { storage, codec: numbers }).current).toEqual([9]);
		expect(new Persisted('missing', 'none', { storage, codec: text }).current).toBe('none');
	});

	it('writes through to storage, where the next visit reads it', () => {
		const storage = memoryStorage();
		const setting = new Persisted('k', '', { storage, codec: text });
		setting.current = 'lib:1';
		expect(storage.data.get('k')).toBe('lib:1');
		expect(new Persisted('k', '', { storage, codec: text }).current).toBe('lib:1');
	});

	it('keeps a value for this visit when storage refuses it', () => {
		const storage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
		const setting = new Persisted('k', [0], { storage, codec: numbers });
		setting.current = [3];
		expect(setting.current).toEqual([3]);
	});
});
