#!/usr/bin/env node
// The robustness line (README "Robustness"): how many fault and bad-input cases ran and how many held.
// Reads the JSON reports vitest and Playwright already wrote, so nothing runs twice:
//   - vitest: tests in tests/robustness/; a property counts the runs fast-check made (test meta `cases`),
//     any other test counts 1;
//   - Playwright: tests in tests/e2e/robustness*.spec.ts, 1 case each.
// "held" = the case behaved as promised; "lost" = tried - held (a failed test, a property's counterexample,
// or a browser test that did not finish). Usage: node scripts/robustness-summary.mjs <vitest.json> [playwright.json]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

const isRobustnessFile = (name) => /(^|\/)tests\/robustness\//.test(name.replaceAll('\\', '/'));

/** @returns {{ tried: number, held: number, tests: number, properties: number, runs: number, browser: number, missing: string[] }} */
export function robustnessCounts(vitestPath, playwrightPath) {
	const counts = { tried: 0, held: 0, tests: 0, properties: 0, runs: 0, browser: 0, missing: [] };
	const vitest = vitestPath ? readJson(vitestPath) : undefined;
	if (vitestPath && !vitest) counts.missing.push('vitest report');
	for (const file of vitest?.testResults ?? []) {
		if (!isRobustnessFile(file.name)) continue;
		for (const t of file.assertionResults ?? []) {
			if (t.status === 'skipped' || t.status === 'pending' || t.status === 'todo') continue;
			counts.tests += 1;
			const cases = t.meta?.cases;
			if (cases && Number.isFinite(cases.tried)) {
				counts.properties += 1;
				counts.runs += cases.tried;
				counts.tried += cases.tried;
				// A property that failed after its runs also lost whatever assertion failed after them.
				counts.held += t.status === 'passed' ? cases.held : Math.min(cases.held, cases.tried - 1);
			} else {
				counts.tried += 1;
				counts.held += t.status === 'passed' ? 1 : 0;
			}
		}
	}
	const pw = playwrightPath ? readJson(playwrightPath) : undefined;
	if (playwrightPath && !pw) counts.missing.push('playwright report');
	const walk = (suite, file) => {
		const here = suite.file ?? file;
		for (const spec of suite.specs ?? []) {
			if (!/(^|\/)robustness[^/]*\.spec\.ts$/.test(spec.file ?? here ?? '')) continue;
			for (const test of spec.tests ?? []) {
				if (test.status === 'skipped') continue;
				counts.tests += 1;
				counts.browser += 1;
				counts.tried += 1;
				counts.held += test.status === 'expected' ? 1 : 0;
			}
		}
		for (const child of suite.suites ?? []) walk(child, here);
	};
	for (const suite of pw?.suites ?? []) walk(suite, suite.file);
	return counts;
}

export function robustnessLine(c) {
	const detail = `${c.tests} tests: ${c.properties} properties × their runs = ${c.runs} generated cases, ${c.tests - c.properties - c.browser} fixed fault/bad-input tests, ${c.browser} in the browser`;
	const missing = c.missing.length ? `; missing: ${c.missing.join(', ')}` : '';
	return `robustness: ${c.tried} cases tried, ${c.held} held, ${c.tried - c.held} lost (${detail})${missing}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [vitestPath, playwrightPath] = process.argv.slice(2);
	const counts = robustnessCounts(vitestPath, playwrightPath);
	console.log(robustnessLine(counts));
	process.exit(counts.tried === 0 || counts.held < counts.tried || counts.missing.length ? 1 : 0);
}
