import { i18n, t, type MessageTable } from '../i18n/i18n.svelte.ts';
import { isLocale, negotiate, type Locale } from '../i18n/locales.ts';
import { Persisted, text, type SettingStore } from './persisted.svelte.ts';

export const LANGUAGE_KEY = 'plexpicker:language';

export interface LanguageDeps {
	/** Where the chosen language is remembered (localStorage). */
	storage?: SettingStore;
	/** The browser's languages, most wanted first (navigator.languages). */
	languages: () => readonly string[];
	/** A language's messages (i18n/load.ts: one chunk each). */
	load: (locale: Locale) => Promise<MessageTable>;
	/** The page's root element: its `lang` follows the app's language (screen readers, hyphenation). */
	root?: { lang: string };
}

/**
 * Which language the app speaks: the one chosen in the Language menu (remembered on this
 * device), else the first of the browser's languages PlexPicker speaks, else English. Loads that
 * language's messages before the app shows anything, and again on a change.
 */
export class LanguageState {
	readonly #deps: LanguageDeps;
	readonly #saved: Persisted<string>;
	/** The language being loaded after a change (the menu shows it chosen meanwhile). */
	loading = $state<Locale | null>(null);
	/** Why the last change did not happen, in the language still spoken. */
	error = $state<string | null>(null);

	constructor(deps: LanguageDeps) {
		this.#deps = deps;
		this.#saved = new Persisted(LANGUAGE_KEY, '', { storage: deps.storage, codec: text });
	}

	/** The language spoken now. */
	get current(): Locale {
		return i18n.locale;
	}

	/** The language to start in: remembered, else the browser's. */
	get preferred(): Locale {
		const saved = this.#saved.current;
		return isLocale(saved) ? saved : negotiate(this.#deps.languages());
	}

	/** Loads the preferred language (English if that fails: a first visit must still open). */
	async start(): Promise<void> {
		const preferred = this.preferred;
		try {
			await this.#apply(preferred);
		} catch (error) {
			if (preferred === 'en') throw error;
			await this.#apply('en');
		}
	}

	/** Switches to `locale` and remembers it; when its messages cannot load, says so and stays. */
	async choose(locale: Locale): Promise<void> {
		this.error = null;
		this.loading = locale;
		try {
			await this.#apply(locale);
			this.#saved.current = locale;
		} catch {
			this.error = t('core_language_failed');
		} finally {
			if (this.loading === locale) this.loading = null;
		}
	}

	async #apply(locale: Locale): Promise<void> {
		const messages = await this.#deps.load(locale);
		// The browser's own tag for this language formats numbers and times ("en-GB": 22:47).
		const tag = this.#deps.languages().find((l) => negotiate([l]) === locale && l.toLowerCase().startsWith(locale)) ?? locale;
		i18n.use(locale, messages, tag);
		if (this.#deps.root) this.#deps.root.lang = locale;
	}
}
