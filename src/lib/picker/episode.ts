import type { LibraryItem } from '../library/types.ts';

/** For TV: the episode picked from the picked show, once its episodes are known. */
export type EpisodePick =
	| { status: 'loading' }
	| {
			status: 'ready';
			episode: LibraryItem;
			/** every episode was watched, so any was fair game */
			rewatch: boolean;
			saved: boolean;
			/** "Next episode": the first unwatched one in season order */
			next?: boolean;
			/** picked by the shuffle across shows */
			shuffled?: boolean;
	  }
	| { status: 'error'; message: string };

/** "S2 · E5 · Title" for an episode. */
export function episodeTitle(e: LibraryItem): string {
	const where = [e.season !== undefined ? `S${e.season}` : '', e.episode !== undefined ? `E${e.episode}` : ''].filter(Boolean).join(' · ');
	return where ? `${where} · ${e.title}` : e.title;
}
