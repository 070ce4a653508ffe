import { AppError } from '../errors.ts';
import { t } from '../i18n/i18n.ts';
import type { PicksStore } from '../cache/picks-store.ts';
import {
	addHistory,
	EMPTY_PICKS,
	exclude,
	excludedKeys,
	live,
	NOT_TONIGHT_MS,
	queueWatch,
	unexclude,
	type Exclusion,
	type HistoryEntry,
	type PicksData,
	type QueuedWatch,
	type TitleKey
} from '../picks/model.ts';

export interface PicksDeps {
	store: PicksStore;
	now?: () => number;
	/** Sends one "mark as watched"; resolves when the server confirmed it. */
	send?: (entry: QueuedWatch) => Promise<void>;
}

/**
 * The signed-in account's (or this device's, without an account) exclusions, pick history and
 * queued "mark as watched" requests. Shown at once from memory; written through to IndexedDB.
 * If storage refuses, everything still works for this visit and `error` says so.
 */
export class PicksState {
	account = $state<string | null>(null);
	data = $state.raw<PicksData>(EMPTY_PICKS);
	error = $state.raw<AppError | null>(null);
	/** The last exclusion made, for the "Undo" right after it. */
	lastExcluded = $state.raw<Exclusion | null>(null);
	/** Bumped when a "not tonight" may have expired (the clock is not reactive). */
	#tick = $state(0);

	readonly excluded = $derived.by(() => {
		void this.#tick;
		return excludedKeys(this.data.exclusions, this.#now());
	});
	readonly exclusions = $derived.by(() => {
		void this.#tick;
		return live(this.data.exclusions, this.#now());
	});

	readonly #deps: PicksDeps;

	constructor(deps: PicksDeps) {
		this.#deps = deps;
	}

	#now(): number {
		return this.#deps.now?.() ?? Date.now();
	}

	/** Switches to an account's data (`guest` without one). */
	async use(account: string): Promise<void> {
		this.account = account;
		this.lastExcluded = null;
		try {
			const data = await this.#deps.store.load(account);
			if (this.account === account) this.data = data;
		} catch (error) {
			this.error = asError(error);
		}
	}

	/** Re-reads the clock (call on pick): expired "not tonight" titles come back. */
	refresh(): void {
		this.#tick++;
	}

	notTonight(entry: Omit<Exclusion, 'kind' | 'at' | 'until'>): Promise<void> {
		const at = this.#now();
		return this.#exclude({ ...entry, kind: 'not-tonight', at, until: at + NOT_TONIGHT_MS });
	}

	never(entry: Omit<Exclusion, 'kind' | 'at' | 'until'>): Promise<void> {
		return this.#exclude({ ...entry, kind: 'never', at: this.#now() });
	}

	async undo(key: TitleKey): Promise<void> {
		if (this.lastExcluded?.key === key) this.lastExcluded = null;
		await this.#change((d) => ({ ...d, exclusions: unexclude(d.exclusions, key) }));
	}

	record(entry: HistoryEntry): Promise<void> {
		return this.#change((d) => ({ ...d, history: addHistory(d.history, entry) }));
	}

	clearHistory(): Promise<void> {
		return this.#change((d) => ({ ...d, history: [] }));
	}

	/** Marks as watched now if possible, else keeps the request until `flush` can send it. */
	async markWatched(entry: Omit<QueuedWatch, 'at'>): Promise<'sent' | 'queued'> {
		await this.#change((d) => ({ ...d, watchQueue: queueWatch(d.watchQueue, { ...entry, at: this.#now() }) }));
		const left = await this.flush((q) => q.serverId === entry.serverId && q.ratingKey === entry.ratingKey);
		return left === 0 ? 'sent' : 'queued';
	}

	/** Sends queued "mark as watched" requests (those `which` allows); returns how many are left of them. */
	flush(which: (entry: QueuedWatch) => boolean = () => true): Promise<number> {
		// One flush at a time: a second caller waits for the first, so nothing is sent twice.
		const run = this.#flushing.then(() => this.#flush(which));
		this.#flushing = run.catch(() => 0);
		return run;
	}

	#flushing: Promise<unknown> = Promise.resolve();

	async #flush(which: (entry: QueuedWatch) => boolean): Promise<number> {
		const send = this.#deps.send;
		let left = 0;
		for (const entry of this.data.watchQueue.filter(which)) {
			try {
				if (!send) throw new Error('no connection');
				await send(entry);
				await this.#change((d) => ({
					...d,
					watchQueue: d.watchQueue.filter((q) => !(q.serverId === entry.serverId && q.ratingKey === entry.ratingKey))
				}));
			} catch {
				left++;
			}
		}
		return left;
	}

	async #exclude(entry: Exclusion): Promise<void> {
		this.lastExcluded = entry;
		await this.#change((d) => ({ ...d, exclusions: exclude(d.exclusions, entry, this.#now()) }));
	}

	async #change(change: (data: PicksData) => PicksData): Promise<void> {
		// Memory first, so the screen answers at once and a refusing store loses nothing this visit.
		this.data = change(this.data);
		const account = this.account;
		if (account === null) return;
		try {
			const written = await this.#deps.store.change(account, change);
			if (this.account === account) this.data = written;
		} catch (error) {
			this.error = asError(error);
		}
	}
}

function asError(error: unknown): AppError {
	return error instanceof AppError ? error : new AppError('storage', t('picker_storage_failed'), { cause: error });
}
