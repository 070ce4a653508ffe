#!/usr/bin/env node
// `npm run test:robustness`: only the robustness suite (README "Robustness"), then its summary line.
//   1. vitest project `robustness` (tests/robustness/: property tests, storage, faults, hostile input)
//   2. vite build + Playwright tests/e2e/robustness*.spec.ts (faults in the fake Plex world, in Chromium)
// `npm test` runs the same tests once as part of everything and prints the same line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { robustnessCounts, robustnessLine } from './robustness-summary.mjs';

const TMP = '.tmp';
mkdirSync(TMP, { recursive: true });
const vitestJson = `${TMP}/robustness-vitest.json`;
const pwJson = `${TMP}/robustness-playwright.json`;
rmSync(vitestJson, { force: true });
rmSync(pwJson, { force: true });

function run(cmd, args, env = {}) {
	console.log(`\n$ ${[cmd, ...args].join(' ')}`);
	return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

const vitestOk = run('npx', ['vitest', 'run', '--project', 'robustness', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const buildOk = run('npx', ['vite', 'build']);
const pwOk =
	buildOk &&
	run('npx', ['playwright', 'test', 'tests/e2e/robustness'], {
		PLAYWRIGHT_REPORTERS: JSON.stringify([['list'], ['json', { outputFile: pwJson }]])
	});

const counts = robustnessCounts(vitestJson, pwJson);
console.log(`\n${robustnessLine(counts)}`);
const ok = vitestOk && buildOk && pwOk && counts.tried > 0 && counts.held === counts.tried && counts.missing.length === 0;
process.exit(ok ? 0 : 1);
