import type { LibraryItem } from '../library/types.ts';
import { t } from '../i18n/i18n.ts';

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

/** "S2 · E5 · Title" for an episode (the letters in the app's language when it was picked: history keeps it). */
export function episodeTitle(e: LibraryItem): string {
	const where = [
		e.season !== undefined ? t('picker_code_season', { season: String(e.season) }) : '',
		e.episode !== undefined ? t('picker_code_episode', { episode: String(e.episode) }) : ''
	]
		.filter(Boolean)
		.join(' · ');
	return where ? `${where} · ${e.title}` : e.title;
}
