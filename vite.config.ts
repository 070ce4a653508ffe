import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
	version: string;
};
/*
 * BASE_PATH lets the same build run from a sub-path of a static host:
 *   BASE_PATH=/picker npm run build   ->   https://example.org/picker/
 * It must start with "/" (trailing slashes are dropped); empty = the host's root.
 * SvelteKit 3 no longer reads svelte.config.js: its options are passed to sveltekit() below.
 */
const base = basePath(process.env.BASE_PATH);

/*
 * What the page may load and talk to (README "Security"): the app itself; plex.tv hosts for
 * sign-in, account and server lists, and discover.provider.plex.tv for the Watchlist; *.plex.direct (any port) for Plex servers; avatars from
 * plex.tv. Servers reached some other way (a custom https domain, a plain-http LAN address when
 * the app itself is served over http) are added at build time:
 *   PLEXPICKER_CSP_CONNECT="https://plex.example.org:32400 http://192.168.1.20:32400" npm run build
 */
type KitOptions = NonNullable<Parameters<typeof sveltekit>[0]>;
type CspDirectives = NonNullable<NonNullable<KitOptions['csp']>['directives']>;

function cspDirectives(): CspDirectives {
	type Source = NonNullable<CspDirectives['connect-src']>[number];
	const extra = (process.env.PLEXPICKER_CSP_CONNECT ?? '').split(/\s+/).filter(Boolean) as Source[];
	const plex: Source[] = ['https://plex.tv', 'https://*.plex.tv', 'https://*.plex.direct:*'];
	// The Watchlist (docs/plex-api.md §14). `*.plex.tv` already covers it; named so that narrowing
	// the wildcard one day cannot silently break the Watchlist.
	const discover: Source[] = ['https://discover.provider.plex.tv'];
	return {
		'default-src': ['self'],
		'script-src': ['self', splashScriptHash()],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:', ...plex, ...extra],
		'connect-src': ['self', ...plex, ...discover, ...extra],
		'font-src': ['self'],
		'manifest-src': ['self'],
		'worker-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}

/**
 * The one inline script of our own: app.html's splash-language line, which shows the splash in the
 * app's language before any module runs. The CSP allows exactly its text, by hash.
 */
function splashScriptHash(): `sha256-${string}` {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const script = /<script id="splash-language">([\s\S]*?)<\/script>/.exec(html)?.[1];
	if (!script) throw new Error('src/app.html: the splash-language script is missing');
	return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

function basePath(value: string | undefined): '' | `/${string}` {
	const trimmed = (value ?? '').trim().replace(/\/+$/, '');
	if (trimmed === '') return '';
	if (!trimmed.startsWith('/')) {
		throw new Error(`BASE_PATH must start with "/" (got "${trimmed}"), e.g. BASE_PATH=/picker`);
	}
	return trimmed as `/${string}`;
}
const scope = `${base}/`;
// Where the static site is written (default build/); tests write a sub-path build elsewhere.
const outDir = process.env.OUT_DIR ?? 'build';
const buildId = `${pkg.version}-${Date.now().toString(36)}`;

/** What code splitting is told about a module: its static importers, and whether it is an entry. */
interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[]; isEntry: boolean } | null;
}

/**
 * The modules a first visit runs besides the entries: the kit's client (its entry import()s it at
 * start) and the root layout, page and error page (the kit import()s those for "/").
 */
const FIRST_LOAD_ROOT = /\/(@sveltejs\/kit\/src\/runtime\/client\/client-entry\.js|src\/routes\/\+(layout|page|error)\.svelte)$/;

/**
 * What the kit's start chunk may import: the page's payload and Vite's preload helper, in a tiny
 * "boot" chunk of their own. The start chunk runs before the kit has set the payload, and some kit
 * modules read it when they are evaluated (`$app/env`'s `version`). When the start chunk imported
 * "common" (the payload used to land there), all of common ran that early: the version was
 * undefined, every error page's version check said "a new version is out", and the page reloaded
 * itself forever (a path with no screen never showed the Not found page).
 */
const BOOT = /(\/@sveltejs\/kit\/src\/runtime\/client\/payload\.js|vite\/preload-helper(\.js)?)$/;

/**
 * True when a first visit loads `id`: some chain of static imports leads to it from a first-load
 * root. Modules only reached through import() (the picking screen, sync, sign-in, browse,
 * sharing…) are not, even when several of those lazy pieces share them.
 */
function loadedFirst(id: string, graph: ModuleGraph): boolean {
	const seen = new Set<string>();
	const queue = [id];
	while (queue.length > 0) {
		const current = queue.pop()!;
		if (seen.has(current)) continue;
		seen.add(current);
		const info = graph.getModuleInfo(current);
		if (!info) continue;
		if (FIRST_LOAD_ROOT.test(current) || (info.isEntry && !/\/nodes\/\d+\.js$/.test(current))) return true;
		queue.push(...info.importers);
	}
	return false;
}

/*
 * Service worker glue (STACK.md "Service worker"). @vite-pwa/sveltekit supports kit <= 2 only, so
 * vite-plugin-pwa runs on its own, and kit 3 builds every environment inside one `buildApp`:
 * the plugin's own closeBundle would write sw.js before adapter-static has written build/ (and
 * wiped it). So:
 *  - vite-plugin-pwa still emits manifest.webmanifest into the client output (adapter copies it);
 *  - its closeBundle and transformIndexHtml hooks are removed (we register the worker ourselves
 *    through virtual:pwa-register, so nothing needs to go into the HTML);
 *  - pwaAfterAdapter() runs after the adapter (buildApp, order "post", placed after sveltekit())
 *    and asks vite-plugin-pwa's API to generate build/sw.js from what is really in build/,
 *    so the precache lists the SPA shell index.html that only the adapter writes.
 */
function pwa(): Plugin[] {
	return VitePWA({
		registerType: 'prompt',
		injectRegister: null,
		outDir,
		base: scope,
		scope,
		manifestFilename: 'manifest.webmanifest',
		// globPatterns below already precache the icons and the favicon: listing them again (includeAssets,
		// the manifest's icons) only wrote each twice into sw.js.
		includeAssets: [],
		includeManifestIcons: false,
		manifest: {
			id: scope,
			name: 'PlexPicker',
			short_name: 'PlexPicker',
			description:
				'What do we watch tonight? Picks a random movie or episode from your Plex libraries, even offline.',
			start_url: scope,
			scope,
			display: 'standalone',
			orientation: 'portrait',
			background_color: '#101114',
			theme_color: '#101114',
			categories: ['entertainment', 'utilities'],
			icons: [
				{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
				{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
				{ src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
				{ src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
			],
			screenshots: [
				{ src: 'screenshots/phone.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'A movie picked from the demo library on a phone' },
				{ src: 'screenshots/desktop.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'PlexPicker on a desktop in dark mode' }
			]
		},
		workbox: {
			globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
			// Store screenshots are for the install dialog only: not worth precaching.
			globIgnores: ['screenshots/**'],
			navigateFallback: `${scope}index.html`,
			// The worker serves the app shell only. It has no runtime caching at all, so requests to
			// plex.tv or any Plex server always go straight to the network.
			runtimeCaching: [],
			cleanupOutdatedCaches: true,
			// The first worker takes the open page at once (so it works offline from the first visit);
			// later versions wait for the person to press "Update" (skipWaiting stays off).
			clientsClaim: true,
			skipWaiting: false
		},
		devOptions: { enabled: false }
	}).map((plugin) =>
		plugin.name.startsWith('vite-plugin-pwa:')
			? { ...plugin, closeBundle: undefined, transformIndexHtml: undefined }
			: plugin
	);
}

/**
 * SvelteKit's client imports `devalue` (4 KB gzip, the largest part of the first visit's JavaScript
 * that PlexPicker never needs whole): in the browser build only, it gets src/lib/kit/devalue.ts,
 * the part a page with no server uses (plain history state), in devalue's own format. The server
 * side of the build (which writes the HTML shell) keeps the real one.
 */
function devalueSubset(): Plugin {
	const subset = new URL('./src/lib/kit/devalue.ts', import.meta.url).pathname;
	return {
		name: 'plexpicker:devalue-subset',
		apply: 'build',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source !== 'devalue' || this.environment.name !== 'client' || !importer?.includes('/@sveltejs/kit/')) return null;
			return subset;
		}
	};
}

function pwaAfterAdapter(): Plugin {
	let api: { generateSW(): Promise<unknown> } | undefined;
	return {
		name: 'plexpicker:pwa-after-adapter',
		apply: 'build',
		configResolved(config) {
			api = config.plugins.find((p) => p.name === 'vite-plugin-pwa')?.api as typeof api;
		},
		buildApp: {
			order: 'post',
			async handler() {
				if (!api) throw new Error('vite-plugin-pwa is missing: cannot write the service worker');
				await api.generateSW();
			}
		}
	};
}

export default defineConfig({
	define: {
		__APP_VERSION__: JSON.stringify(pkg.version),
		__BUILD_ID__: JSON.stringify(buildId)
	},
	environments: {
		client: {
			build: {
				rolldownOptions: {
					output: {
						/*
						 * Modules used by more than one chunk go into two shared chunks instead of dozens of tiny
						 * ones: "common" with what a first visit runs anyway, "lazy" with what only the pieces
						 * loaded later share. A first visit then fetches 8 scripts instead of 25 (fewer round
						 * trips on a phone network, and gzip compresses one file better than many), and none of
						 * them carries code for screens it has not opened.
						 */
						codeSplitting: { groups: [{ debugName: 'boot', name: (id) => (BOOT.test(id) ? 'boot' : null), priority: 2 }, { debugName: 'common-or-lazy', name: (id, graph) => (loadedFirst(id, graph) ? 'common' : 'lazy'), minShareCount: 2 }] }
					}
				}
			}
		}
	},
	plugins: [
		devalueSubset(),
		sveltekit({
			adapter: adapter({ pages: outDir, assets: outDir, fallback: 'index.html', strict: true }),
			paths: { base, relative: false },
			// The stylesheet is small: inline it into the HTML shell instead of a render-blocking request.
			inlineStyleThreshold: 20_000,
			// Content-Security-Policy as a <meta> in the HTML shell (static hosts may not send headers).
			// 'hash' mode: SvelteKit hashes its one inline bootstrap script; nothing else inline runs.
			csp: { mode: 'hash', directives: cspDirectives() },
			// The service worker comes from vite-plugin-pwa (below), not from src/service-worker.
			serviceWorker: { register: false },
			version: { name: buildId, pollInterval: 0 }
		}),
		...pwa(),
		pwaAfterAdapter()
	],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					setupFiles: ['tests/setup/unit.ts']
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/setup/component.ts']
				}
			},
			{
				// Faults and hostile input (README "Robustness"): `npm run test:robustness` counts them.
				extends: true,
				test: {
					name: 'robustness',
					environment: 'node',
					include: ['tests/robustness/**/*.test.ts'],
					setupFiles: ['tests/setup/unit.ts']
				}
			}
		]
	}
});
