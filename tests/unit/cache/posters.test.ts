import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { PosterStore } from '#lib/cache/posters.ts';
import { cachePosters } from '#lib/sync/posters.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { item } from '../../helpers/items.ts';

let n = 0;
function store(budget?: number) {
	globalThis.indexedDB = new IDBFactory();
	let clock = 1000;
	const s = new PosterStore(`posters-${++n}`, () => ++clock);
	return { s, ready: budget === undefined ? Promise.resolve() : s.setBudget(budget) };
}
const blob = (size: number) => new Blob([new Uint8Array(size)], { type: 'image/jpeg' });

describe('PosterStore', () => {
	it('keeps posters and counts what they use', async () => {
		const { s } = store();
		expect(await s.put('lib:1', blob(100))).toBe(true);
		expect(await s.put('lib:2', blob(50))).toBe(true);
		expect((await s.get('lib:1'))?.size).toBe(100);
		expect(await s.usage()).toMatchObject({ bytes: 150, count: 2 });
	});

	it('evicts the least recently used poster when the budget is full', async () => {
		const { s, ready } = store(250);
		await ready;
		await s.put('a', blob(100));
		await s.put('b', blob(100));
		await s.get('a'); // a is now more recent than b
		await s.put('c', blob(100));
		expect(await s.has('b')).toBe(false);
		expect(await s.has('a')).toBe(true);
		expect(await s.has('c')).toBe(true);
	});

	it('refuses a poster bigger than the whole budget, and one that would evict protected posters', async () => {
		const { s, ready } = store(150);
		await ready;
		expect(await s.put('huge', blob(200))).toBe(false);
		await s.put('a', blob(100));
		expect(await s.put('b', blob(100), new Set(['a']))).toBe(false);
		expect(await s.has('a')).toBe(true);
	});

	it('a smaller budget evicts down to it; a removed library takes its posters along', async () => {
		const { s } = store();
		await s.put('x:1', blob(100));
		await s.put('x:2', blob(100));
		await s.put('y:1', blob(100));
		await s.setBudget(200);
		expect(await s.usage()).toMatchObject({ bytes: 200, count: 2, budget: 200 });
		await s.removeLibrary('y');
		expect(await s.usage()).toMatchObject({ count: 1 });
		// the budget is kept for next time
		expect((await new PosterStore(`posters-${n}`).usage()).budget).toBe(200);
	});
});

describe('cachePosters', () => {
	const items = Array.from({ length: 12 }, (_, i) => item({ ratingKey: String(i), thumb: `/library/metadata/${i}/thumb/1` }));

	function client(onRequest: (url: URL) => Response | Promise<Response>) {
		let inFlight = 0;
		let max = 0;
		const c = new PlexClient({
			fetch: async (input) => {
				inFlight += 1;
				max = Math.max(max, inFlight);
				try {
					await new Promise((r) => setTimeout(r, 2));
					return await onRequest(new URL(String(input)));
				} finally {
					inFlight -= 1;
				}
			},
			identity: () => ({ clientId: 'c', product: 'p', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' })
		});
		return { c, max: () => max };
	}

	it('downloads phone-sized posters with the server token, a few at a time, skipping saved ones', async () => {
		const { s } = store();
		await s.put('lib:0', blob(10));
		const seen: URL[] = [];
		const { c, max } = client((url) => {
			seen.push(url);
			return new Response(blob(20), { headers: { 'Content-Type': 'image/jpeg' } });
		});
		const result = await cachePosters({ client: c, store: s, libraryId: 'lib', uri: 'https://srv.plex.direct:32400', token: 'srv-token', items, concurrency: 3 });
		expect(result).toEqual({ stored: 11, skipped: 1, failed: 0, budgetFull: false });
		expect(max()).toBeLessThanOrEqual(3);
		expect(seen[0]!.pathname).toBe('/photo/:/transcode');
		expect(seen[0]!.searchParams.get('width')).toBe('240');
		expect(seen[0]!.searchParams.get('X-Plex-Token')).toBe('srv-token');
	});

	it('stops when the budget is full instead of evicting what it just saved', async () => {
		const { s, ready } = store(100);
		await ready;
		const { c } = client(() => new Response(blob(30), { headers: { 'Content-Type': 'image/jpeg' } }));
		const result = await cachePosters({ client: c, store: s, libraryId: 'lib', uri: 'https://srv', token: 't', items, concurrency: 1 });
		expect(result.stored).toBe(3);
		expect(result.budgetFull).toBe(true);
	});

	it('skips answers that are not images and failed requests, and stops when cancelled', async () => {
		const { s } = store();
		const abort = new AbortController();
		let count = 0;
		const { c } = client(() => {
			count += 1;
			if (count === 2) return new Response('<html>', { headers: { 'Content-Type': 'text/html' } });
			if (count === 3) return new Response('', { status: 500 });
			if (count === 5) abort.abort();
			return new Response(blob(5), { headers: { 'Content-Type': 'image/jpeg' } });
		});
		const result = await cachePosters({ client: c, store: s, libraryId: 'lib', uri: 'https://srv', token: 't', items, concurrency: 1, signal: abort.signal });
		expect(result.failed).toBe(2);
		expect(result.stored).toBeLessThan(items.length - 2);
	});
});
