import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The sub-path the hosting test deploys to, and where its build goes. */
export const SUBPATH = '/some/path';
export const SUBPATH_BUILD = '.tmp/build-subpath';

/**
 * Before the browser tests: the main build must exist (npm test builds it; with a bare
 * `npx playwright test`, run `npm run build` first), and a second build for a sub-path is made
 * here, so the hosting test runs the real thing a static host would serve.
 */
export default function globalSetup(): void {
	if (!existsSync('build/index.html')) throw new Error('build/ is missing: run `npm run build` before the browser tests (npm test does).');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: { ...process.env, BASE_PATH: SUBPATH, OUT_DIR: SUBPATH_BUILD }
	});
}
