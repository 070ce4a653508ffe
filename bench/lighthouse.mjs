// Lighthouse (from npm) against the built app served by sirv, in the same Chromium the browser
// tests use (Debian's on CI). Prints performance and accessibility, each the median of 5 runs with
// the spread (lowest–highest) beside it; mobile form factor with Lighthouse's default simulated
// throttling. One unscored warm-up run first: the first load of a fresh Chromium pays for its own
// start-up (disk cache, compiler), which says nothing about the app.
//   node bench/lighthouse.mjs [url]      (npm run bench runs it with a local sirv)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/browser.mjs';
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://127.0.0.1:4199/';
const found = await ensureChromium();
const chromePath = found.executablePath ?? chromium.executablePath();
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const RUNS = 5; // Lighthouse scores vary from run to run: report the median and the spread
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
	await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }); // warm-up, not counted
	const runs = [];
	for (let i = 0; i < RUNS; i++) {
		runs.push(await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }));
	}
	const perfs = runs.map((r) => r?.lhr.categories.performance?.score ?? 0);
	const perf = median(perfs);
	const result = runs[perfs.indexOf(perf)];
	const a11ys = runs.map((r) => r?.lhr.categories.accessibility?.score ?? 0);
	const a11y = median(a11ys);
	const spread = (xs) => `spread ${Math.min(...xs)}–${Math.max(...xs)} over ${xs.length} runs`;
	console.log(`bench: lighthouse-performance = ${perf} (target >= 0.98) [median; ${spread(perfs)}]`);
	console.log(`bench: lighthouse-accessibility = ${a11y} (target >= 1) [median; ${spread(a11ys)}]`);
	console.log(`  performance of each run: ${perfs.join(', ')}`);
	for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
		const audit = result?.lhr.audits[id];
		if (audit) console.log(`  ${id}: ${audit.displayValue} (score ${audit.score})`);
	}
	const failing = Object.values(result?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary');
	for (const audit of failing.slice(0, 8)) console.log(`  (audit below par: ${audit.id} — ${audit.title})`);
} finally {
	chrome.kill();
}
