import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Persisted, text } from '#lib/state/persisted.svelte.ts';
import { memoryStorage } from '../helpers/storage.ts';

// In the browser build (effects run here, not in the unit project's server build).
describe('Persisted in the browser', () => {
	it('follows a change another tab made, while something reads it', () => {
		const storage = memoryStorage();
		const events = new EventTarget();
		const setting = new Persisted('k', '', { storage, codec: text, events: events as unknown as Window });
		const seen: string[] = [];
		const stop = $effect.root(() => {
			$effect(() => void seen.push(setting.current));
		});
		flushSync();
		storage.data.set('k', 'from the other tab');
		events.dispatchEvent(Object.assign(new Event('storage'), { key: 'other' }));
		flushSync();
		expect(seen).toEqual(['']);
		events.dispatchEvent(Object.assign(new Event('storage'), { key: 'k' }));
		flushSync();
		expect(seen).toEqual(['', 'from the other tab']);
		stop();
	});
});
