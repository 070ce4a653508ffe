/** The languages PlexPicker speaks. English is the source: every other locale translates its keys. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language named in itself, as the Language menu lists it (so anyone can find their own). */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	de: 'Deutsch',
	fr: 'Français',
	es: 'Español',
	sv: 'Svenska'
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages (`navigator.languages`, most wanted first) that PlexPicker
 * speaks, matched on the language part ("de-AT" → "de"); English when none is.
 */
export function negotiate(languages: readonly string[]): Locale {
	for (const tag of languages) {
		const language = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (isLocale(language)) return language;
	}
	return SOURCE_LOCALE;
}
