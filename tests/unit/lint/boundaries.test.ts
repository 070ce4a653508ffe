import { ESLint } from 'eslint';
import svelte from 'eslint-plugin-svelte';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { boundaries } from '../../../eslint.config.js';

/*
 * The layer boundaries of eslint.config.js, run through ESLint's Node API on small sources placed
 * (virtually) where they would break a boundary: each rule must name the break.
 */
const eslint = new ESLint({
	cwd: process.cwd(),
	overrideConfigFile: true,
	overrideConfig: [
		{ ...ts.configs.base, files: ['**/*.ts', '**/*.svelte'] },
		...svelte.configs.base,
		{ files: ['**/*.svelte'], languageOptions: { parserOptions: { parser: ts.parser } } },
		...boundaries
	]
});

async function messages(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries (npm run lint)', () => {
	it('a component may not fetch', async () => {
		expect(await messages('src/lib/ui/Bad.svelte', `<script lang="ts">\n\tconst r = fetch('/x');\n</script>\n`)).toEqual([
			expect.stringMatching(/^no-restricted-globals: .*Only plex\/client\.ts calls fetch/)
		]);
		expect(await messages('src/lib/ui/Bad.svelte', `<script lang="ts">\n\tvoid window.fetch('/x');\n</script>\n`)).toEqual([
			expect.stringMatching(/^no-restricted-properties: .*Only plex\/client\.ts calls fetch/)
		]);
		expect(await messages('src/lib/ui/Bad.svelte', `<script lang="ts">\n\timport { PlexClient } from '../plex/client.ts';\n\tvoid PlexClient;\n</script>\n`)).toEqual([
			expect.stringMatching(/no-restricted-imports: .*Components do no fetch/)
		]);
	});

	it('a component may not use IndexedDB, directly or through a store', async () => {
		expect(await messages('src/lib/ui/Bad.svelte', `<script lang="ts">\n\timport { get } from 'idb-keyval';\n\tvoid get;\n</script>\n`)).toEqual([
			expect.stringMatching(/no-restricted-imports: .*Components do no IndexedDB/)
		]);
		expect(await messages('src/lib/ui/Bad.svelte', `<script lang="ts">\n\timport { LibraryCache } from '../cache/library-cache.ts';\n\tvoid LibraryCache;\n</script>\n`)).toEqual([
			expect.stringMatching(/no-restricted-imports: .*Components do no IndexedDB/)
		]);
		expect(await messages('src/lib/ui/Bad.svelte', `<script lang="ts">\n\tvoid indexedDB.open('x');\n</script>\n`)).toEqual([
			expect.stringMatching(/^no-restricted-globals: .*cache\/idb\.ts/)
		]);
	});

	it('plex/ (and every lower layer) may not import state/', async () => {
		for (const layer of ['plex', 'connection', 'sync', 'cache', 'picker', 'library']) {
			expect(await messages(`src/lib/${layer}/bad.ts`, `import type { LibraryState } from '../state/library.svelte.ts';\nexport type X = LibraryState;\n`)).toEqual([
				expect.stringMatching(/no-restricted-imports: .*Lower layers do not import state\//)
			]);
		}
	});

	it('only plex/client.ts calls fetch', async () => {
		expect(await messages('src/lib/sync/bad.ts', `export const get = () => fetch('/x');\n`)).toEqual([expect.stringMatching(/^no-restricted-globals: .*Only plex\/client\.ts/)]);
		expect(await messages('src/lib/plex/client.ts', `export const get = () => fetch('/x');\n`)).toEqual([]);
	});

	it('the same code where the layers allow it is fine', async () => {
		expect(await messages('src/lib/state/ok.svelte.ts', `import { LibraryCache } from '../cache/library-cache.ts';\nexport const c = new LibraryCache();\n`)).toEqual([]);
		expect(await messages('src/lib/ui/Ok.svelte', `<script lang="ts">\n\timport { formatRuntime } from './format.ts';\n\tvoid formatRuntime;\n</script>\n`)).toEqual([]);
	});
});
