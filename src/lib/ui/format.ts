/** Small formatters for what the UI shows, in the app's language (the Intl ones: i18n/intl.ts). */
import { ago, decimal, duration, names } from '../i18n/intl.ts';

export function formatRuntime(minutes: number | undefined): string | undefined {
	return duration(minutes);
}

/** "just now", "5 minutes ago", "yesterday", ... */
export function formatAgo(thenMs: number, nowMs: number): string {
	return ago(thenMs, nowMs);
}

export function formatRating(rating: number | undefined): string | undefined {
	return rating === undefined ? undefined : decimal(rating);
}

export function listOf(items: readonly string[], max = 3): string {
	return names(items, max);
}
