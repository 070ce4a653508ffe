/**
 * What the picking screen says about the Watchlist source, in one place (English for now).
 */
import type { AppError } from '../errors.ts';
import type { WatchlistCounts } from './watchlist.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 of 20 Watchlist titles are on Okafor Vault · 3 on Dad's Plex · 5 not on any of your servers." */
export function watchlistSummary(counts: WatchlistCounts, serverName: string, member?: string): string {
	if (counts.total === 0 && member) {
		// Managed Home users have no Discover and no Watchlist in Plex unless it is turned on for them (docs/plex-api.md §14).
		return `${member}'s Plex Watchlist is empty. ${member} can add movies and shows to it in Plex (a managed Home user has a Watchlist only when the Home's admin turns on Discover for them), then choose Watchlist again.`;
	}
	if (counts.total === 0) return 'Your Plex Watchlist is empty. Add movies and shows to it in Plex, then choose Watchlist again.';
	const whose = member ? `${member}'s ` : '';
	const parts = [`${counts.here} of ${whose}${plural(counts.total, 'Watchlist title', 'Watchlist titles')} ${counts.here === 1 ? 'is' : 'are'} on ${serverName}`];
	for (const other of counts.elsewhere) parts.push(`${other.count} on ${other.serverName}`);
	parts.push(`${counts.nowhere} not on any of your servers`);
	return `${parts.join(' · ')}.`;
}

/** Notes under the summary: copies that cannot match yet, titles that never can. */
export function watchlistCaveats(counts: WatchlistCounts): string[] {
	const notes: string[] = [];
	if (counts.stale.length > 0) {
		const names = counts.stale.map((m) => `${m.title} (${m.serverName})`).join(', ');
		notes.push(`Sync again to match your Watchlist: ${names} ${counts.stale.length === 1 ? 'was' : 'were'} saved before PlexPicker kept the ids the Watchlist uses.`);
	}
	if (counts.unmatchable > 0) {
		notes.push(`${plural(counts.unmatchable, 'title', 'titles')} of this library ${counts.unmatchable === 1 ? 'was' : 'were'} matched by Plex's older agents and cannot be found on the Watchlist.`);
	}
	notes.push('Counted over the libraries saved on this device.');
	return notes;
}

function when(ms: number): string {
	return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Why the Watchlist could not be read now (the kind decides the words), and what still works. */
export function watchlistProblem(error: AppError | 'signed-out', saved: number | undefined): string {
	const why =
		error === 'signed-out'
			? 'Sign in with Plex to read your Watchlist.'
			: error.kind === 'cors-refused'
			? "Plex's Watchlist service (discover.provider.plex.tv) answered, but refused to let this site read your Watchlist (a cross-site “CORS” refusal). This is Plex's policy for apps outside plex.tv, not a problem with your network."
			: error.kind === 'unauthorized'
				? 'Plex did not accept your sign-in for the Watchlist (it may have expired). Sign out and sign in again to read it.'
				: error.kind === 'offline'
					? 'You are offline, so your Watchlist cannot be read from Plex now.'
					: "Plex's Watchlist service (discover.provider.plex.tv) could not be reached or is having trouble. Try again later.";
	const still =
		saved !== undefined
			? `Picking from your Watchlist as it was on ${when(saved)}; your saved libraries still work.`
			: 'Your saved libraries still work: choose “Whole library” under Source to pick from them.';
	return `${why} ${still}`;
}

/** Said with a Watchlist read from this device: when it was fetched. */
export function watchlistSavedAt(fetchedAt: number): string {
	return `Your Watchlist as saved on ${when(fetchedAt)}.`;
}
