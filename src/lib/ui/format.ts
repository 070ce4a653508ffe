/** Small pure formatters for what the UI shows. */

export function formatRuntime(minutes: number | undefined): string | undefined {
	if (minutes === undefined || minutes <= 0) return undefined;
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 86400],
	['month', 30 * 86400],
	['week', 7 * 86400],
	['day', 86400],
	['hour', 3600],
	['minute', 60]
];

/** "just now", "5 minutes ago", "yesterday", ... */
export function formatAgo(thenMs: number, nowMs: number, locale?: string): string {
	const seconds = Math.round((thenMs - nowMs) / 1000);
	if (Math.abs(seconds) < 45) return 'just now';
	const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size || unit === 'minute') return rtf.format(Math.round(seconds / size), unit);
	}
	return 'just now';
}

export function formatRating(rating: number | undefined): string | undefined {
	return rating === undefined ? undefined : rating.toFixed(1);
}

export function listOf(names: readonly string[], max = 3): string {
	return names.slice(0, max).join(', ');
}
