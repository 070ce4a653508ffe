/**
 * What the picking screen says about the Watchlist source, in one place, in the app's language.
 */
import type { AppError } from '../errors.ts';
import { t } from '../i18n/i18n.ts';
import { and, dateTime } from '../i18n/intl.ts';
import type { WatchlistCounts } from './watchlist.ts';

/** "12 of 20 Watchlist titles are on Okafor Vault · 3 on Dad's Plex · 5 not on any of your servers." */
export function watchlistSummary(counts: WatchlistCounts, serverName: string, member?: string): string {
	if (counts.total === 0 && member) {
		// Managed Home users have no Discover and no Watchlist in Plex unless it is turned on for them (docs/plex-api.md §14).
		return t('picker_watchlist_empty_member', { member });
	}
	if (counts.total === 0) return t('picker_watchlist_empty');
	// `count` (how many are here) agrees with the verb; a Watchlist of one title has its own words.
	const here = { count: counts.here, total: counts.total, server: serverName };
	const ofOne = counts.total === 1;
	const parts = [
		member
			? t(ofOne ? 'picker_watchlist_here_member_of_one' : 'picker_watchlist_here_member', { ...here, member })
			: t(ofOne ? 'picker_watchlist_here_of_one' : 'picker_watchlist_here', here)
	];
	for (const other of counts.elsewhere) parts.push(t('picker_watchlist_elsewhere', { count: other.count, server: other.serverName }));
	parts.push(t('picker_watchlist_nowhere', { count: counts.nowhere }));
	return t('picker_watchlist_summary', { parts: parts.join(' · ') });
}

/** Notes under the summary: copies that cannot match yet, titles that never can. */
export function watchlistCaveats(counts: WatchlistCounts): string[] {
	const notes: string[] = [];
	if (counts.stale.length > 0) {
		const libraries = and(counts.stale.map((m) => t('picker_library_on_server', { library: m.title, server: m.serverName })));
		notes.push(t('picker_watchlist_stale', { count: counts.stale.length, libraries }));
	}
	if (counts.unmatchable > 0) notes.push(t('picker_watchlist_unmatchable', { count: counts.unmatchable }));
	notes.push(t('picker_watchlist_counted'));
	return notes;
}

/** Why the Watchlist could not be read now (the kind decides the words), and what still works. */
export function watchlistProblem(error: AppError | 'signed-out', saved: number | undefined): string {
	const why =
		error === 'signed-out'
			? t('picker_watchlist_signed_out')
			: error.kind === 'cors-refused'
				? t('picker_watchlist_cors')
				: error.kind === 'unauthorized'
					? t('picker_watchlist_unauthorized')
					: error.kind === 'offline'
						? t('picker_watchlist_offline')
						: t('picker_watchlist_down');
	const still = saved !== undefined ? t('picker_watchlist_still_saved', { when: dateTime(saved) }) : t('picker_watchlist_still_libraries');
	return t('picker_watchlist_problem', { why, still });
}

/** Said with a Watchlist read from this device: when it was fetched. */
export function watchlistSavedAt(fetchedAt: number): string {
	return t('picker_watchlist_saved_at', { when: dateTime(fetchedAt) });
}
