/**
 * The single request router of the fake Plex world. Every transport (fetch.ts, server.ts,
 * playwright.ts) turns its request into a FakeRequest and calls `handle(world, request)`.
 *
 * Order: log → CORS preflight → faults → host routes (plex.tv, clients.plex.tv, app.plex.tv,
 * else a PMS connection of the world) → CORS headers on the way out.
 * Routes are tables in routes/*.ts: add an endpoint there (see README.md).
 */
import { appRoutes, plexTvRoutes } from './routes/plextv.ts';
import { homeRoute } from './routes/home.ts';
import { pmsRoute } from './routes/pms.ts';
import { sharingRoutes } from './routes/sharing.ts';
import { discoverRoutes } from './routes/discover.ts';
import { DISCOVER_HOST } from './watchlist.ts';
import { empty, html, json, plexError, runRoutes } from './respond.ts';
import type { Ctx, FakeRequest, FakeResponse, HandleOptions, HeadersLike } from './respond.ts';
import type { Fault, LogEntry, Transport, World } from './world.ts';

export type { Ctx, FakeRequest, FakeResponse, HandleOptions, HeadersLike, Route } from './respond.ts';
export { empty, html, json, plexError } from './respond.ts';

export const PLEX_TV_HOSTS = ['plex.tv', 'clients.plex.tv'];
export const APP_HOST = 'app.plex.tv';

// ---- request parsing ------------------------------------------------------------------------

export function headerRecord(headers: HeadersLike | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	if (!headers) return out;
	const entries: Iterable<readonly [string, unknown]> =
		headers instanceof Headers || Symbol.iterator in headers
			? (headers as Iterable<readonly [string, string]>)
			: Object.entries(headers);
	for (const [name, value] of entries) {
		if (value === undefined) continue;
		out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}

/** The URL as logged: the X-Plex-Token query parameter cut out, everything else as sent. */
export function withoutToken(url: string): string {
	return url.replace(/([?&])X-Plex-Token=[^&#]*&?/g, '$1').replace(/[?&](#|$)/, '$1');
}

function parseBody(text: string | null | undefined): unknown {
	if (text === null || text === undefined || text === '') return null;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** Records a request in world.log (status null until answered). */
export function record(world: World, request: FakeRequest, transport: Transport, note?: string): LogEntry {
	const url = new URL(request.url);
	const headers = headerRecord(request.headers);
	const queryToken = url.searchParams.get('X-Plex-Token');
	const headerToken = headers['x-plex-token'] ?? null;
	delete headers['x-plex-token'];
	const query: Record<string, string> = {};
	for (const [k, v] of url.searchParams) if (k !== 'X-Plex-Token') query[k] = v;
	const entry: LogEntry = {
		seq: world.log.length + 1,
		at: world.now(),
		transport,
		method: (request.method ?? 'GET').toUpperCase(),
		url: withoutToken(request.url),
		origin: url.origin,
		host: url.hostname,
		path: url.pathname,
		query,
		token: queryToken ?? headerToken,
		tokenIn: queryToken !== null ? 'query' : headerToken !== null ? 'header' : null,
		headers,
		body: parseBody(request.body),
		status: null,
		machineIdentifier: world.connectionFor(request.url)?.machineIdentifier,
		note
	};
	world.log.push(entry);
	return entry;
}

// ---- CORS -----------------------------------------------------------------------------------

const CORS = { 'Access-Control-Allow-Origin': '*' };

/** `*`, or the one origin the host allows on this path (Behaviour.allowOnly: a refusal for every other site). */
function corsHeaders(world: World, url: URL): Record<string, string> {
	const only = world.behaviour(url.href).allowOnly;
	if (only && (only.paths === undefined || only.paths.test(url.pathname))) return { 'Access-Control-Allow-Origin': only.origin, Vary: 'Origin' };
	return CORS;
}

function preflight(headers: Record<string, string>): FakeResponse {
	return empty(204, {
		'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
		'Access-Control-Allow-Headers':
			headers['access-control-request-headers'] ??
			'Accept, Content-Type, X-Plex-Token, X-Plex-Client-Identifier, X-Plex-Product, X-Plex-Version, X-Plex-Platform, X-Plex-Device, X-Plex-Device-Name',
		'Access-Control-Max-Age': '86400',
		...(headers['access-control-request-private-network'] === 'true' ? { 'Access-Control-Allow-Private-Network': 'true' } : {})
	});
}

// ---- the router -----------------------------------------------------------------------------

function matchFault(world: World, entry: LogEntry): Fault | undefined {
	const fault = world.faults.find(
		(f) =>
			(f.host === undefined || f.host === entry.host) &&
			(f.method === undefined || f.method.toUpperCase() === entry.method) &&
			(f.path === undefined || (typeof f.path === 'string' ? f.path === entry.path : f.path.test(entry.path))) &&
			(f.times === undefined || f.times > 0)
	);
	if (fault?.times !== undefined) fault.times--;
	return fault;
}

function faultResponse(ctx: Ctx, fault: Fault): FakeResponse {
	const headers = { ...fault.headers };
	if (fault.body === undefined) return empty(fault.status, headers);
	if (typeof fault.body === 'string') return { status: fault.status, headers: { 'Content-Type': 'text/plain', ...headers }, body: fault.body };
	return json(ctx, fault.status, fault.body, headers);
}

function route(ctx: Ctx): FakeResponse {
	const host = ctx.url.hostname;
	if (PLEX_TV_HOSTS.includes(host)) {
		// Both hosts serve the same v2 API here (plex.tv: pins/user/resources; clients.plex.tv: sharing, pins too).
		// Plex Home first: its paths, and /user and /resources asked with a Home member's token.
		return homeRoute(ctx) ?? runRoutes([...plexTvRoutes, ...sharingRoutes], ctx) ?? plexError(ctx, 404, 0, `fake-plex: no route for ${ctx.method} ${ctx.path}`);
	}
	if (host === APP_HOST) return runRoutes(appRoutes, ctx) ?? html(404, '<h1>Not found (fake)</h1>');
	// The Watchlist (docs/plex-api.md §14)
	if (host === DISCOVER_HOST) return runRoutes(discoverRoutes, ctx) ?? plexError(ctx, 404, 0, `fake-plex: no route for ${ctx.method} ${ctx.path}`);
	const connection = ctx.world.connectionFor(ctx.url.href);
	if (connection) return pmsRoute(ctx, ctx.world.server(connection.machineIdentifier));
	// transports turn unknown hosts into network errors before getting here (see isKnownHost)
	return { status: 502, headers: { 'Content-Type': 'text/plain' }, body: `fake-plex: unknown host ${host}` };
}

/** Can this URL be answered at all? Unknown hosts are DNS failures for the transports. */
export function isKnownHost(world: World, url: string): boolean {
	const host = new URL(url).hostname;
	return PLEX_TV_HOSTS.includes(host) || host === APP_HOST || host === DISCOVER_HOST || world.connectionFor(url) !== undefined;
}

/** Answers one request from the world, and logs it. */
export function handle(world: World, request: FakeRequest, options: HandleOptions = {}): FakeResponse {
	const entry = record(world, request, options.transport ?? 'direct');
	const url = new URL(request.url);
	const headers = headerRecord(request.headers);
	const ctx: Ctx = {
		world,
		method: entry.method,
		url,
		path: url.pathname,
		query: url.searchParams,
		headers,
		token: entry.token,
		body: entry.body,
		wantsJson: (headers.accept ?? '').includes('json'),
		entry
	};
	const fault = matchFault(world, entry);
	let response: FakeResponse;
	if (fault) response = faultResponse(ctx, fault);
	else if (ctx.method === 'OPTIONS') response = preflight(headers);
	else response = route(ctx);
	if (!fault || fault.cors !== false) response = { ...response, headers: { ...corsHeaders(world, url), ...response.headers } };
	entry.status = response.status;
	return response;
}
