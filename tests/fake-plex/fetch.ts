/**
 * A `fetch` for unit and component tests that answers from the fake world instead of the network,
 * and fails the way a browser's fetch fails:
 *  - unknown host, refused/reset connection, failed CORS check → TypeError('Failed to fetch');
 *  - aborted signal → rejects with signal.reason (a DOMException named AbortError by default);
 *  - 'hang' never settles until the signal aborts.
 *
 *   const world = createWorld();
 *   const fetch = createFakeFetch(world);
 *   const res = await fetch('https://plex.tv/api/v2/user?X-Plex-Token=…', { headers: { Accept: 'application/json' } });
 */
import { handle, isKnownHost, record } from './handlers.ts';
import type { FakeResponse } from './handlers.ts';
import type { World } from './world.ts';

export interface FakeFetchOptions {
	/** Extra milliseconds before answering, e.g. per host. Added to the world behaviour's delayMs. */
	delay?: (url: URL) => number | undefined;
	/** Fail this request like the network would: true → TypeError('Failed to fetch'), or the Error to reject with. */
	fail?: (url: URL) => Error | boolean | undefined;
	/** Emulate the browser's CORS rules (preflight for non-simple requests, Access-Control-Allow-Origin). Default true. */
	cors?: boolean;
	/** The page origin sent as Origin when cors is on. Default http://127.0.0.1:4173. */
	origin?: string;
}

const SAFELISTED = new Set(['accept', 'accept-language', 'content-language', 'content-type', 'range']);
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function networkError(): TypeError {
	return new TypeError('Failed to fetch');
}

function abortReason(signal: AbortSignal): unknown {
	return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Resolves after `ms`, or rejects when the signal aborts; Infinity waits for the abort only.
 * 0 ms resolves on a microtask, so tests with fake timers need not advance the clock for it.
 */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(abortReason(signal));
		if (ms <= 0) return void queueMicrotask(() => (signal?.aborted ? reject(abortReason(signal)) : resolve()));
		const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
		function done() {
			signal?.removeEventListener('abort', aborted);
			resolve();
		}
		function aborted() {
			clearTimeout(timer);
			reject(abortReason(signal as AbortSignal));
		}
		signal?.addEventListener('abort', aborted, { once: true });
	});
}

/** Non-safelisted request headers (what makes a browser send a preflight). */
function unsafeHeaders(headers: Headers): string[] {
	const out: string[] = [];
	headers.forEach((value, name) => {
		if (!SAFELISTED.has(name)) out.push(name);
		else if (name === 'content-type' && !SIMPLE_CONTENT_TYPES.some((t) => value.toLowerCase().startsWith(t))) out.push(name);
	});
	return out;
}

function allows(list: string | undefined, wanted: string): boolean {
	if (list === undefined) return false;
	const items = list.split(',').map((s) => s.trim().toLowerCase());
	return items.includes('*') || items.includes(wanted.toLowerCase());
}

function header(response: FakeResponse, name: string): string | undefined {
	const key = Object.keys(response.headers).find((k) => k.toLowerCase() === name.toLowerCase());
	return key === undefined ? undefined : response.headers[key];
}

/** A browser accepts `*` or its own origin, nothing else (a foreign origin is a refusal). */
function allowsOrigin(value: string | undefined, origin: string): boolean {
	return value !== undefined && (value.trim() === '*' || value.trim() === origin);
}

/** What a `mode: 'no-cors'` fetch resolves with: status 0, no headers, no body the page may read. */
function opaque(url: string): Response {
	const response = new Response(null, { status: 200 });
	Object.defineProperties(response, { status: { value: 0 }, ok: { value: false }, type: { value: 'opaque' }, url: { value: url } });
	return response;
}

function toResponse(answer: FakeResponse, method: string, url: string): Response {
	const noBody = method === 'HEAD' || [101, 204, 205, 304].includes(answer.status);
	const response = new Response(noBody ? null : answer.body, { status: answer.status, headers: answer.headers });
	Object.defineProperty(response, 'url', { value: url });
	return response;
}

async function bodyText(body: unknown): Promise<string | null> {
	if (body === undefined || body === null) return null;
	if (typeof body === 'string') return body;
	return new Response(body as ConstructorParameters<typeof Response>[0]).text();
}

export function createFakeFetch(world: World, options: FakeFetchOptions = {}): typeof fetch {
	const cors = options.cors ?? true;
	const origin = options.origin ?? 'http://127.0.0.1:4173';

	async function fakeFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
		const request = typeof input === 'object' && !(input instanceof URL) ? input : undefined;
		const url = request ? request.url : String(input);
		const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
		const headers = new Headers(init.headers ?? request?.headers);
		const signal = init.signal ?? request?.signal ?? undefined;
		const body = init.body !== undefined ? await bodyText(init.body) : request && method !== 'GET' && method !== 'HEAD' ? await request.clone().text() : null;
		await wait(0, signal); // fetch never settles synchronously

		const noCors = init.mode === 'no-cors' || request?.mode === 'no-cors';
		const parsed = new URL(url);
		const failed = options.fail?.(parsed);
		if (failed) throw failed === true ? networkError() : failed;
		if (!isKnownHost(world, url)) throw networkError();

		const plan = world.transportPlan(url);
		if (plan.failure === 'refuse') throw networkError();
		// A no-cors GET carries no Origin and is never checked: the page gets an opaque answer.
		if (cors && !noCors) headers.set('origin', origin);
		const fakeRequest = { method, url, headers, body };
		if (plan.failure === 'reset' || plan.failure === 'hang') {
			await wait(plan.delayMs, signal);
			record(world, fakeRequest, 'fetch', plan.failure);
			if (plan.failure === 'reset') throw networkError();
			return wait(Infinity, signal).then(() => Promise.reject(networkError()));
		}
		await wait(plan.delayMs + (options.delay?.(parsed) ?? 0), signal);

		if (noCors) {
			handle(world, fakeRequest, { transport: 'fetch' });
			return opaque(url);
		}
		if (cors) {
			const unsafe = unsafeHeaders(headers).filter((h) => h !== 'origin');
			const simpleMethod = ['GET', 'HEAD', 'POST'].includes(method);
			if (!simpleMethod || unsafe.length > 0) {
				const pre = handle(
					world,
					{ method: 'OPTIONS', url, headers: { origin, 'access-control-request-method': method, ...(unsafe.length ? { 'access-control-request-headers': unsafe.join(',') } : {}) } },
					{ transport: 'fetch' }
				);
				const ok =
					pre.status >= 200 && pre.status < 300 &&
					allowsOrigin(header(pre, 'Access-Control-Allow-Origin'), origin) &&
					(simpleMethod || allows(header(pre, 'Access-Control-Allow-Methods'), method)) &&
					unsafe.every((h) => allows(header(pre, 'Access-Control-Allow-Headers'), h));
				if (!ok) throw networkError();
			}
		}
		const answer = handle(world, fakeRequest, { transport: 'fetch' });
		if (cors && !allowsOrigin(header(answer, 'Access-Control-Allow-Origin'), origin)) throw networkError();
		return toResponse(answer, method, url);
	}
	return fakeFetch as typeof fetch;
}
