import { describe, expect, it } from 'vitest';
import { hasSavedRound, readShortlistLink, resolveShared, shortlistLink, withoutShortlist, ROUND_KEY } from '#lib/decide/link.ts';
import type { LibraryMeta, LibraryRecord } from '#lib/library/types.ts';
import { item } from '../../helpers/items.ts';
import { memoryStorage } from '../../helpers/storage.ts';

const meta = (serverId: string, sectionKey: string, title = 'Movies'): LibraryMeta => ({
	serverId,
	sectionKey,
	id: `${serverId}:${sectionKey}`,
	source: 'plex',
	serverName: 'Okafor Vault',
	title,
	type: 'movie',
	itemCount: 3,
	syncedAt: 0
});
const record = (m: LibraryMeta, keys: string[]): LibraryRecord => ({ meta: m, items: keys.map((k) => item({ ratingKey: k, title: `T${k}` })) });

describe('Share shortlist links', () => {
	it('carry the machineIdentifier and the ratingKeys, keep the app\'s sub-path, and drop every other parameter', () => {
		const page = new URL('https://example.org/some/path/?genre=Drama&X-Plex-Token=secret#x');
		const link = shortlistLink(page, { serverId: 'abc123', ratingKeys: ['11', '42', '7'] });
		expect(link).toBe('https://example.org/some/path/?shortlist=abc123&keys=11%2C42%2C7');
		expect(link).not.toContain('secret');
		expect(link).not.toContain('Drama');
		expect(readShortlistLink(new URL(link).searchParams)).toEqual({ serverId: 'abc123', ratingKeys: ['11', '42', '7'] });
	});

	it('a hand-edited link is read leniently: junk keys dropped, repeats once, at most 10; nothing usable is no shortlist', () => {
		const read = (q: string) => readShortlistLink(new URLSearchParams(q));
		expect(read('shortlist=abc&keys=1,<b>,1,2,,3')).toEqual({ serverId: 'abc', ratingKeys: ['1', '2', '3'] });
		expect(read(`shortlist=abc&keys=${Array.from({ length: 30 }, (_, i) => i).join(',')}`)?.ratingKeys).toHaveLength(10);
		expect(read('shortlist=abc')).toBeNull();
		expect(read('shortlist=a b&keys=1')).toBeNull();
		expect(read('keys=1,2')).toBeNull();
		expect(withoutShortlist(new URL('https://x.org/p/?shortlist=a&keys=1&genre=Drama')).href).toBe('https://x.org/p/?genre=Drama');
	});

	it('a saved round is noticed; a discarded one ("null") or unreadable storage is not', () => {
		expect(hasSavedRound(memoryStorage({ [ROUND_KEY]: '{"v":1}' }))).toBe(true);
		expect(hasSavedRound(memoryStorage({ [ROUND_KEY]: 'null' }))).toBe(false);
		expect(hasSavedRound(memoryStorage())).toBe(false);
		expect(hasSavedRound({ getItem: () => { throw new Error('blocked'); } })).toBe(false);
	});
});

describe('a shared shortlist on another device', () => {
	const movies = meta('abc123', '1');
	const kids = meta('abc123', '2', 'Kids');

	it('shows the titles from its own copy, in the sender\'s order, and names the ones it does not have', () => {
		const view = resolveShared({ serverId: 'abc123', ratingKeys: ['3', '99', '1'] }, [record(movies, ['1', '2', '3'])], [movies]);
		expect(view.status).toBe('found');
		if (view.status !== 'found') return;
		expect(view.entries.map((e) => e.item.title)).toEqual(['T3', 'T1']);
		expect(view.entries[0]).toMatchObject({ libraryId: 'abc123:1', serverId: 'abc123', source: 'plex' });
		expect(view.unknown).toEqual(['99']);
	});

	it('offers that server\'s saved libraries when none is open, and says so when that server is not synced here', () => {
		const other = record(meta('zzz', '1'), ['1']);
		expect(resolveShared({ serverId: 'abc123', ratingKeys: ['1'] }, [other], [other.meta, movies, kids])).toEqual({ status: 'elsewhere', libraries: [movies, kids] });
		expect(resolveShared({ serverId: 'abc123', ratingKeys: ['1'] }, [other], [other.meta])).toEqual({ status: 'not-synced' });
	});
});
