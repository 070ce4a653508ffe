import type { LibraryItem, LibraryMeta } from '../library/types.ts';
import { shufflePick } from '../picker/shuffle.ts';
import type { Rng } from '../picker/pick.ts';
import { titleKey } from '../picks/model.ts';
import { t } from '../i18n/i18n.ts';
import type { OnDemand } from '../picks/on-demand.ts';
import type { TvPrefs } from './tv-prefs.svelte.ts';

/** A show that can be chosen for the shuffle, with the library it is in. */
export interface ShowRef {
	/** `server:ratingKey`, as kept in the chosen set. */
	key: string;
	item: LibraryItem;
	meta: LibraryMeta;
}

export interface ShuffleResult {
	show: ShowRef;
	episode: LibraryItem;
	/** From the copy saved on this device (the server was not asked). */
	saved: boolean;
}

export interface ShuffleDeps {
	prefs: TvPrefs;
	onDemand?: OnDemand;
	rng: Rng;
	/** Shows whose episodes are asked for at once (a big set must not flood the server). */
	concurrency?: number;
}

/**
 * "Shuffle across shows": loads the chosen shows' episodes on demand (a few at a time, with
 * progress; each is saved for offline use by OnDemand), then picks one with shufflePick and
 * keeps the round's used episodes in the account's TV choices, so a reload does not start over.
 * A show that cannot be loaded is named with the reason, and the others are still used.
 */
export class ShuffleState {
	/** While episodes load: how many of the shows are done. */
	progress = $state.raw<{ done: number; total: number } | null>(null);
	/** Shows whose episodes could not be loaded this time, with the reason. */
	failures = $state.raw<{ title: string; message: string }[]>([]);
	message = $state<string | null>(null);

	readonly #d: ShuffleDeps;
	/** Episodes loaded this visit, by show key: read only inside pick(), so nothing on screen follows it. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #loaded = new Map<string, { episodes: LibraryItem[]; saved: boolean }>();

	constructor(deps: ShuffleDeps) {
		this.#d = deps;
	}

	/** Picks an episode across `shows`; undefined (with `message`) when none can be picked. */
	async pick(shows: readonly ShowRef[]): Promise<ShuffleResult | undefined> {
		this.message = null;
		if (shows.length === 0) {
			this.message = t('together_shuffle_choose_one');
			return undefined;
		}
		await this.#load(shows);
		const ready = shows.filter((s) => this.#loaded.has(s.key));
		const prefs = this.#d.prefs;
		const choice = shufflePick(
			ready.map((s) => ({ show: s.key, episodes: this.#loaded.get(s.key)?.episodes ?? [] })),
			prefs.shuffle.used,
			prefs.shuffle.mode,
			this.#d.rng,
			(show, e) => titleKey(show.slice(0, show.lastIndexOf(':')), e.ratingKey),
			prefs.shuffle.last
		);
		if (!choice) {
			this.message = ready.length === 0 ? t('together_shuffle_none_loaded') : t('together_shuffle_no_episodes');
			return undefined;
		}
		prefs.setShuffle({ used: choice.used, last: choice.key });
		const show = ready.find((s) => s.key === choice.show) as ShowRef;
		return { show, episode: choice.episode, saved: this.#loaded.get(show.key)?.saved ?? false };
	}

	/** Forgets the round: every episode can come again. */
	restart(): void {
		this.#d.prefs.setShuffle({ used: [], last: undefined });
	}

	async #load(shows: readonly ShowRef[]): Promise<void> {
		const onDemand = this.#d.onDemand;
		const missing = shows.filter((s) => !this.#loaded.has(s.key));
		const failures: { title: string; message: string }[] = [];
		if (missing.length > 0 && onDemand) {
			let done = 0;
			this.progress = { done, total: missing.length };
			let next = 0;
			const worker = async () => {
				while (next < missing.length) {
					const show = missing[next++] as ShowRef;
					const result = await onDemand.episodes(show.meta, show.item);
					if (result.ok) this.#loaded.set(show.key, { episodes: result.value.filter((e) => e.type === 'episode'), saved: result.saved });
					else failures.push({ title: show.item.title, message: result.error.message });
					this.progress = { done: ++done, total: missing.length };
				}
			};
			await Promise.all(Array.from({ length: Math.min(this.#d.concurrency ?? 3, missing.length) }, worker));
		} else if (missing.length > 0) {
			for (const show of missing) failures.push({ title: show.item.title, message: t('together_shuffle_cannot_load') });
		}
		this.progress = null;
		this.failures = failures;
	}
}
