import { isWatched, type LibraryItem, type LibraryMeta } from '../library/types.ts';
import { applyFilters, cardNotes } from '../picker/filters.ts';
import { bestToRelax } from '../picker/facets.ts';
import { episodeTitle, type EpisodePick } from '../picker/episode.ts';
import { nextEpisode } from '../picker/next-episode.ts';
import type { EpisodeMode } from '../picker/tv-prefs.ts';
import { pickOne, randomIndex, type Rng } from '../picker/pick.ts';
import { titleKey } from '../picks/model.ts';
import type { OnDemand } from '../picks/on-demand.ts';
import type { FilterState } from './filters.svelte.ts';
import type { LibraryState } from './library.svelte.ts';
import type { ListState } from './lists.svelte.ts';
import type { PicksState } from './picks.svelte.ts';
import { PerOpen } from './per-open.svelte.ts';
import { t } from '../i18n/i18n.ts';

/** How many recent picks are held back before anything repeats. */
export const NO_REPEAT_WINDOW = 20;

/** The clock picking reads: `now` (ms) may be reactive, so time-of-day filters follow it. */
export interface Clock {
	readonly now: number;
}

export interface PickSessionDeps {
	library: LibraryState;
	filters: FilterState;
	lists: ListState;
	rng: Rng;
	clock: Clock;
	/** Exclusions and history; without it nothing is excluded or recorded. */
	picks?: PicksState;
	/** Episodes, fetched when a show is picked. */
	onDemand?: OnDemand;
	/** "Next episode" or "Any episode" for a show (by its title key); any without it. */
	episodeMode?: (show: string) => EpisodeMode;
}

interface Session {
	pick: { item: LibraryItem; meta: LibraryMeta } | null;
	episode: EpisodePick | null;
	/** Title keys of recent picks, newest first. */
	recent: string[];
}

const blank = (): Session => ({ pick: null, episode: null, recent: [] });

/** The current pick (and for TV, its episode), the recent picks, and hiding a pick. */
export class PickSession {
	readonly #d: PickSessionDeps;
	readonly #s: PerOpen<Session>;

	/** The titles picks come from: the library or the chosen list, without excluded titles. */
	readonly pool = $derived.by(() => {
		const { lists, picks, library } = this.#d;
		const excluded = picks?.excluded;
		const keys = lists.keys;
		if (lists.source && !keys) return [];
		if (!keys && (!excluded || excluded.size === 0)) return lists.items;
		return lists.items.filter((item) => (!keys || keys.has(item.ratingKey)) && !excluded?.has(titleKey(library.metaOf(item).serverId, item.ratingKey)));
	});
	readonly matching = $derived.by(() => applyFilters(this.pool, this.#d.filters.filters, { now: this.#d.clock.now }));

	/**
	 * The picked title. After a sync replaced its library, the same title in the new copy (or none,
	 * when it is gone).
	 */
	readonly current = $derived.by((): LibraryItem | null => {
		const pick = this.#s.current.pick;
		if (!pick) return null;
		const record = this.#d.library.records.find((r) => r.meta.id === pick.meta.id);
		if (!record) return null;
		return record.items.includes(pick.item) ? pick.item : (record.items.find((i) => i.ratingKey === pick.item.ratingKey) ?? null);
	});
	/** The library the current pick came from. */
	readonly currentMeta = $derived.by(() => this.current ? (this.#s.current.pick?.meta ?? null) : null);
	readonly episode = $derived.by(() => this.current ? this.#s.current.episode : null);
	/** With no matches: the one filter whose removal helps most. */
	readonly relax = $derived.by(() => this.matching.length === 0 ? bestToRelax(this.pool, this.#d.filters.filters, { now: this.#d.clock.now }) : undefined);
	/** What the active filters say about the pick on its card (e.g. "Ends at 22:47"). */
	readonly notes = $derived.by(() => {
		const item = this.current;
		if (!item) return [];
		const episode = this.episode?.status === 'ready' ? this.episode.episode : undefined;
		return cardNotes({ item, episode }, this.#d.filters.filters, { now: this.#d.clock.now });
	});
	/** Where the current pick came from, in words. */
	readonly sourceLabel = $derived.by(() => this.currentMeta ? this.#d.lists.labelOf(this.currentMeta) : '');

	constructor(deps: PickSessionDeps) {
		this.#d = deps;
		this.#s = new PerOpen(() => deps.library.opened, blank);
	}

	get recent(): readonly string[] {
		return this.#s.current.recent;
	}

	#keyOf = (item: LibraryItem) => titleKey(this.#d.library.metaOf(item).serverId, item.ratingKey);

	/** Picks a title from the matching ones (and for TV, then an episode of it). */
	pick(): LibraryItem | undefined {
		if (!this.#d.library.meta) return undefined;
		this.#d.picks?.refresh();
		const choice = pickOne(this.matching, this.#d.rng, this.recent, this.#keyOf);
		if (!choice) return undefined;
		const meta = this.#d.library.metaOf(choice);
		const key = this.#keyOf(choice);
		this.#s.update({ pick: { item: choice, meta }, episode: null, recent: [key, ...this.recent.filter((k) => k !== key)].slice(0, NO_REPEAT_WINDOW) });
		if (choice.type === 'show') void this.#pickEpisode(meta, choice);
		else void this.#d.picks?.record({ key, title: choice.title, year: choice.year, source: this.sourceLabel, at: this.#d.clock.now });
		return choice;
	}

	/**
	 * Makes a title chosen elsewhere (the result of "Decide together") the pick, as if it had been
	 * picked here: it joins the recent picks, and a show then gets its episode (Next or Any, as
	 * chosen for that show). Movies are recorded by whoever chose them.
	 */
	present(item: LibraryItem, meta: LibraryMeta): void {
		const key = titleKey(meta.serverId, item.ratingKey);
		this.#s.update({ pick: { item, meta }, episode: null, recent: [key, ...this.recent.filter((k) => k !== key)].slice(0, NO_REPEAT_WINDOW) });
		if (item.type === 'show') void this.#pickEpisode(meta, item);
	}

	/**
	 * Another episode of the same show. With "Next episode", the next unwatched one after the one
	 * shown (`restart`: from the beginning again, as when the choice was just changed).
	 */
	async pickEpisodeAgain(restart = false): Promise<void> {
		const shown = this.episode?.status === 'ready' && !restart ? this.episode.episode.ratingKey : undefined;
		if (this.currentMeta && this.current?.type === 'show') await this.#pickEpisode(this.currentMeta, this.current, shown);
	}

	/**
	 * Shows an episode chosen elsewhere (the shuffle across shows) as the pick: its show is the
	 * card's title, the episode is ready, and both go into the recent picks and the history.
	 */
	presentEpisode(meta: LibraryMeta, show: LibraryItem, episode: LibraryItem, saved: boolean): void {
		const key = titleKey(meta.serverId, show.ratingKey);
		this.#s.update({
			pick: { item: show, meta },
			episode: { status: 'ready', episode, rewatch: false, saved, shuffled: true },
			recent: [key, ...this.recent.filter((k) => k !== key)].slice(0, NO_REPEAT_WINDOW)
		});
		this.#record(meta, show, episode);
	}

	#record(meta: LibraryMeta, show: LibraryItem, episode: LibraryItem): void {
		void this.#d.picks?.record({
			key: titleKey(meta.serverId, episode.ratingKey),
			title: episodeTitle(episode),
			show: show.title,
			year: episode.year,
			source: this.sourceLabel,
			at: this.#d.clock.now
		});
	}

	async #pickEpisode(meta: LibraryMeta, show: LibraryItem, after?: string): Promise<void> {
		const onDemand = this.#d.onDemand;
		if (!onDemand) {
			this.#s.update({ episode: { status: 'error', message: t('picker_episodes_unavailable') } });
			return;
		}
		this.#s.update({ episode: { status: 'loading' } });
		const result = await onDemand.episodes(meta, show);
		if (this.current?.ratingKey !== show.ratingKey || this.currentMeta?.id !== meta.id) return; // picked again meanwhile
		if (!result.ok) {
			this.#s.update({ episode: { status: 'error', message: result.error.message } });
			return;
		}
		const episodes = result.value.filter((e) => e.type === 'episode');
		if (this.#d.episodeMode?.(titleKey(meta.serverId, show.ratingKey)) === 'next') {
			const next = nextEpisode(episodes, after);
			if (next) {
				this.#s.update({ episode: { status: 'ready', episode: next.episode, rewatch: next.rewatch, saved: result.saved, next: !next.rewatch } });
				this.#record(meta, show, next.episode);
				return;
			}
		}
		const unwatched = episodes.filter((e) => !isWatched(e));
		const from = unwatched.length > 0 ? unwatched : episodes;
		if (from.length === 0) {
			this.#s.update({ episode: { status: 'error', message: t('picker_no_episodes', { show: show.title }) } });
			return;
		}
		const episode = from[randomIndex(from.length, this.#d.rng)] as LibraryItem;
		this.#s.update({ episode: { status: 'ready', episode, rewatch: unwatched.length === 0, saved: result.saved } });
		this.#record(meta, show, episode);
	}

	/** "Not tonight" / "Never suggest" for the current pick; the next pick comes from the rest. */
	async excludeCurrent(kind: 'not-tonight' | 'never'): Promise<void> {
		const picks = this.#d.picks;
		const item = this.current;
		const meta = this.currentMeta;
		if (!picks || !item || !meta) return;
		const entry = { key: titleKey(meta.serverId, item.ratingKey), title: item.title, year: item.year };
		await (kind === 'never' ? picks.never(entry) : picks.notTonight(entry));
		this.clear();
	}

	/** No current pick (the recent ones are still held back). */
	clear(): void {
		this.#s.update({ pick: null, episode: null });
	}
}
