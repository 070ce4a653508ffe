/**
 * Shows with the watch states "Next episode" and the shuffle must handle (docs/plex-api.md, "TV: next episode and specials"):
 * one never watched, one half-watched with a gap (S1 watched, S2 E1–E4 watched, E5 not, E6
 * watched, E7 not), one with Specials (season 0, listed first by Plex), one fully watched.
 * Added to a TV section with `addWatchStateShows(world, machineIdentifier)`; their seasons and
 * episodes (/children, /allLeaves) follow the plans below (shows.ts).
 */
import { clone, samples, type MetadataItem } from './samples.ts';
import { planEpisodes, type SeasonPlan } from './shows.ts';
import type { World } from './world.ts';

const o = false;
const X = true;

export interface WatchStateShow {
	ratingKey: string;
	title: string;
	seasons: SeasonPlan[];
	/** What "Next episode" must give, as the card says it. */
	next: string;
}

export const WATCH_STATE_SHOWS: readonly WatchStateShow[] = [
	{ ratingKey: '7001', title: 'Harbour Lights', seasons: [{ index: 1, watched: [o, o] }, { index: 2, watched: [o, o] }], next: 'S1 · E1' },
	{
		ratingKey: '7002',
		title: 'The Long Gap',
		seasons: [{ index: 1, watched: [X, X, X] }, { index: 2, watched: [X, X, X, X, o, X, o] }],
		next: 'S2 · E5'
	},
	{ ratingKey: '7003', title: 'Night Ferry', seasons: [{ index: 0, watched: [o, X] }, { index: 1, watched: [X, o, o] }], next: 'S1 · E2' },
	{ ratingKey: '7004', title: 'Finished Business', seasons: [{ index: 1, watched: [X, X, X] }], next: 'S1 · E1' }
];

for (const show of WATCH_STATE_SHOWS) planEpisodes(show.ratingKey, show.seasons);

/** The shows as Plex lists them in a section's /all (counts that add up with their episodes). */
export function watchStateShowItems(): MetadataItem[] {
	const template = samples.showsAll.MediaContainer.Metadata[1] as MetadataItem;
	return WATCH_STATE_SHOWS.map((show, i) => {
		const leafCount = show.seasons.reduce((n, s) => n + s.watched.length, 0);
		const viewedLeafCount = show.seasons.reduce((n, s) => n + s.watched.filter(Boolean).length, 0);
		const stamp = 1795236000 + i;
		const item: MetadataItem = {
			...clone(template),
			ratingKey: show.ratingKey,
			key: `/library/metadata/${show.ratingKey}/children`,
			guid: `plex://show/fake${show.ratingKey}`,
			slug: show.title.toLowerCase().replaceAll(' ', '-'),
			title: show.title,
			summary: `${show.title}: a show the tests know the watch state of.`,
			thumb: `/library/metadata/${show.ratingKey}/thumb/${stamp}`,
			art: `/library/metadata/${show.ratingKey}/art/${stamp}`,
			theme: `/library/metadata/${show.ratingKey}/theme/${stamp}`,
			leafCount,
			viewedLeafCount,
			childCount: show.seasons.length,
			updatedAt: stamp
		};
		delete item.viewCount;
		delete item.lastViewedAt;
		if (viewedLeafCount > 0) {
			item.viewCount = viewedLeafCount;
			item.lastViewedAt = stamp + 100;
		}
		return item;
	});
}

/** Adds the watch-state shows to a server's TV section (default: section 2). */
export function addWatchStateShows(world: World, machineIdentifier: string, sectionKey = '2'): void {
	world.changeLibrary(machineIdentifier, sectionKey, (items) => [...items, ...watchStateShowItems()]);
}
