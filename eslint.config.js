import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/*
 * Boundaries the README promises, kept by the linter (tests/unit/lint/boundaries.test.ts proves
 * each rule catches a break):
 *  - components (lib/ui) do no I/O: no fetch, no IndexedDB, no Plex client, no stores;
 *  - lower layers never import state/ (state is built on them, not the other way round);
 *  - only plex/client.ts calls fetch (plex/runtime.ts hands it the browser's fetch).
 */
const NO_STATE = { group: ['**/state/*', '#lib/state/*', '$lib/state/*'], message: 'Lower layers do not import state/: state is built on them (README "Layout").' };
const NO_IO_IN_UI = [
	{ group: ['idb-keyval', 'fake-indexeddb', '**/cache/*', '#lib/cache/*'], message: 'Components do no IndexedDB: take the data as props (README "Layout").' },
	{ group: ['**/plex/client.ts', '**/plex/runtime.ts', '#lib/plex/client.ts', '#lib/plex/runtime.ts'], message: 'Components do no fetch: a state class or route talks to Plex (README "Layout").' }
];
const FETCH = 'Only plex/client.ts calls fetch: go through PlexClient (README "Layout").';
const NO_FETCH_GLOBALS = [
	{ name: 'fetch', message: FETCH },
	{ name: 'XMLHttpRequest', message: FETCH },
	{ name: 'indexedDB', message: 'IndexedDB is opened through cache/idb.ts only.' }
];
const NO_FETCH_PROPERTIES = [
	{ object: 'window', property: 'fetch', message: FETCH },
	{ object: 'globalThis', property: 'fetch', message: FETCH },
	{ object: 'self', property: 'fetch', message: FETCH },
	{ object: 'window', property: 'indexedDB', message: 'IndexedDB is opened through cache/idb.ts only.' },
	{ object: 'globalThis', property: 'indexedDB', message: 'IndexedDB is opened through cache/idb.ts only.' }
];

/** @type {import('eslint').Linter.Config[]} */
export const boundaries = [
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/plex/client.ts', 'src/lib/plex/runtime.ts', 'src/lib/cache/idb.ts'],
		rules: { 'no-restricted-globals': ['error', ...NO_FETCH_GLOBALS], 'no-restricted-properties': ['error', ...NO_FETCH_PROPERTIES] }
	},
	{
		files: ['src/lib/ui/**'],
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: NO_IO_IN_UI }] }
	},
	{
		files: ['src/lib/{plex,connection,sync,cache,picker,library,auth,picks,demo,decide}/**'],
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [NO_STATE] }] }
	}
];

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/', 'tests/fake-plex/samples/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly', __BUILD_ID__: 'readonly' },
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			// Every promise is awaited or deliberately handled (`void` marks the deliberate ones).
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Plex text is data: never render it as HTML.
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser }
		}
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...ts.configs.disableTypeChecked
	},
	...boundaries
);
