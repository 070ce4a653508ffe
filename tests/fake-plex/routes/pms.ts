/**
 * Plex Media Server endpoints, for whichever server of the world the request's origin belongs to.
 * /identity needs no token; everything else wants the server's accessToken (or, on an owned
 * server, the account token), as query parameter or header. Shapes: samples/pms-*.json.
 */
import { filterItems, pageOf, sectionGenres } from '../library.ts';
import type { Section } from '../library.ts';
import { clone, containerHeader, PMS_401_HTML, samples } from '../samples.ts';
import type { JsonObject, MetadataItem } from '../samples.ts';
import { html, json, runRoutes } from '../respond.ts';
import type { Ctx, FakeResponse, Route } from '../respond.ts';
import { allLeavesOf, childrenOf, seasonKeysOf } from '../shows.ts';
import type { Container } from '../shows.ts';
import { hash } from '../library.ts';
import type { PmsServer } from '../world.ts';

/** PMS error pages have no sample except 401; these follow its markup. */
function errorPage(status: number, text: string): FakeResponse {
	return html(status, `<html><head><title>${text}</title></head><body><h1>${status} ${text}</h1></body></html>\n`);
}

function section(server: PmsServer, key: string): Section | undefined {
	return server.sections.find((s) => s.directory.key === key);
}

function containerParam(ctx: Ctx, name: string): string | null {
	return ctx.query.get(name) ?? ctx.headers[name.toLowerCase()] ?? null;
}

function listing(ctx: Ctx, server: PmsServer, s: Section): FakeResponse {
	const items = filterItems(s, ctx.query, { groups: server.filterGroups });
	const paging = { ...server.paging, ...ctx.world.behaviour(ctx.url.href).paging };
	const page = pageOf(items, containerParam(ctx, 'X-Plex-Container-Start'), containerParam(ctx, 'X-Plex-Container-Size'), paging);
	const header = { ...s.header, ...(ctx.query.get('unwatched') === '1' ? { title2: 'Unplayed' } : {}) };
	const body = {
		MediaContainer: {
			size: page.items.length,
			...(page.paging ? { totalSize: page.paging.totalSize, offset: page.paging.offset } : {}),
			...header,
			// Plex leaves Metadata out entirely when there is nothing to list
			...(page.items.length ? { Metadata: page.items } : {})
		}
	};
	const headers: Record<string, string> = page.paging
		? { 'X-Plex-Container-Start': String(page.paging.offset), 'X-Plex-Container-Total-Size': String(page.paging.totalSize) }
		: {};
	return json(ctx, 200, body, headers);
}

/**
 * An on-demand list (episodes, collection members, the lists of collections and playlists), paged
 * like `/all` (docs/plex-api.md §9): X-Plex-Container-Start/Size are honoured, and a server with a
 * `maxPageSize` pages the list even when nobody asked, as the community API description says
 * some endpoints do (docs/plex-api.md §7). `fields` are the container's other attributes.
 */
function pagedList(ctx: Ctx, server: PmsServer, items: MetadataItem[], fields: JsonObject = {}): FakeResponse {
	const paging = { ...server.paging, ...ctx.world.behaviour(ctx.url.href).paging };
	const size = containerParam(ctx, 'X-Plex-Container-Size');
	let start = containerParam(ctx, 'X-Plex-Container-Start');
	if (start === null && size === null && paging.maxPageSize !== undefined) start = '0';
	const page = pageOf(items, start, size, paging);
	const { size: _size, Metadata: _metadata, ...rest } = fields;
	const body = {
		MediaContainer: {
			size: page.items.length,
			...(page.paging ? { totalSize: page.paging.totalSize, offset: page.paging.offset } : {}),
			...rest,
			...(page.items.length ? { Metadata: page.items } : {})
		}
	};
	const headers: Record<string, string> = page.paging
		? { 'X-Plex-Container-Start': String(page.paging.offset), 'X-Plex-Container-Total-Size': String(page.paging.totalSize) }
		: {};
	return json(ctx, 200, body, headers);
}

function sectionHeaderFields(s: Section): JsonObject {
	return {
		librarySectionID: s.header.librarySectionID,
		librarySectionTitle: s.header.librarySectionTitle,
		librarySectionUUID: s.header.librarySectionUUID,
		title1: s.directory.title
	};
}

function withSection(server: PmsServer, key: string, answer: (s: Section) => FakeResponse): FakeResponse {
	const found = section(server, key);
	return found ? answer(found) : errorPage(404, 'Not Found');
}

/** A show (and its section) that owns this ratingKey as show or as one of its seasons. */
function findShow(server: PmsServer, ratingKey: string): { show: MetadataItem; section: Section; season?: string } | undefined {
	for (const s of server.sections) {
		if (s.directory.type !== 'show') continue;
		for (const show of s.items) {
			if (show.ratingKey === ratingKey) return { show, section: s };
			if (seasonKeysOf(show).includes(ratingKey)) return { show, section: s, season: ratingKey };
		}
	}
	return undefined;
}

function children(ctx: Ctx, server: PmsServer, id: string): FakeResponse {
	const found = findShow(server, id);
	const body = found && childrenOf(found.show, found.section.header, found.season);
	return body ? json(ctx, 200, body) : errorPage(404, 'Not Found');
}

function allLeaves(ctx: Ctx, server: PmsServer, id: string): FakeResponse {
	const found = findShow(server, id);
	if (!found) return errorPage(404, 'Not Found');
	const body: Container | undefined = found.season ? childrenOf(found.show, found.section.header, found.season) : allLeavesOf(found.show, found.section.header);
	return body ? pagedList(ctx, server, body.MediaContainer.Metadata ?? [], body.MediaContainer) : errorPage(404, 'Not Found');
}

function metadata(ctx: Ctx, server: PmsServer, id: string): FakeResponse {
	for (const s of server.sections) {
		const item = s.items.find((i) => i.ratingKey === id);
		if (item) return json(ctx, 200, { MediaContainer: { size: 1, ...s.header, Metadata: [item] } });
	}
	return errorPage(404, 'Not Found');
}

/**
 * Who is in a collection or playlist. No sample lists members, so unless the server spec names
 * them (`members`): a collection holds its section's titles within its minYear–maxYear (up to
 * childCount; the sample "Blender Open Movies" 2006–2015 = the five Blender films, "Silent Era"
 * 1922–1927 = the three silent films), a video playlist the first leafCount movies of the server.
 */
function membersOf(server: PmsServer, kind: 'collection' | 'playlist', key: string): MetadataItem[] | undefined {
	const everything = server.sections.flatMap((s) => s.items);
	const explicit = server.members[key];
	if (explicit) return explicit.flatMap((k) => everything.filter((i) => i.ratingKey === k));
	if (kind === 'collection') {
		for (const s of server.sections) {
			const c = s.collections.find((x) => x.ratingKey === key);
			if (!c) continue;
			const min = Number(c.minYear ?? -Infinity);
			const max = Number(c.maxYear ?? Infinity);
			return s.items.filter((i) => typeof i.year === 'number' && i.year >= min && i.year <= max).slice(0, Number(c.childCount ?? Infinity));
		}
		return undefined;
	}
	const playlist = server.playlists.find((p) => p.ratingKey === key);
	if (!playlist || playlist.playlistType !== 'video') return playlist ? [] : undefined;
	const movies = server.sections.filter((s) => s.directory.type === 'movie').flatMap((s) => s.items);
	return movies.slice(0, Number(playlist.leafCount ?? 0));
}

function members(ctx: Ctx, server: PmsServer, kind: 'collection' | 'playlist', key: string): FakeResponse {
	const items = membersOf(server, kind, key);
	if (!items) return errorPage(404, 'Not Found');
	const Metadata = items.map((i, n) => (kind === 'playlist' ? { ...i, playlistItemID: n + 1 } : i));
	return pagedList(ctx, server, Metadata, kind === 'playlist' ? { ratingKey: key, leafCount: Metadata.length } : {});
}

/** Plex's "mark as watched": the item's viewCount goes up, lastViewedAt is now. */
function scrobble(ctx: Ctx, server: PmsServer): FakeResponse {
	const key = ctx.query.get('key');
	if (ctx.query.get('identifier') !== 'com.plexapp.plugins.library' || !key) return errorPage(400, 'Bad Request');
	const found = server.sections.flatMap((s) => s.items).find((i) => i.ratingKey === key);
	if (!found) return errorPage(404, 'Not Found');
	found.viewCount = (typeof found.viewCount === 'number' ? found.viewCount : 0) + 1;
	found.lastViewedAt = Math.floor(ctx.world.now() / 1000);
	return { status: 200, headers: {}, body: '' };
}

/** Posters and art: a small SVG (not a sample; real PMS sends JPEG). */
function image(path: string): FakeResponse {
	const hue = hash(path) % 360;
	const body = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="450" viewBox="0 0 300 450"><rect width="300" height="450" fill="hsl(${hue} 45% 35%)"/><circle cx="150" cy="200" r="70" fill="hsl(${(hue + 180) % 360} 60% 70%)"/></svg>`;
	return { status: 200, headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=3600' }, body };
}

type PmsRun = (ctx: Ctx, server: PmsServer, ...params: string[]) => FakeResponse;

const routes: { method: string; path: RegExp; run: PmsRun }[] = [
	{
		// The server's root (python-plexapi's PlexServer(baseurl, token) reads friendlyName and
		// machineIdentifier here). No sample: the identity sample plus the server's name.
		method: 'GET',
		path: /^\/$/,
		run: (ctx, server) => {
			const body = clone(samples.identity);
			return json(ctx, 200, { MediaContainer: { ...body.MediaContainer, friendlyName: server.name, machineIdentifier: server.machineIdentifier, version: server.version } });
		}
	},
	{
		method: 'GET',
		path: /^\/library\/sections\/?$/,
		run: (ctx, server) => {
			const Directory = server.sections.map((s) => clone(s.directory));
			return json(ctx, 200, { MediaContainer: { size: Directory.length, ...containerHeader(samples.sections), Directory } });
		}
	},
	{ method: 'GET', path: /^\/library\/sections\/([^/]+)\/all$/, run: (ctx, server, key = '') => withSection(server, key, (s) => listing(ctx, server, s)) },
	{
		method: 'GET',
		path: /^\/library\/sections\/([^/]+)\/genre$/,
		run: (ctx, server, key = '') =>
			withSection(server, key, (s) => {
				const Directory = sectionGenres(s);
				return json(ctx, 200, { MediaContainer: { size: Directory.length, ...containerHeader(samples.genres), title1: s.directory.title, Directory } });
			})
	},
	{
		method: 'GET',
		path: /^\/library\/sections\/([^/]+)\/collections$/,
		run: (ctx, server, key = '') =>
			withSection(server, key, (s) => pagedList(ctx, server, s.collections, { ...containerHeader(samples.collections), ...sectionHeaderFields(s) }))
	},
	{ method: 'GET', path: /^\/library\/metadata\/(\d+)$/, run: (ctx, server, id = '') => metadata(ctx, server, id) },
	{ method: 'GET', path: /^\/library\/metadata\/(\d+)\/children$/, run: (ctx, server, id = '') => children(ctx, server, id) },
	{ method: 'GET', path: /^\/library\/metadata\/(\d+)\/allLeaves$/, run: (ctx, server, id = '') => allLeaves(ctx, server, id) },
	{
		method: 'GET',
		path: /^\/playlists\/?$/,
		run: (ctx, server) => {
			const type = ctx.query.get('playlistType');
			return pagedList(ctx, server, server.playlists.filter((p) => !type || p.playlistType === type));
		}
	},
	{ method: 'GET', path: /^\/library\/collections\/(\d+)\/children$/, run: (ctx, server, id = '') => members(ctx, server, 'collection', id) },
	{ method: 'GET', path: /^\/playlists\/(\d+)\/items$/, run: (ctx, server, id = '') => members(ctx, server, 'playlist', id) },
	{ method: 'GET', path: /^\/:\/scrobble$/, run: (ctx, server) => scrobble(ctx, server) },
	{ method: 'GET', path: /^\/(?:library\/(?:metadata|collections)\/\d+\/(?:thumb|art|composite)(?:\/\d+)?|playlists\/\d+\/composite\/\d+|photo\/:\/transcode)$/, run: (ctx) => image(ctx.path + ctx.url.search) }
];

export function pmsRoute(ctx: Ctx, server: PmsServer): FakeResponse {
	ctx.entry.machineIdentifier = server.machineIdentifier;
	const behaviour = ctx.world.behaviour(ctx.url.href);
	if (behaviour.failure === 'status-500') return errorPage(500, 'Internal Server Error');
	if (behaviour.failure === 'status-503') {
		const response = errorPage(503, 'Service Unavailable');
		if (behaviour.retryAfter !== undefined) response.headers['Retry-After'] = String(behaviour.retryAfter);
		return response;
	}
	if (ctx.path === '/identity' && ctx.method === 'GET') {
		const body = clone(samples.identity);
		body.MediaContainer.machineIdentifier = ctx.world.identityFor(ctx.url.href, server);
		body.MediaContainer.version = server.version;
		return json(ctx, 200, body);
	}
	if (behaviour.unauthorized || !ctx.world.acceptsToken(server, ctx.token)) {
		// An expired token gets 498 (docs/plex-api.md §4; the page's markup is a guess after the 401 sample).
		return ctx.world.refusalStatus(ctx.token) === 498 ? errorPage(498, 'Token Expired') : html(401, PMS_401_HTML);
	}
	// A Plex Home member's token: that member's watch state, and their own "Mark as watched" (home.ts).
	const member = ctx.world.home?.byServerToken(server, ctx.token);
	if (member && ctx.method === 'GET' && ctx.path === '/:/scrobble') {
		const key = ctx.query.get('key');
		if (ctx.query.get('identifier') !== 'com.plexapp.plugins.library' || !key) return errorPage(400, 'Bad Request');
		return ctx.world.home?.scrobble(server, member, key) ? { status: 200, headers: {}, body: '' } : errorPage(404, 'Not Found');
	}
	const seen = member ? (ctx.world.home?.seenBy(server, member) ?? server) : server;
	const table: Route[] = routes.map((r) => ({ method: r.method, path: r.path, run: (c, ...params) => r.run(c, seen, ...params) }));
	return runRoutes(table, ctx) ?? errorPage(404, 'Not Found');
}
