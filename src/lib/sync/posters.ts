import type { PlexClient } from '../plex/client.ts';
import type { LibraryItem } from '../library/types.ts';
import type { PosterStore } from '../cache/posters.ts';
import { posterKey } from './poster-key.ts';
import { t } from '../i18n/i18n.ts';

/**
 * Downloads phone-sized posters of a kept library into the poster store, in the background:
 * a few at a time, skipping those already there, and stopping when the budget is full (it never
 * evicts posters it has just stored) or when cancelled. Requests go through the one Plex client,
 * with the server's own token, to that server only.
 */
export interface PosterJob {
	client: PlexClient;
	store: PosterStore;
	libraryId: string;
	uri: string;
	token: string;
	items: readonly LibraryItem[];
	signal?: AbortSignal;
	concurrency?: number;
	onProgress?: (done: number, total: number) => void;
}

export interface PosterResult {
	stored: number;
	skipped: number;
	failed: number;
	budgetFull: boolean;
}


export async function cachePosters(job: PosterJob): Promise<PosterResult> {
	const result: PosterResult = { stored: 0, skipped: 0, failed: 0, budgetFull: false };
	const todo = job.items.filter((i) => i.thumb?.startsWith('/'));
	const stored = new Set<string>();
	let next = 0;
	let done = 0;
	const worker = async () => {
		while (next < todo.length && !result.budgetFull && !job.signal?.aborted) {
			const item = todo[next++]!;
			const key = posterKey(job.libraryId, item.ratingKey);
			try {
				if (await job.store.has(key)) {
					result.skipped += 1;
				} else {
					const response = await job.client.send({
						base: job.uri,
						path: '/photo/:/transcode',
						query: { width: 240, height: 360, minSize: 1, upscale: 1, url: item.thumb },
						token: job.token,
						signal: job.signal,
						label: t('plex_label_poster')
					});
					const blob = await response.blob();
					if (!blob.type.startsWith('image/')) result.failed += 1;
					else if (await job.store.put(key, blob, stored)) {
						stored.add(key);
						result.stored += 1;
					} else result.budgetFull = true;
				}
			} catch {
				if (job.signal?.aborted) return;
				result.failed += 1;
			}
			job.onProgress?.(++done, todo.length);
		}
	};
	await Promise.all(Array.from({ length: job.concurrency ?? 4 }, worker));
	return result;
}
