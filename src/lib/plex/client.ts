import { AppError, type AppErrorKind } from '../errors.ts';
import type { ClientInfo } from '../config.ts';
import { t } from '../i18n/i18n.ts';
import { waitTime } from '../i18n/intl.ts';

/**
 * The one place that builds and sends Plex requests (plex.tv and Plex Media Servers).
 * - Identity and token go in the query string (X-Plex-*), and the only header is
 *   `Accept: application/json`, so GETs need no CORS preflight (docs/plex-api.md §1, §2).
 * - Every request has a timeout and can be aborted.
 * - Failures become PlexError values whose messages never contain a token or a full URL, worded
 *   in the app's language (i18n's `t`) when they are made.
 * - A request that fails at the network level is followed by a `mode: 'no-cors'` probe of the
 *   same host, which tells "the host answered but refused this site" (CORS) from "unreachable"
 *   (docs/plex-api.md §2).
 */

export const PLEX_TV = 'https://plex.tv';

export interface Identity extends ClientInfo {
	clientId: string;
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface PlexRequest {
	/** Origin (plus optional path prefix) of plex.tv or of one server's connection. */
	base: string;
	path: string;
	method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
	query?: Query;
	/** The token for exactly this host: the account token for plex.tv, the server's own token for a server. */
	token?: string;
	body?: unknown;
	timeoutMs?: number;
	signal?: AbortSignal;
	/**
	 * Names the endpoint in error messages, in the app's language, beginning with its host (the
	 * "could not reach" message names the first word), e.g. t('plex_endpoint_signin') = "plex.tv sign-in".
	 */
	label?: string;
}

export class PlexError extends AppError {
	readonly status: number | undefined;
	readonly plexCode: number | undefined;
	readonly endpoint: string;
	/** From a 429/503 answer's Retry-After (when the browser may read it): how long the server asks us to wait. */
	readonly retryAfterMs: number | undefined;
	constructor(
		kind: AppErrorKind,
		message: string,
		details: { status?: number; plexCode?: number; endpoint: string; retryAfterMs?: number; cause?: unknown }
	) {
		super(kind, message, { cause: details.cause });
		this.name = 'PlexError';
		this.status = details.status;
		this.plexCode = details.plexCode;
		this.endpoint = details.endpoint;
		this.retryAfterMs = details.retryAfterMs;
	}
}

export interface PlexClientDeps {
	fetch: typeof fetch;
	identity: () => Identity;
	/** Reports whether the browser believes it is online (navigator.onLine). */
	online?: () => boolean;
}

const DEFAULT_TIMEOUT_MS = 15_000;
export function identityParams(identity: Identity): Record<string, string> {
	return {
		'X-Plex-Product': identity.product,
		'X-Plex-Version': identity.version,
		'X-Plex-Client-Identifier': identity.clientId,
		'X-Plex-Platform': identity.platform,
		'X-Plex-Platform-Version': identity.platformVersion,
		'X-Plex-Device': identity.device,
		'X-Plex-Device-Name': identity.deviceName
	};
}

export function buildUrl(req: Pick<PlexRequest, 'base' | 'path' | 'query' | 'token'>, identity: Identity): URL {
	const url = new URL(req.base.replace(/\/+$/, '') + req.path);
	for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
	for (const [k, v] of Object.entries(identityParams(identity))) url.searchParams.set(k, v);
	if (req.token) url.searchParams.set('X-Plex-Token', req.token);
	return url;
}

export class PlexClient {
	readonly #deps: PlexClientDeps;

	constructor(deps: PlexClientDeps) {
		this.#deps = deps;
	}

	get identity(): Identity {
		return this.#deps.identity();
	}

	/** Sends the request; resolves with the Response only for 2xx, else throws a PlexError. */
	async send(req: PlexRequest): Promise<Response> {
		return (await this.#send(req)).response;
	}

	async #send(req: PlexRequest): Promise<{ response: Response; endpoint: string; timeout: AbortSignal }> {
		const endpoint = endpointOf(req);
		const url = buildUrl(req, this.identity);
		const timeout = AbortSignal.timeout(req.timeoutMs ?? DEFAULT_TIMEOUT_MS);
		const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
		const init: RequestInit = {
			method: req.method ?? 'GET',
			headers: { Accept: 'application/json', ...(req.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
			body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
			signal,
			referrerPolicy: 'no-referrer',
			credentials: 'omit',
			cache: 'no-store'
		};
		let response: Response;
		try {
			response = await this.#deps.fetch(url, init);
		} catch (error) {
			const failure = this.#transportError(error, endpoint, req.signal, timeout);
			throw failure.kind === 'network' ? await this.#refusedOrUnreachable(failure, url, signal) : failure;
		}
		if (!response.ok) throw await httpError(response, endpoint);
		return { response, endpoint, timeout };
	}

	/** Sends the request and parses a JSON body; `parse` validates it (throwing bad-response). */
	async json<T>(req: PlexRequest, parse: (body: unknown) => T): Promise<T> {
		const { response, endpoint, timeout } = await this.#send(req);
		let body: unknown;
		try {
			body = await response.json();
		} catch (error) {
			// The body can stop arriving half-way: a slow answer runs into the timeout, the person
			// cancels, or the connection drops. Only a body that did arrive and is not JSON
			// (truncated, an HTML page from a proxy) is a bad response.
			if (!(error instanceof SyntaxError)) throw this.#transportError(error, endpoint, req.signal, timeout);
			throw new PlexError('bad-response', t('plex_bad_json', { endpoint }), { status: response.status, endpoint, cause: error });
		}
		try {
			return parse(body);
		} catch (error) {
			throw new PlexError('bad-response', t('plex_bad_shape', { endpoint }), { status: response.status, endpoint, cause: error });
		}
	}

	/** After a network-level failure: answered-but-refused (CORS) or unreachable (docs/plex-api.md §2). */
	async #refusedOrUnreachable(failure: PlexError, url: URL, signal: AbortSignal): Promise<PlexError> {
		try {
			const { hostAnswers, corsRefusedMessage } = await import('./refusal.ts');
			if (!(await hostAnswers(this.#deps.fetch, url, signal))) return failure;
			return new PlexError('cors-refused', corsRefusedMessage(url.hostname), { endpoint: failure.endpoint, cause: failure });
		} catch {
			return failure; // the check itself could not load: say what is known
		}
	}

	#transportError(error: unknown, endpoint: string, callerSignal: AbortSignal | undefined, timeout: AbortSignal): PlexError {
		if (callerSignal?.aborted) return new PlexError('cancelled', t('plex_cancelled'), { endpoint, cause: error });
		if (timeout.aborted) {
			return new PlexError('timeout', t('plex_timeout', { endpoint }), { endpoint, cause: error });
		}
		if (this.#deps.online && !this.#deps.online()) {
			return new PlexError('offline', t('plex_offline_unreachable', { endpoint }), { endpoint, cause: error });
		}
		const host = endpoint.split(' ')[0] ?? endpoint;
		return new PlexError('network', t('plex_unreachable', { host }), { endpoint, cause: error });
	}
}

function endpointOf(req: PlexRequest): string {
	return req.label ?? `${hostOf(req.base)} ${req.path}`;
}

function hostOf(base: string): string {
	try {
		return new URL(base).hostname;
	} catch {
		return t('plex_the_server');
	}
}

async function httpError(response: Response, endpoint: string): Promise<PlexError> {
	const status = response.status;
	let plexCode: number | undefined;
	let text = '';
	try {
		text = await response.clone().text();
		const body = JSON.parse(text) as { errors?: { code?: unknown }[] };
		const code = body.errors?.[0]?.code;
		if (typeof code === 'number') plexCode = code;
	} catch {
		// Not JSON (PMS answers 401 with HTML): the status says enough.
	}
	const retryAfterMs = status === 429 || status === 503 ? retryAfter(response.headers.get('Retry-After')) : undefined;
	const details = { status, plexCode, endpoint, retryAfterMs };
	const wait = retryAfterMs === undefined ? undefined : waitTime(retryAfterMs);
	// The status as digits, not as a number the message would format ("error 503", never "5,03").
	const code = String(status);
	// 498 is how newer (expiring) Plex tokens say "expired", and plex.tv has answered a signed-out token
	// with 422 "Invalid token": the same "sign in again" as 401 (docs/plex-api.md §4).
	if (status === 401 || status === 498 || (status === 422 && /invalid token/i.test(text))) return new PlexError('unauthorized', t('plex_unauthorized', { endpoint }), details);
	if (status === 404) return new PlexError('not-found', t('plex_not_found', { endpoint }), details);
	if (status === 429) {
		return new PlexError('rate-limited', wait === undefined ? t('plex_rate_limited', { endpoint }) : t('plex_rate_limited_wait', { endpoint, wait }), details);
	}
	if (status >= 500) {
		const message = wait === undefined ? t('plex_server_error', { endpoint, status: code }) : t('plex_server_error_wait', { endpoint, status: code, wait });
		return new PlexError('server-error', message, details);
	}
	return new PlexError('bad-response', t('plex_refused', { endpoint, status: code }), details);
}

/** Retry-After as seconds or an HTTP date; undefined when absent, unreadable or in the past. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
	if (value === null || value.trim() === '') return undefined;
	const trimmed = value.trim();
	const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
	return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
