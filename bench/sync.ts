/**
 * Sync benchmark (issue 17): the project's real sync and cache modules (Node, fake-indexeddb)
 * against the fake Plex HTTP server running in a separate process (bench/sync-server.ts), over
 * real sockets. Every figure is measured in this run: warm-up first, then pairs in alternating
 * order, medians of SAMPLES pairs (each ratio is taken within its pair, so a noisy machine slows
 * both sides of it alike).
 *
 *   sync-vs-fetch-ratio     full sync + save ÷ a bare loop over the same URLs (same 3 in flight)
 *                           doing only `response.json()`; 20,000 movies
 *   resync-vs-sync-ratio    no-change re-sync + save ÷ full sync + save; 20,000 movies
 *                           (the re-sync starts by loading the copy from the cache, as the app does)
 *   tv-resync-vs-sync-ratio the same for 2,000 shows (TV_SAMPLES pairs: each is short)
 *   tv-resync-requests      /all requests of that no-change TV re-sync
 *   tv-resync-work-ms       the same re-sync (load, re-sync, save) with the server's answers replayed
 *                           from memory: the client's own work, without the round trip
 *   bytes-per-item          structured-clone (v8.serialize) size of what is stored (items, meta and
 *                           the pick index) ÷ items; 20,000 movies
 *   sync-50k-ms             full sync + save of 50,000 movies
 *   sync-heap-peak-mb       the most JS heap the 50,000-movie sync keeps alive above its start: the
 *                           heap after a full collection at every 10th page it receives and at its
 *                           end (what it holds only grows until the end)
 *                           (a separate run, not timed), against 3 × the stored size
 *   sync-heap-sampled-mb    the same sync's heap sampled every 2 ms without collecting: also the
 *                           garbage V8 has not collected yet (depends on when V8 collects; no target)
 * Run: node --expose-gc bench/sync.ts (or `npm run bench`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { serialize } from 'node:v8';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '../src/lib/cache/library-cache.ts';
import { PlexClient } from '../src/lib/plex/client.ts';
import { getSections, type LibrarySection } from '../src/lib/plex/library.ts';
import { CONCURRENCY, fullSync, resync, type SyncTarget } from '../src/lib/sync/library-sync.ts';
import { encodePickIndex } from '../src/lib/cache/pick-index.ts';
import type { LibraryRecord } from '../src/lib/library/types.ts';

const SAMPLES = 5;
/** The TV pairs are short (a re-sync of a few ms): more of them, so one stall does not move the median. */
const TV_SAMPLES = 11;
const SECTIONS = { movies: '1', shows: '2', movies50k: '3' };

const child = spawn(process.execPath, [new URL('./sync-server.ts', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'] });
const first = await new Promise<string>((resolve, reject) => {
	createInterface({ input: child.stdout! }).once('line', resolve);
	child.once('exit', (code) => reject(new Error(`bench: the fake Plex server exited (${code})`)));
});
const { url, token } = JSON.parse(first) as { url: string; token: string };

/**
 * fetch as a browser does it on a kept-alive connection: a request that meets a socket the server
 * has just closed (ECONNRESET before any answer) is sent once more on a new one. Node's fetch does
 * not do this itself, and on a loaded machine a pause between two runs can outlast the fake
 * server's keep-alive timeout.
 */
const fetchOnce: typeof fetch = async (input, init) => {
	try {
		return await fetch(input, init);
	} catch (error) {
		const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
		if (code !== 'ECONNRESET' && code !== 'EPIPE' && code !== 'UND_ERR_SOCKET') throw error;
		return fetch(input, init);
	}
};

let allRequests: string[] = [];
const recording: typeof fetch = (input, init) => {
	const href = String(input);
	if (new URL(href).pathname.endsWith('/all')) allRequests.push(href);
	return fetchOnce(input, init);
};
const client = new PlexClient({
	fetch: recording,
	identity: () => ({ clientId: 'bench', product: 'PlexPicker', version: '0', platform: 'Node', platformVersion: process.version, device: 'bench', deviceName: 'bench' })
});
const sections = await getSections(client, url, token);
const target = (key: string): SyncTarget => ({ client, uri: url, token, serverId: 'bench-server', serverName: 'Bench Server', section: sections.find((s) => s.key === key) as LibrarySection });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
let dbs = 0;

/** A cache in a fresh (empty) in-memory IndexedDB, already open. */
async function freshCache(): Promise<LibraryCache> {
	globalThis.indexedDB = new IDBFactory();
	const cache = new LibraryCache(`bench-${++dbs}`);
	await cache.list();
	return cache;
}

/** Full sync + save; returns the time and the /all URLs it asked for. */
async function timedFull(key: string): Promise<{ ms: number; record: LibraryRecord; cache: LibraryCache; urls: string[] }> {
	const cache = await freshCache();
	gc();
	allRequests = [];
	const t0 = performance.now();
	const record = await fullSync(target(key));
	await cache.save(record);
	return { ms: performance.now() - t0, record, cache, urls: allRequests };
}

/** What the app does on a re-sync: read the saved copy, re-sync it, save the result. */
async function timedResync(key: string, cache: LibraryCache, id: string): Promise<{ ms: number; requests: number; record: LibraryRecord }> {
	gc();
	allRequests = [];
	const t0 = performance.now();
	const previous = await cache.load(id);
	if (!previous) throw new Error('bench: the saved copy is missing');
	const result = await resync(target(key), previous);
	await cache.save(result.record);
	const ms = performance.now() - t0;
	if (result.mode !== 'unchanged') throw new Error(`bench: a no-change re-sync went ${result.mode}`);
	return { ms, requests: allRequests.length, record: result.record };
}

/** The same URLs, the same number in flight, and nothing but response.json(). */
async function timedBare(urls: string[]): Promise<number> {
	gc();
	const queue = [...urls];
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
				const response = await fetchOnce(next, { headers: { Accept: 'application/json' } });
				if (!response.ok) throw new Error(`bench: ${response.status} from the fake server`);
				await response.json();
			}
		})
	);
	return performance.now() - t0;
}

const line = (name: string, value: number | string, unit: string, target?: string) => console.log(`bench: ${name} = ${value} ${unit}${target ? ` (target ${target})` : ''}`);

/** Runs `work` while sampling the JS heap every few ms; returns its result and the peak above the start. */
async function withHeapPeak<T>(work: () => Promise<T>): Promise<{ value: T; peak: number }> {
	gc();
	const base = process.memoryUsage().heapUsed;
	let peak = base;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
	try {
		const value = await work();
		peak = Math.max(peak, process.memoryUsage().heapUsed);
		return { value, peak: peak - base };
	} finally {
		clearInterval(sampler);
	}
}

try {
	// -- 20,000 movies: full sync vs a bare fetch loop, and a no-change re-sync vs the full sync --
	// Each round has a full sync (+ save), the bare loop over its URLs and a re-sync; even rounds
	// run them in that order, odd rounds the other way round (re-syncing the previous round's copy).
	let latest = await timedFull(SECTIONS.movies);
	await timedBare(latest.urls);
	await timedResync(SECTIONS.movies, latest.cache, latest.record.meta.id);
	const syncVsFetch: number[] = [];
	const resyncVsSync: number[] = [];
	const syncMs: number[] = [];
	const bareMs: number[] = [];
	const resyncMs: number[] = [];
	for (let i = 0; i < SAMPLES; i++) {
		let full: Awaited<ReturnType<typeof timedFull>>;
		let bare: number;
		let again: Awaited<ReturnType<typeof timedResync>>;
		if (i % 2 === 0) {
			full = await timedFull(SECTIONS.movies);
			bare = await timedBare(full.urls);
			again = await timedResync(SECTIONS.movies, full.cache, full.record.meta.id);
		} else {
			again = await timedResync(SECTIONS.movies, latest.cache, latest.record.meta.id);
			bare = await timedBare(latest.urls);
			full = await timedFull(SECTIONS.movies);
		}
		latest = full;
		syncVsFetch.push(full.ms / bare);
		resyncVsSync.push(again.ms / full.ms);
		syncMs.push(full.ms);
		bareMs.push(bare);
		resyncMs.push(again.ms);
	}
	const stored = latest.record;
	// What is stored: the items, the meta and the pick index opening the app reads first.
	const index = encodePickIndex(stored.items, 'bench');
	if (!index) throw new Error('bench: the library got no pick index');
	const indexBytes = serialize(index).length;
	const bytes = serialize(stored.items).length + serialize(stored.meta).length + indexBytes;
	const ms = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
	console.log(`sync bench: ${stored.items.length} movies in ${latest.urls.length} pages; full sync + save ${ms(syncMs)} ms; bare loop ${ms(bareMs)} ms; re-sync ${ms(resyncMs)} ms`);
	line('sync-vs-fetch-ratio', round(median(syncVsFetch), 2), '×', '<= 1.5');
	line('resync-vs-sync-ratio', round(median(resyncVsSync), 3), '×', '<= 0.05');
	line('bytes-per-item', Math.round(bytes / stored.items.length), 'B', '<= 600');
	console.log(`  of which the pick index: ${Math.round(indexBytes / stored.items.length)} B per item`);

	// -- 2,000 shows: no-change re-sync vs full sync, and its requests ---------------------------
	let shows = await timedFull(SECTIONS.shows);
	await timedResync(SECTIONS.shows, shows.cache, shows.record.meta.id);
	const tvRatios: number[] = [];
	const tvRequests: number[] = [];
	const tvFullMs: number[] = [];
	const tvResyncMs: number[] = [];
	for (let i = 0; i < TV_SAMPLES; i++) {
		let full: Awaited<ReturnType<typeof timedFull>>;
		let again: Awaited<ReturnType<typeof timedResync>>;
		if (i % 2 === 0) {
			full = await timedFull(SECTIONS.shows);
			again = await timedResync(SECTIONS.shows, full.cache, full.record.meta.id);
		} else {
			again = await timedResync(SECTIONS.shows, shows.cache, shows.record.meta.id);
			full = await timedFull(SECTIONS.shows);
		}
		shows = full;
		tvFullMs.push(full.ms);
		tvResyncMs.push(again.ms);
		tvRatios.push(again.ms / full.ms);
		tvRequests.push(again.requests);
	}
	console.log(`sync bench: ${shows.record.items.length} shows in ${shows.urls.length} pages; full sync + save ${ms(tvFullMs)} ms; re-sync ${tvResyncMs.map((x) => x.toFixed(1)).join(', ')} ms`);
	line('tv-resync-vs-sync-ratio', round(median(tvRatios), 3), '×', '<= 0.05');
	line('tv-resync-requests', Math.max(...tvRequests), 'requests', '<= 3');
	// What is left of a no-change TV re-sync without the network: the same load, re-sync and save,
	// with the server's answers to its requests replayed from memory (recorded in this run).
	const answers = new Map<string, string>();
	const recordingTarget: SyncTarget = { ...target(SECTIONS.shows), client: new PlexClient({ fetch: async (input, init) => {
		const response = await fetchOnce(input, init);
		const body = await response.text();
		answers.set(String(input), body);
		return new Response(body, { status: response.status, headers: response.headers });
	}, identity: () => client.identity }) };
	const replayTarget: SyncTarget = { ...recordingTarget, client: new PlexClient({ fetch: async (input) => {
		const body = answers.get(String(input));
		if (body === undefined) throw new Error(`bench: no recorded answer for ${String(input)}`);
		return new Response(body, { headers: { 'Content-Type': 'application/json' } });
	}, identity: () => client.identity }) };
	const replayed = await resync(recordingTarget, shows.record);
	await shows.cache.save(replayed.record);
	const workMs: number[] = [];
	for (let i = 0; i < 50; i++) {
		const t0 = performance.now();
		const previous = await shows.cache.load(shows.record.meta.id);
		const again = await resync(replayTarget, previous!);
		await shows.cache.save(again.record);
		if (again.mode !== 'unchanged') throw new Error(`bench: a replayed no-change re-sync went ${again.mode}`);
		if (i >= 10) workMs.push(performance.now() - t0);
	}
	line('tv-resync-work-ms', round(median(workMs), 2), 'ms', undefined);
	console.log(`  (the client's own work: ${round(median(workMs) / median(tvFullMs), 4)} of the full sync; the rest of the re-sync is one round of ${Math.max(...tvRequests)} requests)`);

	// -- 50,000 movies: time, and the heap the sync holds at its peak ------------------------------
	await timedFull(SECTIONS.movies50k);
	const bigMs: number[] = [];
	const peaks: number[] = [];
	let bigStored = 0;
	for (let i = 0; i < SAMPLES; i++) {
		const cache = await freshCache();
		const t0 = performance.now();
		const { value: record, peak } = await withHeapPeak(() => fullSync(target(SECTIONS.movies50k)));
		await cache.save(record);
		bigMs.push(performance.now() - t0);
		peaks.push(peak);
		bigStored = serialize(record.items).length + serialize(record.meta).length;
	}
	const mb = (b: number) => round(b / 1_048_576, 1);
	line('sync-50k-ms', Math.round(median(bigMs)), 'ms');

	// What the sync keeps alive: collect every 10 pages and at the end, take the largest.
	const live: number[] = [];
	for (let i = 0; i < 3; i++) {
		gc();
		const base = process.memoryUsage().heapUsed;
		let peak = 0;
		let pages = 0;
		const measure = (force = false) => {
			if (++pages % 10 !== 0 && !force) return;
			gc();
			peak = Math.max(peak, process.memoryUsage().heapUsed - base);
		};
		const record = await fullSync(target(SECTIONS.movies50k), { onProgress: () => measure() });
		measure(true);
		if (record.items.length !== 50_000) throw new Error('bench: the 50,000-movie sync came back short');
		live.push(peak);
	}
	line('sync-heap-peak-mb', mb(median(live)), 'MB', `< ${mb(3 * bigStored)}, 3 × the ${mb(bigStored)} MB stored`);
	line('sync-heap-sampled-mb', mb(median(peaks)), 'MB');
	if (median(syncVsFetch) > 1.5 || median(resyncVsSync) > 0.05 || median(tvRatios) > 0.05 || Math.max(...tvRequests) > 3 || bytes / stored.items.length > 600 || median(live) >= 3 * bigStored) process.exitCode = 1;
} finally {
	child.stdin!.end();
	child.kill('SIGTERM');
}
