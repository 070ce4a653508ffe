/**
 * Shared vocabulary of the router: request/response types, the per-request context handed to
 * routes, and the response helpers every route uses.
 */
import { toXml } from './xml.ts';
import type { LogEntry, Transport, World } from './world.ts';

export type HeadersLike = Headers | Record<string, string | string[] | undefined> | Iterable<readonly [string, string]>;

export interface FakeRequest {
	method?: string;
	url: string;
	headers?: HeadersLike;
	body?: string | null;
}

export interface FakeResponse {
	status: number;
	headers: Record<string, string>;
	/** Empty string for no body (204). */
	body: string;
}

export interface HandleOptions {
	/** Who is asking, for the log (default 'direct'). */
	transport?: Transport;
}

/** Everything a route needs to answer. */
export interface Ctx {
	world: World;
	method: string;
	url: URL;
	path: string;
	query: URLSearchParams;
	/** Lower-cased request headers. */
	headers: Record<string, string>;
	token: string | null;
	body: unknown;
	/** Accept asks for JSON: otherwise Plex answers XML. */
	wantsJson: boolean;
	entry: LogEntry;
}

export interface Route {
	method: string;
	/** Matched against the pathname; groups are handed to `run`. */
	path: RegExp;
	run(ctx: Ctx, ...params: string[]): FakeResponse;
}

// ---- responses -------------------------------------------------------------------------------

export function json(ctx: Ctx, status: number, data: unknown, headers: Record<string, string> = {}): FakeResponse {
	if (!ctx.wantsJson) return { status, headers: { 'Content-Type': 'text/xml;charset=utf-8', ...headers }, body: toXml(data) };
	return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(data) };
}

export function html(status: number, body: string): FakeResponse {
	return { status, headers: { 'Content-Type': 'text/html' }, body };
}

export function empty(status: number, headers: Record<string, string> = {}): FakeResponse {
	return { status, headers, body: '' };
}

/** plex.tv's error body `{"errors":[{code,message,status}]}`. Codes other than the samples' are guesses. */
export function plexError(ctx: Ctx, status: number, code: number, message: string): FakeResponse {
	return json(ctx, status, { errors: [{ code, message, status }] });
}

export function runRoutes(routes: Route[], ctx: Ctx): FakeResponse | undefined {
	let pathMatched = false;
	for (const route of routes) {
		const match = route.path.exec(ctx.path);
		if (!match) continue;
		pathMatched = true;
		if (route.method === ctx.method) return route.run(ctx, ...match.slice(1).map((p) => decodeURIComponent(p ?? '')));
	}
	return pathMatched ? { status: 405, headers: { 'Content-Type': 'text/plain' }, body: 'Method Not Allowed' } : undefined;
}

