import { toLibraryItem } from '../library/normalize.ts';
import { libraryId, type LibraryRecord } from '../library/types.ts';
import { DEMO_SECTION_KEY, DEMO_SERVER_ID, generateDemoMovies } from './generate.ts';

/** The demo library as a cache record: Plex-shaped items through the same normaliser as real ones. */
export function buildDemoLibrary(syncedAt: number): LibraryRecord {
	const ref = { serverId: DEMO_SERVER_ID, sectionKey: DEMO_SECTION_KEY };
	const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
	const items = generateDemoMovies()
		.map(toLibraryItem)
		.sort((a, b) => collator.compare(a.title, b.title));
	return {
		meta: {
			...ref,
			id: libraryId(ref),
			source: 'demo',
			serverName: 'Demo',
			title: 'Demo Movies',
			type: 'movie',
			itemCount: items.length,
			syncedAt
		},
		items
	};
}
