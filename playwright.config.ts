import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_ONE } from './scripts/browser.mjs';

/*
 * Browser tests run against the real production build served by sirv (not the dev server), as a
 * static host would serve it: `npm run build` first (scripts/test-all.mjs does).
 */
const found = (await findChromium()) as { executablePath?: string } | undefined;
if (!found) throw new Error(HOW_TO_GET_ONE);

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PLAYWRIGHT_REPORTERS ? JSON.parse(process.env.PLAYWRIGHT_REPORTERS) : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}/`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: found.executablePath, args: CHROMIUM_ARGS as string[] }
	},
	projects: [
		{ name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 360, height: 780 } } }
	],
	webServer: {
		command: `sirv build --single --host 127.0.0.1 --port ${port} --quiet`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
