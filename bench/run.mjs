#!/usr/bin/env node
// `npm run bench`: size and speed figures, one line each:
//   bench: <name> = <value> <unit> (target <op> <value>)
// 1. Builds the app, then measures what a first visit downloads by loading build/ (served by sirv)
//    in Chromium and gzipping every script the page really fetched.
//    Then Lighthouse (bench/lighthouse.mjs): performance and accessibility, median of 5 runs.
//    Then bench/open.ts: opening with 20,000 titles saved vs. a network-only open.
// 2. bench/pick.ts: filtering plus a pick over 20,000 items, cold and warm.
// 3. bench/race.ts: the connection race against real local sockets.
// bench/shortlist.ts: a "Decide together" shortlist of 10 drawn over 20,000 items with filters.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/browser.mjs';
import { BUDGET, TARGET, gzipBytes, kb, precacheBytes } from '../scripts/measure.mjs';

const line = (name, value, unit, target) => console.log(`bench: ${name} = ${value} ${unit}${target ? ` (target ${target})` : ''}`);

function dirSize(dir) {
	let total = 0;
	for (const entry of readdirSync(dir)) {
		const path = join(dir, entry);
		const s = statSync(path);
		total += s.isDirectory() ? dirSize(path) : s.size;
	}
	return total;
}

const started = performance.now();
const build = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(1);
line('build-time', Math.round((performance.now() - started) / 100) / 10, 's');
line('build-size', kb(dirSize('build')), 'KB');

line('precache-kb', kb(precacheBytes().bytes), 'KB', `<= ${BUDGET.precacheKb}`);

// BENCH_PORT: another free port when something else (another checkout's bench) holds 4199.
const port = Number(process.env.BENCH_PORT ?? 4199);
const server = spawn('npx', ['sirv', 'build', '--single', '--host', '127.0.0.1', '--port', String(port), '--quiet'], { stdio: 'ignore', detached: true });
try {
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	const found = await ensureChromium();
	const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
	/** A first visit in `locale`: every script the page fetched, and how long until the app showed. */
	async function firstVisit(locale) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		const scripts = new Set();
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
		});
		const t0 = Date.now();
		await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
		// The demo button, whatever the language: the welcome screen's first button under the heading.
		await page.locator('main button').first().waitFor();
		const renderMs = Date.now() - t0;
		await page.waitForLoadState('networkidle');
		await context.close();
		return { scripts, renderMs };
	}
	// Issue 20: each language loads only its own messages; English is the reference, German the longest.
	const en = await firstVisit('en-US');
	const de = await firstVisit('de-DE');
	await browser.close();
	if (process.env.BENCH_VERBOSE) for (const path of en.scripts) console.log(`  ${path} ${kb(gzipBytes([path]))} KB`);
	line('first-load-js-gzip-kb', kb(gzipBytes([...en.scripts])), 'KB', `<= ${TARGET.firstLoadJsGzipKb}`);
	line('first-load-js-gzip-kb-de', kb(gzipBytes([...de.scripts])), 'KB', `<= ${TARGET.firstLoadJsGzipKbGerman}`);
	line('first-load-js-files', en.scripts.size, 'files');
	line('first-render-local', en.renderMs, 'ms');
	const lh = spawnSync(process.execPath, ['bench/lighthouse.mjs', `http://127.0.0.1:${port}/`], { stdio: 'inherit' });
	if (lh.status !== 0) process.exitCode = 1;

	// Open speed (issue 17 item 4): the built app with 20,000 titles saved and its service worker
	// active, against a network-only open of the same library (bench/open.ts).
	const open = spawnSync(process.execPath, ['bench/open.ts', `http://127.0.0.1:${port}/`], { stdio: 'inherit' });
	if (open.status !== 0) process.exitCode = 1;
} finally {
	process.kill(-server.pid);
}

// Filtering plus a pick over 20,000 cached items, cold and warm (bench/pick.ts).
const pickBench = spawnSync(process.execPath, ['bench/pick.ts'], { stdio: 'inherit' });
if (pickBench.status !== 0) process.exitCode = 1;

// A "Decide together" shortlist of 10 over 20,000 items with filters (bench/shortlist.ts).
const shortlistBench = spawnSync(process.execPath, ['bench/shortlist.ts'], { stdio: 'inherit' });
if (shortlistBench.status !== 0) process.exitCode = 1;

// The connection race against real local sockets (bench/race.ts).
const race = spawnSync(process.execPath, ['bench/race.ts'], { stdio: 'inherit' });
if (race.status !== 0) process.exitCode = 1;

// Sync (issue 17): full sync vs a bare fetch loop, no-change re-syncs, stored bytes per item, and
// 50,000 movies' time and heap, against the fake Plex server in a process of its own (bench/sync.ts).
const syncBench = spawnSync(process.execPath, ['--expose-gc', 'bench/sync.ts'], { stdio: 'inherit' });
if (syncBench.status !== 0) process.exitCode = 1;
