import { describe, expect, it, vi } from 'vitest';
import { LazyPlexStates, type PlexStates } from '#lib/state/plex-states.svelte.ts';

describe('LazyPlexStates', () => {
	it('builds nothing until asked, then builds once for every caller and shows it as current', async () => {
		const states = { servers: {}, sync: {}, posters: {}, client: {} } as unknown as PlexStates;
		const build = vi.fn(async () => states);
		const lazy = new LazyPlexStates(build);
		expect(build).not.toHaveBeenCalled();
		expect(lazy.current).toBeUndefined();
		const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
		expect(a).toBe(states);
		expect(b).toBe(states);
		expect(await lazy.load()).toBe(states);
		expect(build).toHaveBeenCalledTimes(1);
		expect(lazy.current).toBe(states);
	});
});
