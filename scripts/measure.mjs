// Size measurements shared by the budget test (tests/e2e/budget.spec.ts) and `npm run bench`.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets held in CI (tests/e2e/budget.spec.ts), set just above today's figures so growth is
 * caught. First-load JS, gzip: 54.1 KB in English and 54.5 KB in German on 2026-12-03, with the
 * app speaking five languages (a visit loads only its own language's messages, a first visit only
 * their core part: src/lib/i18n/load.ts); it was 49.9 KB before, English only. The Plex client, the
 * server, sync and poster states, the cache's chunk writing and the Update/Install state load on
 * demand. Precache 630.8 KB (raw bytes, each file once): every language's messages are precached
 * so switching works offline (381 KB before them; 315 KB before Decide together, TV shuffle, the
 * Watchlist and Plex Home, which are precached but not in the first load either).
 */
export const BUDGET = { firstLoadJsGzipKb: 55, firstLoadJsGzipKbGerman: 55.5, precacheKb: 640 };
/**
 * The product targets `npm run bench` prints: issue 20's (at most 60 KB in English and 62 KB in
 * German with the app translated). Issue 17's earlier 50 KB was set for the English-only app.
 */
export const TARGET = { firstLoadJsGzipKb: 60, firstLoadJsGzipKbGerman: 62 };

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Total size of the files the service worker precaches (read from its manifest). */
export function precacheBytes(buildDir = 'build') {
	const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	// Each file once: an address listed twice is still downloaded once.
	const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))];
	let total = 0;
	for (const url of urls) {
		try {
			total += statSync(join(buildDir, url.replace(/^\//, ''))).size;
		} catch {
			// listed but not a file on disk (none expected)
		}
	}
	return { count: urls.length, bytes: total };
}

/** gzip size of build files given by URL path, e.g. the scripts a page load fetched. */
export function gzipBytes(paths, buildDir = 'build') {
	return paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(buildDir, path.replace(/^\//, '')))).length, 0);
}
