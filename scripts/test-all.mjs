#!/usr/bin/env node
// `npm test`: every suite, in order, and one closing count line `N passed, N failed`.
//   1. types      svelte-check --fail-on-warnings           (counted as 1 test)
//   2. lint       eslint                                     (counted as 1 test)
//   3. unit + component tests (vitest; every test counted)
//   4. build      vite build (needed by the browser tests)   (counted as 1 test)
//   5. browser    Playwright + Chromium against build/ served by sirv (every test counted)
// The robustness suite (tests/robustness/ in vitest, tests/e2e/robustness*.spec.ts in Playwright) is
// part of 3 and 5, counted there once; its own line (cases tried/held) is printed from the same reports.
// Browser tests never skip silently: with no Chromium to be found or installed, they count as failed
// and the message says how to get one. Runs every suite even after a failure; exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './browser.mjs';
import { robustnessCounts, robustnessLine } from './robustness-summary.mjs';

const TMP = '.tmp';
mkdirSync(TMP, { recursive: true });
const results = [];

function run(cmd, args, env = {}) {
	console.log(`\n$ ${[cmd, ...args].join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return r.status === 0;
}

function record(suite, passed, failed, skipped = 0, note = '') {
	results.push({ suite, passed, failed, skipped, note });
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

// 1. types
const typesOk = run('npx', ['svelte-kit', 'sync']) && run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
record('types (svelte-check)', typesOk ? 1 : 0, typesOk ? 0 : 1);

// 2. lint
const lintOk = run('npx', ['eslint', '.']);
record('lint (eslint)', lintOk ? 1 : 0, lintOk ? 0 : 1);

// 3. unit + component
const vitestJson = `${TMP}/vitest.json`;
rmSync(vitestJson, { force: true });
const vitestOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
	record('unit + component (vitest)', vitest.numPassedTests, vitest.numFailedTests + (vitestOk || vitest.numFailedTests ? 0 : 1), vitest.numPendingTests + vitest.numTodoTests);
} else {
	record('unit + component (vitest)', 0, 1, 0, 'vitest did not report');
}

// 4. build
const buildOk = run('npx', ['vite', 'build']);
record('build (vite build)', buildOk ? 1 : 0, buildOk ? 0 : 1);

// 5. browser
const pwJson = `${TMP}/playwright.json`;
rmSync(pwJson, { force: true });
let browser;
try {
	browser = await ensureChromium();
	console.log(`\nBrowser for Playwright: ${browser.source}`);
} catch (error) {
	console.error(`\n${error.message}`);
}
if (!browser) {
	record('browser (playwright)', 0, 1, 0, 'no Chromium: see the message above');
} else if (!buildOk) {
	record('browser (playwright)', 0, 1, 0, 'the build failed, so the browser tests could not run');
} else {
	const pwOk = run('npx', ['playwright', 'test'], {
		PLAYWRIGHT_REPORTERS: JSON.stringify([['list'], ['json', { outputFile: pwJson }]])
	});
	const pw = readJson(pwJson);
	if (pw?.stats) {
		const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = pw.stats;
		const errors = (pw.errors ?? []).length;
		record('browser (playwright)', expected, unexpected + flaky + errors + (pwOk || unexpected + flaky + errors ? 0 : 1), skipped);
	} else {
		record('browser (playwright)', 0, 1, 0, 'playwright did not report');
	}
}

// Summary
const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nSummary');
for (const r of results) {
	console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.suite}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}${r.note ? ` (${r.note})` : ''}`);
}
const line = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
const robustness = robustnessLine(robustnessCounts(vitestJson, pwJson));
writeFileSync(`${TMP}/robustness.txt`, `${robustness}\n`);
writeFileSync(`${TMP}/summary.txt`, `${line}\n`);
console.log(`\n${robustness}`);
console.log(`\n${line}`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
