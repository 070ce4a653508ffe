import type { LibraryItem } from '../library/types.ts';
import type { Filters } from '../picker/filters.ts';
import type { Rng } from '../picker/pick.ts';
import { titleKey } from '../picks/model.ts';
import { t } from '../i18n/i18n.ts';
import { resolveShared, ROUND_KEY, type SharedShortlist, type SharedView } from '../decide/link.ts';
import { drawShortlist, markTitle, newRound, nextPerson, sanitizeRound, takeOver, vetoedKeys, type Entry, type Mark, type Round } from '../decide/round.ts';
import type { LibraryState } from './library.svelte.ts';
import type { Clock } from './pick-session.svelte.ts';
import { json, Persisted, type SettingStore } from './persisted.svelte.ts';

export interface DecideDeps {
	library: LibraryState;
	/** The titles picks come from: the open libraries or the chosen list, hidden titles left out. */
	pool: () => readonly LibraryItem[];
	/** The filters set on the picking screen. */
	filters: () => Filters;
	clock: Clock;
	rng: Rng;
	/** Where the round is kept (localStorage in the browser), so a reload resumes it. */
	prefs?: SettingStore;
	/** Told once, when a round ends on a title (for "Recent picks"). */
	ondecided?: (entry: Entry) => void;
}

/**
 * "Decide together": the round in progress (saved on every change, so a reload resumes it and
 * nobody's marks are lost), started from the picking screen's pool and filters.
 */
export class DecideState {
	readonly #d: DecideDeps;
	readonly #saved: Persisted<Round | null>;
	/** What to tell after a start that could not happen (nothing matches, all vetoed before). */
	message = $state<string | null>(null);

	/** The round in progress, or null. */
	readonly round = $derived.by(() => this.#saved.current);

	constructor(deps: DecideDeps) {
		this.#d = deps;
		this.#saved = new Persisted<Round | null>(ROUND_KEY, null, { storage: deps.prefs, codec: json(sanitizeRound) });
	}

	#entry = (item: LibraryItem): Entry => {
		const meta = this.#d.library.metaOf(item);
		return { libraryId: meta.id, serverId: meta.serverId, source: meta.source, item: $state.snapshot(item) as LibraryItem };
	};

	#keyOf = (item: LibraryItem) => titleKey(this.#d.library.metaOf(item).serverId, item.ratingKey);

	#set(round: Round | null): void {
		this.#saved.current = round;
	}

	/** Draws a shortlist of `size` titles with the current filters and starts the round (false: none matched). */
	start(people: string[], size: number, leftOut: readonly string[] = []): boolean {
		const titles = drawShortlist({
			pool: this.#d.pool(),
			filters: this.#d.filters(),
			ctx: { now: this.#d.clock.now },
			size,
			rng: this.#d.rng,
			keyOf: this.#keyOf,
			// read once by the draw, never kept: no reactive set needed
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			leaveOut: new Set(leftOut)
		});
		if (titles.length === 0) {
			this.message = leftOut.length > 0 ? t('together_all_vetoed_before') : t('together_no_titles_match');
			return false;
		}
		this.message = null;
		this.#set(newRound(people, titles.map(this.#entry), leftOut));
		return true;
	}

	/** Starts a round on given titles (a shared shortlist). */
	startWith(people: string[], entries: Entry[]): void {
		this.message = null;
		this.#set(newRound(people, entries));
	}

	mark(entry: number, mark: Mark): void {
		if (this.round) this.#set(markTitle(this.round, entry, mark));
	}

	/** "Next person" (after the last one: the result). */
	next(): void {
		if (!this.round || this.round.phase !== 'marking') return;
		const round = nextPerson(this.round, this.#d.rng);
		this.#set(round);
		if (round.phase === 'result' && round.outcome?.kind === 'kept') this.#d.ondecided?.(round.entries[round.outcome.index] as Entry);
	}

	/** The next person took the phone. */
	takeOver(): void {
		if (this.round) this.#set(takeOver(this.round));
	}

	/** Everything was vetoed: a new shortlist for the same people, leaving out every vetoed title. */
	again(): boolean {
		const round = this.round;
		if (!round) return false;
		const leftOut = [...round.leftOut, ...vetoedKeys(round).filter((k) => !round.leftOut.includes(k))];
		return this.start(round.people, round.entries.length, leftOut);
	}

	/** "Stop deciding": the round is discarded. */
	stop(): void {
		this.message = null;
		this.#set(null);
	}

	/** What this device has of a shared shortlist: its own copy of those titles, or where to get it. */
	shared(link: SharedShortlist): SharedView {
		return resolveShared(link, this.#d.library.records, this.#d.library.cached);
	}
}
