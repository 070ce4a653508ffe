import { createSubscriber } from 'svelte/reactivity';
import { formatMessage, type Message, type Params } from './format-message.ts';
import { SOURCE_LOCALE, type Locale } from './locales.ts';
// Types only: the English messages are chunks of their own, loaded like any other language.
import type english from './messages/en/index.ts';

export type MessageKey = keyof typeof english;
export type MessageTable = Record<MessageKey, Message>;

/**
 * The language the app speaks now and its messages. One per page, so that every layer (a
 * component, a state class, an error made deep in the Plex client) words things the same way;
 * reading `t()` in a template, an effect or a `$derived` follows a change of language.
 * Which language, and loading its messages, is LanguageState's job (state/language.svelte.ts).
 *
 * A plain module with `createSubscriber` rather than runes: the lower layers that word errors run
 * in Node too (the benches import them without the Svelte compiler).
 */
class I18n {
	#locale: Locale = SOURCE_LOCALE;
	#tag: string = SOURCE_LOCALE;
	#messages: Partial<MessageTable> | null = null;
	#changed: (() => void) | undefined;
	readonly #subscribe = createSubscriber((update) => {
		this.#changed = update;
		return () => (this.#changed = undefined);
	});

	/** The app's language (one of LOCALES). */
	get locale(): Locale {
		this.#subscribe();
		return this.#locale;
	}

	/**
	 * The BCP 47 tag numbers, dates and sorting use: the browser's own tag when it is in the app's
	 * language ("de-AT", "en-GB"), else the language itself.
	 */
	get tag(): string {
		this.#subscribe();
		return this.#tag;
	}

	get ready(): boolean {
		this.#subscribe();
		return this.#messages !== null;
	}

	/** Speak `locale` from now on, with these of its messages (all, or its core part: load.ts). */
	use(locale: Locale, messages: Partial<MessageTable>, tag: string = locale): void {
		this.#messages = messages;
		this.#tag = tag;
		this.#locale = locale;
		this.#changed?.();
	}

	/** More messages of the language spoken now (the part later screens need). */
	add(messages: Partial<MessageTable>): void {
		this.#messages = { ...this.#messages, ...messages };
		this.#changed?.();
	}

	t(key: MessageKey, params?: Params): string {
		this.#subscribe();
		const message = this.#messages?.[key];
		// Only before the first language is in (nothing renders then), for a later screen's message
		// before LanguageState.more() (a bug: tests/e2e/german-phone.spec.ts looks for raw keys), or in
		// a test that loaded none.
		if (message === undefined) return key;
		return formatMessage(message, params, this.#tag);
	}
}

export const i18n = new I18n();

/** The message `key` in the app's language, with `params` put in (numbers formatted for it). */
export function t(key: MessageKey, params?: Params): string {
	return i18n.t(key, params);
}
