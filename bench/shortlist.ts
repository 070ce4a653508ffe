/**
 * "Decide together" benchmark (issue 18): drawing a shortlist of 10 titles over 20,000 cached items
 * with filters (the same filters as bench/pick.ts: Genre Drama, Unwatched only, Max runtime 120,
 * Content rating up to PG-13, Min rating 6), leaving out 10 titles vetoed earlier. This is what
 * "Start" and "New shortlist" do. Median of 200 draws after 50 warm-up draws, against one 60 Hz
 * frame (16.7 ms). Run: node bench/shortlist.ts (or `npm run bench`).
 */
import { drawShortlist } from '../src/lib/decide/round.ts';
import { applyFilters, NO_FILTERS, type Filters } from '../src/lib/picker/filters.ts';
import { cryptoRng } from '../src/lib/picker/pick.ts';
import { toLibraryItem } from '../src/lib/library/normalize.ts';
import type { LibraryItem } from '../src/lib/library/types.ts';
import type { PlexMetadata } from '../src/lib/plex/types.ts';
import { generateMovies } from '../tests/fake-plex/generate.ts';

const SIZE = 20_000;
const SHORTLIST = 10;
const FRAME_MS = 1000 / 60;
const FILTERS: Filters = { ...structuredClone(NO_FILTERS), genres: ['Drama'], unwatchedOnly: true, maxRuntime: 120, contentRating: 'PG-13', minRating: 6 };

const generated = generateMovies({ count: SIZE, seed: 7 });
// as read back from IndexedDB: a structured clone, no shared objects with the generator
const items: LibraryItem[] = structuredClone((generated.items as unknown as PlexMetadata[]).map(toLibraryItem));
const ctx = { now: Date.now() };
const matching = applyFilters(items, FILTERS, ctx);
const leaveOut = new Set(matching.slice(0, 10).map((i) => `demo:${i.ratingKey}`));
const keyOf = (item: LibraryItem) => `demo:${item.ratingKey}`;

function once(): number {
	const t0 = performance.now();
	const list = drawShortlist({ pool: items, filters: FILTERS, ctx, size: SHORTLIST, rng: cryptoRng, keyOf, leaveOut });
	const ms = performance.now() - t0;
	if (list.length !== SHORTLIST) throw new Error(`bench: drew ${list.length} titles, expected ${SHORTLIST}; the filters are wrong`);
	return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number) => Math.round(x * 100) / 100;

for (let i = 0; i < 50; i++) once();
const runs = Array.from({ length: 200 }, once);
const ms = median(runs);
console.log(`shortlist bench: ${items.length} items, ${matching.length} match the filters, shortlist of ${SHORTLIST}; spread ${round(Math.min(...runs))}–${round(Math.max(...runs))} ms`);
console.log(`bench: shortlist-ms = ${round(ms)} ms (target < 16.7)`);
if (ms >= FRAME_MS) process.exitCode = 1;
