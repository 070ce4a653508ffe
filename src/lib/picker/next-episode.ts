/**
 * "Next episode": the first unwatched episode of a show in season/episode order, the way people
 * watch a serial (docs/plex-api.md, "TV: next episode and specials"). Plex numbers seasons by `parentIndex` and episodes by
 * `index`; season 0 is Plex's "Specials" (python-plexapi PR #339), which sit outside the story,
 * so they come after every regular season. Pure: the episodes come in, a choice goes out.
 */
import { isWatched, type LibraryItem } from '../library/types.ts';
import { t } from '../i18n/i18n.ts';

/** Where a season sorts: regular seasons by number, then Specials (season 0), then episodes with no season. */
function seasonRank(season: number | undefined): number {
	if (season === undefined) return Number.MAX_SAFE_INTEGER;
	return season === 0 ? Number.MAX_SAFE_INTEGER - 1 : season;
}

/** Season/episode order, Specials last; ties (missing numbers) by title, then ratingKey, so the order is stable. */
export function compareEpisodes(a: LibraryItem, b: LibraryItem): number {
	return (
		seasonRank(a.season) - seasonRank(b.season) ||
		(a.episode ?? Number.MAX_SAFE_INTEGER) - (b.episode ?? Number.MAX_SAFE_INTEGER) ||
		a.title.localeCompare(b.title) ||
		a.ratingKey.localeCompare(b.ratingKey)
	);
}

/** The episodes in watching order (a new array; Plex's own /allLeaves order is not relied on). */
export function inWatchingOrder(episodes: readonly LibraryItem[]): LibraryItem[] {
	return episodes.filter((e) => e.type === 'episode').sort(compareEpisodes);
}

export interface NextEpisode {
	episode: LibraryItem;
	/** Every episode is watched: this one starts the show over. */
	rewatch: boolean;
}

/**
 * The first unwatched episode in watching order; with `after`, the first unwatched one after
 * that episode (wrapping round to the start), so "Another episode" moves on. A show whose every
 * episode is watched starts over at its first episode (after `after`, the one following it).
 */
export function nextEpisode(episodes: readonly LibraryItem[], after?: string): NextEpisode | undefined {
	const ordered = inWatchingOrder(episodes);
	if (ordered.length === 0) return undefined;
	const start = after === undefined ? 0 : ordered.findIndex((e) => e.ratingKey === after) + 1;
	const rotated = [...ordered.slice(start), ...ordered.slice(0, start)];
	const unwatched = rotated.find((e) => !isWatched(e) && e.ratingKey !== after);
	if (unwatched) return { episode: unwatched, rewatch: false };
	const again = rotated.find((e) => e.ratingKey !== after) ?? (rotated[0] as LibraryItem);
	return { episode: again, rewatch: isWatched(again) };
}

/** "S2 · E5" (Specials: "Specials · E1"), or '' without numbers; the letters in the app's language. */
export function episodeCode(e: LibraryItem): string {
	const season = e.season === undefined ? '' : e.season === 0 ? t('picker_specials') : t('picker_code_season', { season: String(e.season) });
	return [season, e.episode !== undefined ? t('picker_code_episode', { episode: String(e.episode) }) : ''].filter(Boolean).join(' · ');
}
