import { AppError } from '../errors.ts';
import { t } from '../i18n/i18n.ts';
import type { ExtrasStore } from '../cache/extras-store.ts';
import type { PlexClient } from '../plex/client.ts';
import { discoverReadable, getWatchlist, type WatchlistEntry } from '../plex/watchlist.ts';

export interface WatchlistSourceDeps {
	client: PlexClient;
	/** Where the last Watchlist is kept for offline use (`watchlist:<account id>`). */
	store: ExtrasStore;
	/**
	 * The plex.tv token of the person watching (the account's, or a Plex Home member's: each has a
	 * Watchlist of their own, docs/plex-api.md §14); never a server's. Null when signed out.
	 */
	token: () => string | null;
	/** Whose Watchlist: the person's Plex id, so two people on one device never see each other's. */
	account: () => string | number | undefined;
	/** The Home member's name while one is watching (the words then say whose Watchlist it is). */
	member?: () => string | undefined;
	now?: () => number;
}

export type WatchlistLoad =
	| {
			ok: true;
			entries: WatchlistEntry[];
			/** Unix ms when it was read from Plex. */
			fetchedAt: number;
			/** Read from this device because Plex could not be asked (then `problem` says why). */
			saved: boolean;
			/** The Home member it belongs to; undefined: the signed-in account's. */
			member?: string;
			problem?: AppError | 'signed-out';
	  }
	| { ok: false; problem: AppError | 'signed-out' };

/**
 * The account's Watchlist: from Plex's discover service when signed in (and kept on this device),
 * else, or when Plex refuses or is down, the copy kept last time, so picking from it works offline.
 */
export class WatchlistSource {
	readonly #deps: WatchlistSourceDeps;
	/** The discover service let this site read a token-less answer (asked once per page load, before any token goes there). */
	#readable = false;

	constructor(deps: WatchlistSourceDeps) {
		this.#deps = deps;
	}

	async load(signal?: AbortSignal): Promise<WatchlistLoad> {
		const account = this.#deps.account();
		const key = account === undefined ? undefined : `watchlist:${account}`;
		const token = this.#deps.token();
		const member = this.#deps.member?.();
		let problem: AppError | 'signed-out' = 'signed-out';
		if (token && key) {
			try {
				if (!this.#readable) {
					await discoverReadable(this.#deps.client, signal);
					this.#readable = true;
				}
				const entries = await getWatchlist(this.#deps.client, token, signal);
				const now = this.#deps.now?.() ?? Date.now();
				// Keeping it is a bonus: a full disk must not cost the person their pick.
				await this.#deps.store.put(key, entries, now).catch(() => undefined);
				return { ok: true, entries, fetchedAt: now, saved: false, member };
			} catch (error) {
				// Whatever went wrong, the next read asks first again (the service may have started refusing).
				this.#readable = false;
				problem = error instanceof AppError ? error : new AppError('bad-response', t('picker_watchlist_unreadable'), { cause: error });
			}
		}
		const stored = key ? await this.#deps.store.get<WatchlistEntry[]>(key).catch(() => undefined) : undefined;
		if (stored && Array.isArray(stored.value)) return { ok: true, entries: stored.value, fetchedAt: stored.fetchedAt, saved: true, problem, member };
		return { ok: false, problem };
	}
}
