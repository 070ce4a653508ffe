/**
 * The app's own model of a library, as kept in IndexedDB and read by the picker.
 * Only the fields the app needs are kept (a 20,000 item library must stay small).
 */

export type ItemType = 'movie' | 'show' | 'episode';

export interface LibraryItem {
	ratingKey: string;
	/**
	 * Plex's own id of the title (`plex://movie/…`, `plex://show/…`), kept only in that form: it is
	 * what the Watchlist names titles by (docs/plex-api.md §14). Titles matched by Plex's older
	 * agents (`com.plexapp.agents.imdb://…`) have none here and cannot be matched.
	 */
	guid?: string;
	type: ItemType;
	title: string;
	year?: number;
	summary?: string;
	genres: string[];
	directors: string[];
	/** The first few cast members only. */
	cast: string[];
	contentRating?: string;
	/** Runtime in minutes (Plex sends milliseconds). */
	runtimeMin?: number;
	/** Critic rating, 0–10. */
	rating?: number;
	/** Audience rating, 0–10. */
	audienceRating?: number;
	/** Path on the server (or a `demo:` poster description for the demo library). */
	thumb?: string;
	/** Unix seconds. */
	addedAt?: number;
	updatedAt?: number;
	viewCount: number;
	lastViewedAt?: number;
	/** Demo library only: nothing shows it, so a sync does not keep it from Plex. */
	originallyAvailableAt?: string;
	/** Shows only: episode counts. */
	leafCount?: number;
	viewedLeafCount?: number;
	/** Episodes only: season and episode numbers, and the show's title. */
	season?: number;
	episode?: number;
	show?: string;
}

export type LibrarySource = 'demo' | 'plex';

/** Identifies one library of one server; the demo library uses serverId "demo". */
export interface LibraryRef {
	serverId: string;
	sectionKey: string;
}

/** What a sync learned about the library, for the next cheap re-sync. */
export interface SyncSignals {
	/** Unix ms of the last complete (not incremental) copy. */
	fullSyncedAt: number;
	totalSize: number;
	/** Newest updatedAt/addedAt (server seconds) among the items. */
	maxUpdatedAt: number;
	/** Newest lastViewedAt (server seconds) among the items. */
	maxLastViewedAt: number;
	/** How many items Plex's unwatched filter lists (shows: with an episode left), kept so a re-sync need not count. */
	unwatched?: number;
	/**
	 * The title a re-sync's "changed or watched since" group must list through its "watched" half
	 * only: the last watched (lastViewedAt) of the titles updated before maxUpdatedAt. The re-sync
	 * asks for views from its lastViewedAt on, so a server that ANDs the two halves instead of ORing
	 * them leaves it out, and is then asked each half alone (src/lib/sync/library-sync.ts,
	 * docs/plex-api.md §8). Absent when no title fits (nothing watched yet).
	 */
	witness?: { ratingKey: string; lastViewedAt: number };
	contentChangedAt?: number;
	/**
	 * The copy keeps each title's plex:// guid (made by a sync that knows about them). A copy saved
	 * before has no guids: its next re-sync is a full one, so "Sync now" makes it match the Watchlist.
	 */
	guids?: boolean;
}

export interface LibraryMeta extends LibraryRef {
	/** `${serverId}:${sectionKey}`. */
	id: string;
	source: LibrarySource;
	serverName: string;
	title: string;
	type: 'movie' | 'show';
	itemCount: number;
	/** Unix milliseconds of the last completed sync. */
	syncedAt: number;
	/** Plex libraries only. */
	sync?: SyncSignals;
	/**
	 * Whose watch state the copy carries (Plex Home: each member has their own, docs/plex-api.md §15).
	 * Absent on copies synced before PlexPicker knew Plex Home: those carry the signed-in account's.
	 */
	watchedBy?: Watcher;
}

/** A Plex user whose watch state a server answered: the account or a Plex Home member. */
export interface Watcher {
	id: number;
	name: string;
}

/** Whose watch state the servers answer: the Plex Home member chosen, else the signed-in account. */
export function watcherOf(account: { id: number; username: string }, member: { id: number; title: string } | null): Watcher & { account: boolean } {
	return member ? { id: member.id, name: member.title, account: false } : { id: account.id, name: account.username, account: true };
}

/**
 * Does a saved copy carry this person's watch state (Plex Home, docs/plex-api.md §15)? A copy from
 * before Plex Home was known carries the signed-in account's.
 */
export function watchedByThisPerson(meta: LibraryMeta, watcher: (Watcher & { account: boolean }) | undefined): boolean {
	if (!watcher || meta.source !== 'plex') return true;
	return meta.watchedBy ? meta.watchedBy.id === watcher.id : watcher.account;
}

export interface LibraryRecord {
	meta: LibraryMeta;
	items: LibraryItem[];
}

export function libraryId(ref: LibraryRef): string {
	return `${ref.serverId}:${ref.sectionKey}`;
}

/** True when the item counts as watched for the signed-in user. */
export function isWatched(item: LibraryItem): boolean {
	if (item.type === 'show' && item.leafCount !== undefined) {
		return item.leafCount > 0 && (item.viewedLeafCount ?? 0) >= item.leafCount;
	}
	return item.viewCount > 0;
}
