import { i18n, t } from './i18n.ts';
import { formatNumber } from './format-message.ts';

/*
 * Numbers, times, durations, relative times and lists in the app's language (i18n.tag), through
 * `Intl` only: no formatting tables of our own to translate or ship. Every layer may use these.
 */

/** 20,000 / 20.000 / 20 000 */
export function number(n: number): string {
	return formatNumber(n, i18n.tag);
}

/** A rating to one decimal: 7.9 / 7,9 */
export function decimal(n: number): string {
	return new Intl.NumberFormat(i18n.tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** A rating out of 10, to one decimal (7.3 / 7,3); nothing without one. */
export function rating(value: number | undefined): string | undefined {
	return value === undefined ? undefined : decimal(value);
}

/** "1 hr, 46 min" / "1 Std., 46 Min." / "1 h et 46 min" (Intl.DurationFormat). */
export function duration(minutes: number | undefined): string | undefined {
	if (minutes === undefined || minutes <= 0) return undefined;
	const rounded = Math.round(minutes);
	const parts = { hours: Math.floor(rounded / 60), minutes: rounded % 60 };
	return new Intl.DurationFormat(i18n.tag, { style: 'short' }).format(parts);
}

/**
 * How long to wait, rounded up: "30 seconds", "5 minutes", "2 hours" / "30 Sekunden"… (Intl's long
 * unit names, which read right after "in" in each of the app's languages).
 */
export function waitTime(ms: number): string {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	const minutes = Math.ceil(seconds / 60);
	const [value, unit] = seconds < 90 ? [seconds, 'second'] : minutes < 90 ? [minutes, 'minute'] : [Math.ceil(minutes / 60), 'hour'];
	return new Intl.NumberFormat(i18n.tag, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * A local time of day, "22:47", as the Finish by time input shows it (and the UI contract's "Ends at
 * HH:MM" says): the 24-hour clock in every language, with each language's own separator.
 */
export function clock(ms: number): string {
	return new Intl.DateTimeFormat(i18n.tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

/** A date and time: "3 Dec 2026, 22:47" in the app's language. */
export function dateTime(ms: number): string {
	return new Intl.DateTimeFormat(i18n.tag, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 86400],
	['month', 30 * 86400],
	['week', 7 * 86400],
	['day', 86400],
	['hour', 3600],
	['minute', 60]
];

/** "just now", "5 minutes ago", "yesterday", "vor 5 Minuten", "för 5 minuter sedan"… */
export function ago(thenMs: number, nowMs: number): string {
	const seconds = Math.round((thenMs - nowMs) / 1000);
	if (Math.abs(seconds) < 45) return t('core_just_now');
	const rtf = new Intl.RelativeTimeFormat(i18n.tag, { numeric: 'auto' });
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size || unit === 'minute') return rtf.format(Math.round(seconds / size), unit);
	}
	return t('core_just_now');
}

/** "Ada, Ben and Cy" / "Ada, Ben und Cy" / "Ada, Ben och Cy". */
export function and(items: readonly string[]): string {
	return new Intl.ListFormat(i18n.tag, { type: 'conjunction' }).format(items);
}

/** "Ada, Ben or Cy". */
export function or(items: readonly string[]): string {
	return new Intl.ListFormat(i18n.tag, { type: 'disjunction' }).format(items);
}

/** A short list of names, the first `max` ("Ada, Ben, Cy"): credits, where "and" would mislead. */
export function names(items: readonly string[], max = 3): string {
	return new Intl.ListFormat(i18n.tag, { type: 'unit', style: 'short' }).format(items.slice(0, max));
}

let sorting: { tag: string; collator: Intl.Collator } | undefined;

/**
 * Compares titles for sorting in the app's language: accents and case ignored, numbers in
 * numeric order, and each language's own alphabet (Swedish å, ä, ö after z). One per language.
 */
export function collator(): Intl.Collator {
	const tag = i18n.tag;
	if (sorting?.tag !== tag) sorting = { tag, collator: new Intl.Collator(tag, { sensitivity: 'base', numeric: true }) };
	return sorting.collator;
}
