/**
 * Picking benchmark (issue 8): filtering plus one pick over 20,000 cached items.
 *   cold = the first filter+pick in a fresh process (JIT cold, nothing cached), as right after the
 *          app starts and reads the library from IndexedDB; median of 5 fresh processes.
 *   warm = median of 200 filter+pick runs after 50 warm-up runs, as when someone changes a filter
 *          or taps "Pick again".
 * Filters: Genre Drama, Unwatched only, Max runtime 120, Content rating up to PG-13, Min rating 6,
 * plus a second warm figure with "search within" on top. Each figure also as a share of one
 * 60 Hz frame (16.7 ms). Run: node bench/pick.ts (or `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { applyFilters, NO_FILTERS, type Filters } from '../src/lib/picker/filters.ts';
import { cryptoRng, pickOne } from '../src/lib/picker/pick.ts';
import { toLibraryItem } from '../src/lib/library/normalize.ts';
import type { LibraryItem } from '../src/lib/library/types.ts';
import type { PlexMetadata } from '../src/lib/plex/types.ts';
import { generateMovies } from '../tests/fake-plex/generate.ts';

const SIZE = 20_000;
const FRAME_MS = 1000 / 60;
const FILTERS: Filters = { ...structuredClone(NO_FILTERS), genres: ['Drama'], unwatchedOnly: true, maxRuntime: 120, contentRating: 'PG-13', minRating: 6 };
const SEARCH: Filters = { ...FILTERS, search: 'the' };

function library(): LibraryItem[] {
	const generated = generateMovies({ count: SIZE, seed: 7 });
	const all = generated.items as unknown as PlexMetadata[];
	// as read back from IndexedDB: a structured clone, no shared objects with the generator
	return structuredClone(all.map(toLibraryItem));
}

function once(items: LibraryItem[], filters: Filters): number {
	const t0 = performance.now();
	const matching = applyFilters(items, filters, { now: Date.now() });
	const choice = pickOne(matching, cryptoRng, []);
	const ms = performance.now() - t0;
	if (!choice) throw new Error('bench: nothing matched; the filters are wrong');
	return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number) => Math.round(x * 100) / 100;
const share = (ms: number) => Math.round((ms / FRAME_MS) * 100);

if (process.argv[2] === '--cold') {
	const items = library();
	console.log(JSON.stringify({ ms: once(items, FILTERS), items: items.length }));
} else {
	const colds: number[] = [];
	for (let i = 0; i < 5; i++) {
		const child = spawnSync(process.execPath, [import.meta.filename, '--cold'], { encoding: 'utf8' });
		if (child.status !== 0) throw new Error(child.stderr);
		colds.push(JSON.parse(child.stdout.trim().split('\n').pop()!).ms);
	}
	const items = library();
	const matching = applyFilters(items, FILTERS, { now: Date.now() }).length;
	for (let i = 0; i < 50; i++) once(items, FILTERS);
	const warm = median(Array.from({ length: 200 }, () => once(items, FILTERS)));
	for (let i = 0; i < 20; i++) once(items, SEARCH);
	const warmSearch = median(Array.from({ length: 100 }, () => once(items, SEARCH)));
	const cold = median(colds);
	console.log(`pick bench: ${items.length} items, ${matching} match the filters; cold runs ${colds.map(round).join(', ')} ms`);
	console.log(`bench: pick-warm-ms = ${round(warm)} ms (target < 16.7)`);
	console.log(`bench: pick-warm-frame-share = ${share(warm)} %`);
	console.log(`bench: pick-cold-ms = ${round(cold)} ms`);
	console.log(`bench: pick-cold-frame-share = ${share(cold)} %`);
	console.log(`bench: pick-warm-search-ms = ${round(warmSearch)} ms (target < 16.7)`);
	if (warm >= FRAME_MS) process.exitCode = 1;
}
