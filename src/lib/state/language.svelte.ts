import { i18n, t, type MessageTable } from '../i18n/i18n.ts';
import type { MessagePart } from '../i18n/load.ts';
import { isLocale, negotiate, type Locale } from '../i18n/locales.ts';
import { Persisted, text, type SettingStore } from './persisted.svelte.ts';

export const LANGUAGE_KEY = 'plexpicker:language';

export interface LanguageDeps {
	/** Where the chosen language is remembered (localStorage). */
	storage?: SettingStore;
	/** The browser's languages, most wanted first (navigator.languages). */
	languages: () => readonly string[];
	/** One part of a language's messages (i18n/load.ts: a chunk each). */
	load: (locale: Locale, part: MessagePart) => Promise<Partial<MessageTable>>;
	/** The page's root element: its `lang` follows the app's language (screen readers, hyphenation). */
	root?: { lang: string };
}

/**
 * Which language the app speaks: the one chosen in the Language menu (remembered on this
 * device), else the first of the browser's languages PlexPicker speaks, else English. Loads that
 * language's core messages before the app shows anything, the rest with the first later screen
 * (more()), and both again on a change.
 */
export class LanguageState {
	readonly #deps: LanguageDeps;
	readonly #saved: Persisted<string>;
	/** Whether a later screen has asked for the rest of the messages (a change then loads both parts). */
	#wantsRest = false;
	/** The rest of the messages of the language spoken, loaded or loading. */
	#rest: { locale: Locale; loaded: Promise<void> } | undefined;
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

	/** Loads the preferred language's core (English if that fails: a first visit must still open). */
	async start(): Promise<void> {
		const preferred = this.preferred;
		try {
			await this.#apply(preferred);
		} catch (error) {
			if (preferred === 'en') throw error;
			await this.#apply('en');
		}
	}

	/**
	 * The rest of the messages: every later screen (picking, servers, browse, sharing) awaits this
	 * with its own code, so the two download side by side. Loaded once per language.
	 */
	more(): Promise<void> {
		this.#wantsRest = true;
		const locale = i18n.locale;
		if (this.#rest?.locale !== locale) {
			const loaded = this.#deps.load(locale, 'rest').then(
				(messages) => {
					if (i18n.locale === locale) i18n.add(messages);
				},
				(error: unknown) => {
					// Not kept: the next screen asks again (the connection may be back).
					if (this.#rest?.loaded === loaded) this.#rest = undefined;
					throw error;
				}
			);
			this.#rest = { locale, loaded };
		}
		return this.#rest.loaded;
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

	/** Loads `locale` (its core, and its rest once a later screen wanted it), then speaks it. */
	async #apply(locale: Locale): Promise<void> {
		const core = this.#deps.load(locale, 'core');
		const rest = this.#wantsRest ? this.#deps.load(locale, 'rest') : undefined;
		const [first, more] = await Promise.all([core, rest]);
		// The browser's own tag for this language formats numbers and dates ("en-GB", "de-AT").
		const tag = this.#deps.languages().find((l) => negotiate([l]) === locale && l.toLowerCase().startsWith(locale)) ?? locale;
		i18n.use(locale, { ...first, ...more }, tag);
		if (rest) this.#rest = { locale, loaded: Promise.resolve() };
		if (this.#deps.root) this.#deps.root.lang = locale;
	}
}
