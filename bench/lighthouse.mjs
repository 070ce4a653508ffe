// Lighthouse (from npm) against the built app served by sirv, in the same Chromium the browser
// tests use (Debian's on CI). Prints performance and accessibility; mobile form factor with
// Lighthouse's default simulated throttling.
//   node bench/lighthouse.mjs [url]      (npm run bench runs it with a local sirv)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/browser.mjs';
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://127.0.0.1:4199/';
const found = await ensureChromium();
const chromePath = found.executablePath ?? chromium.executablePath();
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const RUNS = 3; // Lighthouse scores vary from run to run: report the median
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
	const runs = [];
	for (let i = 0; i < RUNS; i++) {
		runs.push(await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }));
	}
	const perfs = runs.map((r) => r?.lhr.categories.performance?.score ?? 0);
	const perf = median(perfs);
	const result = runs[perfs.indexOf(perf)];
	const a11y = median(runs.map((r) => r?.lhr.categories.accessibility?.score ?? 0));
	console.log(`bench: lighthouse-performance = ${perf} (target >= 0.95)`);
	console.log(`bench: lighthouse-accessibility = ${a11y} (target >= 0.95)`);
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
