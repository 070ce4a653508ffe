/** Small helpers shared by the fake-plex tests. */
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import type { FakeFetchOptions } from '../../fake-plex/fetch.ts';
import type { World } from '../../fake-plex/world.ts';

export const CLIENT = 'test-client-0001';
export const IDENTITY = `X-Plex-Product=PlexPicker&X-Plex-Client-Identifier=${CLIENT}`;
export const JSON_ACCEPT = { Accept: 'application/json' };

/** A fetch on the world plus `getJson(url)` that always asks for JSON. */
export function client(world: World, options?: FakeFetchOptions) {
	const fetch = createFakeFetch(world, options);
	return {
		fetch,
		async getJson(url: string, init: RequestInit = {}) {
			const res = await fetch(url, { ...init, headers: { ...JSON_ACCEPT, ...(init.headers as Record<string, string> | undefined) } });
			const text = await res.text();
			return { status: res.status, headers: res.headers, text, body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined };
		}
	};
}

/** The keys of an object, sorted: to compare shapes with samples. */
export function keys(value: object): string[] {
	return Object.keys(value).sort();
}
