// Finds a Chromium for Playwright, the same way for `npm test`, `npm run bench` and the config.
// Order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Playwright's own download (`npx playwright install
// chromium`, the usual way on a laptop with internet), then a system Chromium/Chrome
// (Debian's `chromium` package on CI machines). ensureChromium() may install Debian's package.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const HOW_TO_GET_ONE = `No Chromium found for the browser tests. Get one of:
  - with internet:        npx playwright install chromium
  - on Debian/Ubuntu:     sudo apt-get install -y chromium
  - any other Chrome:     PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome npm test`;

/** Flags for a headless, sandboxed-off Chromium on a machine with a closed network (STACK.md). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

async function playwrightOwn() {
	try {
		const { chromium } = await import('@playwright/test');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** The executable to launch, or undefined when Playwright's own browser should be used. */
export async function findChromium() {
	const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist.\n${HOW_TO_GET_ONE}`);
		return { executablePath: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' };
	}
	const own = await playwrightOwn();
	if (own) return { executablePath: undefined, source: `Playwright's own Chromium (${own})` };
	const system = SYSTEM.find((p) => existsSync(p));
	if (system) return { executablePath: system, source: system };
	return undefined;
}

/** Finds a Chromium, installing Debian's package when possible (root + apt-get); else throws. */
export async function ensureChromium({ log = console.log } = {}) {
	const found = await findChromium();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt && process.env.PLEXPICKER_NO_BROWSER_INSTALL !== '1') {
		log('No Chromium found: installing Debian\'s chromium package (apt-get install chromium)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		const install =
			update.status === 0
				? spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env })
				: update;
		if (install.status === 0) {
			const again = await findChromium();
			if (again) return again;
		}
	}
	throw new Error(HOW_TO_GET_ONE);
}
