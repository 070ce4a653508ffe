import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PlexClient, PlexError, type Identity } from '#lib/plex/client.ts';
import { checkPin, createPin } from '#lib/plex/pins.ts';
import { getAccount } from '#lib/plex/account.ts';
import { getServers } from '#lib/plex/resources.ts';
import { probeIdentity } from '#lib/plex/identity.ts';
import { getPage, getSections } from '#lib/plex/library.ts';
import { getCollections, getEpisodes, getPlaylists } from '#lib/plex/on-demand.ts';
import { getWatchlist } from '#lib/plex/watchlist.ts';
import { toLibraryItem } from '#lib/library/normalize.ts';
import { holds } from './cases.ts';

/*
 * Every Plex answer is validated at the boundary (src/lib/plex/*): whatever JSON arrives — the
 * real shape with fields missing, extra or of the wrong type, random JSON, or a body cut off
 * half-way — an endpoint call either returns well-typed values or fails with a PlexError of kind
 * `bad-response` that names the endpoint. Nothing else escapes.
 */

const identity: Identity = { clientId: 'c', product: 'PlexPicker', version: '0', platform: 'x', platformVersion: '', device: 'x', deviceName: 'x' };
const sample = (name: string) => JSON.parse(readFileSync(new URL(`../fake-plex/samples/${name}`, import.meta.url), 'utf8')) as unknown;
const RUNS = 150;

/** A client whose every request is answered 200 with exactly `text`. */
const answering = (text: string) =>
	new PlexClient({ fetch: async () => new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }), identity: () => identity });

interface Endpoint {
	name: string;
	label: string;
	sample: unknown;
	call: (client: PlexClient) => Promise<unknown>;
	/** What a successful parse must look like (types the rest of the app relies on). */
	wellTyped: (value: unknown) => void;
}

const isStr = (v: unknown) => expect(typeof v).toBe('string');
const isNum = (v: unknown) => expect(Number.isFinite(v)).toBe(true);
const optional = (v: unknown, check: (v: unknown) => void) => v === undefined || check(v);

const endpoints: Endpoint[] = [
	{
		label: 'plex.tv sign-in',
		sample: sample('plextv-pins-create-strong.json'),
		name: 'createPin',
		call: (c) => createPin(c),
		wellTyped: (v) => {
			const pin = v as { id: unknown; code: unknown; expiresAt: unknown; lifetimeMs: unknown; authToken: unknown };
			isNum(pin.id);
			isStr(pin.code);
			isNum(pin.expiresAt);
			optional(pin.lifetimeMs, (l) => expect(Number.isFinite(l) && (l as number) > 0).toBe(true));
			optional(pin.authToken, (t) => expect(t).not.toBe(''));
		}
	},
	{
		label: 'plex.tv sign-in',
		sample: sample('plextv-pins-get-authorised.json'),
		name: 'checkPin',
		call: (c) => checkPin(c, 1),
		wellTyped: (v) => isStr((v as { code: unknown }).code)
	},
	{
		label: 'plex.tv account',
		sample: sample('plextv-user.json'),
		name: 'getAccount',
		call: (c) => getAccount(c, 'tok'),
		wellTyped: (v) => {
			const a = v as Record<string, unknown>;
			isNum(a.id);
			isStr(a.uuid);
			isStr(a.username);
			optional(a.thumb, (t) => expect(String(t)).toMatch(/^https:\/\/([a-z0-9-]+\.)*plex\.tv\//));
		}
	},
	{
		label: 'plex.tv server list',
		sample: sample('plextv-resources.json'),
		name: 'getServers',
		call: (c) => getServers(c, 'tok'),
		wellTyped: (v) => {
			expect(Array.isArray(v)).toBe(true);
			// The server list is keyed by machineId in the UI: a duplicate would break the page.
			const ids = (v as { machineId: string }[]).map((s) => s.machineId);
			expect(new Set(ids).size).toBe(ids.length);
			for (const s of v as Record<string, unknown>[]) {
				isStr(s.name);
				isStr(s.machineId);
				isStr(s.accessToken);
				expect(typeof s.owned).toBe('boolean');
				expect(typeof s.presence).toBe('boolean');
				optional(s.lastSeenAt, isNum);
				for (const c of s.connections as Record<string, unknown>[]) {
					expect(['http', 'https']).toContain(c.protocol);
					expect(() => new URL(String(c.uri))).not.toThrow();
					isNum(c.port);
				}
			}
		}
	},
	{
		label: 'Plex server identity',
		sample: sample('pms-identity.json'),
		name: 'probeIdentity',
		call: (c) => probeIdentity(c, 'https://10-0-0-1.abc.plex.direct:32400', new AbortController().signal),
		wellTyped: (v) => isStr((v as { machineIdentifier: unknown }).machineIdentifier)
	},
	{
		label: 'Plex server libraries',
		sample: sample('pms-library-sections.json'),
		name: 'getSections',
		call: (c) => getSections(c, 'https://10-0-0-1.abc.plex.direct:32400', 'tok'),
		wellTyped: (v) => {
			const keys = (v as { key: string }[]).map((s) => s.key);
			expect(new Set(keys).size).toBe(keys.length); // the library list is keyed by it
			for (const s of v as Record<string, unknown>[]) {
				isStr(s.key);
				isStr(s.title);
				expect(['movie', 'show', 'artist', 'photo', 'other']).toContain(s.type);
				optional(s.updatedAt, isNum);
			}
		}
	},
	{
		label: 'Plex server library',
		sample: sample('pms-library-sections-1-all-page1.json'),
		name: 'getPage',
		call: (c) => getPage(c, 'https://10-0-0-1.abc.plex.direct:32400', 'tok', '1', 0, 50),
		wellTyped: (v) => {
			const page = v as { items: unknown[]; totalSize: unknown; offset: unknown };
			isNum(page.totalSize);
			isNum(page.offset);
			// What the sync makes of each entry: the shape the cache and the picker rely on.
			for (const raw of page.items) {
				const item = toLibraryItem(raw as Parameters<typeof toLibraryItem>[0]);
				isStr(item.ratingKey);
				isStr(item.title);
				expect(['movie', 'show']).toContain(item.type);
				for (const list of [item.genres, item.directors, item.cast]) {
					expect(list.every((t) => typeof t === 'string' && t.trim() !== '')).toBe(true);
					expect(new Set(list).size).toBe(list.length); // the pick's genre list is keyed by the tag
				}
				isNum(item.viewCount);
				for (const n of [item.year, item.runtimeMin, item.rating, item.addedAt, item.updatedAt, item.lastViewedAt, item.leafCount]) optional(n, isNum);
				for (const s of [item.summary, item.thumb, item.contentRating]) optional(s, isStr);
			}
		}
	},
	{
		label: 'Plex server episodes',
		sample: sample('pms-library-metadata-2001-allLeaves.json'),
		name: 'getEpisodes',
		call: (c) => getEpisodes(c, { uri: 'https://10-0-0-1.abc.plex.direct:32400', token: 'tok' }, '2001'),
		wellTyped: (v) => {
			for (const raw of v as unknown[]) {
				const item = toLibraryItem(raw as Parameters<typeof toLibraryItem>[0]);
				isStr(item.ratingKey);
				isStr(item.title);
				expect(['movie', 'show', 'episode']).toContain(item.type);
				isNum(item.viewCount);
				for (const n of [item.season, item.episode, item.runtimeMin]) optional(n, isNum);
				optional(item.show, isStr);
			}
		}
	},
	{
		label: 'Plex server collections',
		sample: sample('pms-library-sections-1-collections.json'),
		name: 'getCollections',
		call: (c) => getCollections(c, { uri: 'https://10-0-0-1.abc.plex.direct:32400', token: 'tok' }, '1'),
		wellTyped: (v) => sourceList(v)
	},
	{
		label: 'Plex server playlists',
		sample: sample('pms-playlists.json'),
		name: 'getPlaylists',
		call: (c) => getPlaylists(c, { uri: 'https://10-0-0-1.abc.plex.direct:32400', token: 'tok' }),
		wellTyped: (v) => sourceList(v)
	},
	{
		label: 'discover.provider.plex.tv (Plex Watchlist)',
		sample: sample('discover-watchlist-page1.json'),
		name: 'getWatchlist',
		call: (c) => getWatchlist(c, 'tok'),
		wellTyped: (v) => {
			expect(Array.isArray(v)).toBe(true);
			const guids = (v as { guid: string }[]).map((e) => e.guid);
			expect(new Set(guids).size).toBe(guids.length); // matched by guid: each once
			for (const e of v as Record<string, unknown>[]) {
				expect(String(e.guid)).toMatch(/^plex:\/\/(movie|show)\/[A-Za-z0-9]+$/);
				isStr(e.title);
				expect(['movie', 'show']).toContain(e.type);
				optional(e.year, isNum);
			}
		}
	}
];

/** The Source menu's entries: keyed by ratingKey, so unique, with a title and a count. */
function sourceList(v: unknown): void {
	const list = v as { ratingKey: unknown; title: unknown; count: unknown; smart: unknown }[];
	expect(new Set(list.map((x) => x.ratingKey)).size).toBe(list.length);
	for (const x of list) {
		isStr(x.ratingKey);
		isStr(x.title);
		isNum(x.count);
		expect(typeof x.smart).toBe('boolean');
	}
}

/** The sample with any field dropped, replaced by something of another type, or joined by unknown fields. */
function mutated(value: unknown, depth = 0): fc.Arbitrary<unknown> {
	const wild = fc.oneof(
		fc.constantFrom(null, -1, 0, 1e308, '', 'x', true, false, [], {}),
		fc.jsonValue({ maxDepth: 2 }),
		fc.string({ unit: 'grapheme', maxLength: 40 })
	);
	const keep = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: wild });
	if (depth > 5) return keep(fc.constant(value));
	if (Array.isArray(value)) {
		const list = fc.tuple(...value.slice(0, 4).map((v) => mutated(v, depth + 1)));
		if (value.length === 0) return keep(list);
		// Plex lists repeat entries sometimes (a server listed twice, a tag twice).
		const repeated = list.chain((a) => fc.nat({ max: a.length - 1 }).map((i) => [...a, a[i]]));
		return keep(fc.oneof(list, repeated));
	}
	if (typeof value === 'object' && value !== null) {
		const fields = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mutated(v, depth + 1)]));
		const record = fc.record(fields, { requiredKeys: Object.keys(fields).filter((_, i) => i % 3 !== 0) });
		const extra = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
		return keep(fc.tuple(record, extra).map(([r, e]) => ({ ...e, ...r })));
	}
	return keep(fc.constant(value));
}

/** Calls the endpoint with `text` as the body: a well-typed value, or a bad-response naming it. Returns which. */
async function atTheBoundary(endpoint: Endpoint, text: string): Promise<'parsed' | 'refused'> {
	let value: unknown;
	try {
		value = await endpoint.call(answering(text));
	} catch (error) {
		expect(error).toBeInstanceOf(PlexError);
		expect((error as PlexError).kind).toBe('bad-response');
		expect((error as PlexError).endpoint).toBe(endpoint.label);
		expect((error as PlexError).message).toContain(endpoint.label);
		return 'refused';
	}
	endpoint.wellTyped(value);
	return 'parsed';
}

describe('Plex answers at the boundary', () => {
	for (const endpoint of endpoints) {
		const name = `${endpoint.name} (${endpoint.label})`;

		it(`${name}: the real shape with fields missing, mistyped or added is parsed or refused as bad-response`, async (ctx) => {
			const seen = { parsed: 0, refused: 0 };
			await holds(
				ctx,
				fc.asyncProperty(mutated(endpoint.sample), async (body) => {
					seen[await atTheBoundary(endpoint, JSON.stringify(body) ?? '')] += 1;
				}),
				{ numRuns: RUNS }
			);
			// Both outcomes were exercised: tolerant of damage, yet strict where it matters.
			expect(seen.parsed).toBeGreaterThan(0);
			expect(seen.refused).toBeGreaterThan(0);
		});

		it(`${name}: any JSON at all is parsed or refused as bad-response`, async (ctx) => {
			await holds(ctx, fc.asyncProperty(fc.jsonValue(), async (body) => {
					await atTheBoundary(endpoint, JSON.stringify(body));
				}), { numRuns: RUNS });
		});

		it(`${name}: a body cut off anywhere is refused as bad-response`, async (ctx) => {
			const full = JSON.stringify(endpoint.sample);
			await holds(
				ctx,
				fc.asyncProperty(fc.integer({ min: 0, max: full.length - 1 }), async (cut) => {
					await expect(endpoint.call(answering(full.slice(0, cut)))).rejects.toMatchObject({ kind: 'bad-response', endpoint: endpoint.label });
				}),
				{ numRuns: Math.min(RUNS, full.length) }
			);
		});
	}

	it('an HTML page where JSON was expected (a captive portal or proxy) is a bad-response', async () => {
		const html = '<!doctype html><html><body><h1>Sign in to the hotel Wi-Fi</h1></body></html>';
		for (const endpoint of endpoints) {
			await expect(endpoint.call(answering(html))).rejects.toMatchObject({ kind: 'bad-response', endpoint: endpoint.label });
		}
	});
});

describe('errors never carry a token', () => {
	const TOKEN = 'fake-secret-Tok3nValue';
	const failures: fc.Arbitrary<(input: RequestInfo | URL) => Promise<Response>> = fc.oneof(
		fc.record({ status: fc.integer({ min: 400, max: 599 }), body: fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string()), retry: fc.option(fc.string({ maxLength: 12 })) }).map(
			({ status, body, retry }) =>
				async () =>
					new Response(body, { status, headers: retry === null ? {} : { 'Retry-After': retry } })
		),
		// A transport that fails and echoes the URL it was given (some do, in their messages).
		fc.constantFrom(
			async (input: RequestInfo | URL) => Promise.reject(new TypeError(`Failed to fetch ${String(input)}`)),
			async () => new Response('{"MediaContainer":', { status: 200 })
		)
	);

	it('whatever the answer or failure, the message and endpoint hold neither the token nor the URL', async (ctx) => {
		await holds(
			ctx,
			fc.asyncProperty(failures, fc.boolean(), async (fetchImpl, online) => {
				const client = new PlexClient({ fetch: fetchImpl as typeof fetch, identity: () => identity, online: () => online });
				const error = await client.json({ base: 'https://10-0-0-1.abc.plex.direct:32400', path: '/library/sections', token: TOKEN }, (b) => b).catch((e: unknown) => e);
				expect(error).toBeInstanceOf(PlexError);
				const e = error as PlexError;
				for (const text of [e.message, e.endpoint, String(e)]) {
					expect(text).not.toContain(TOKEN);
					expect(text).not.toContain('X-Plex-Token');
				}
			}),
			{ numRuns: RUNS }
		);
	});
});
