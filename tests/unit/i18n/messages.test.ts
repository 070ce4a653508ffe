import { describe, expect, it } from 'vitest';
import { placeholders, type Message } from '#lib/i18n/format-message.ts';
import { LOCALES, SOURCE_LOCALE } from '#lib/i18n/locales.ts';
import { loadMessages } from '#lib/i18n/load.ts';

/*
 * The missing-key test (issue 20): every language has every English message, none is empty, and
 * each uses exactly the placeholders English uses (a translation that drops "{count}" or
 * renames "{name}" would show a raw brace or lose the number).
 */
const english = await loadMessages(SOURCE_LOCALE);
const keys = Object.keys(english) as (keyof typeof english)[];

function texts(message: Message): string[] {
	return typeof message === 'string' ? [message] : Object.values(message);
}

describe('messages', () => {
	it('English has the messages the app uses, none of them empty', () => {
		expect(keys.length).toBeGreaterThan(5);
		for (const key of keys) for (const text of texts(english[key])) expect(text.trim(), key).not.toBe('');
	});

	for (const locale of LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
		describe(locale, async () => {
			const messages = await loadMessages(locale);

			it('has every English key and no other', () => {
				expect(Object.keys(messages).sort()).toEqual([...keys].sort());
			});

			it('leaves no message empty and keeps the shape (text or plural) of the English one', () => {
				for (const key of keys) {
					const message = messages[key];
					expect(message, key).toBeDefined();
					expect(typeof message, key).toBe(typeof english[key]);
					if (typeof message !== 'string') expect(message.other, `${key}: a plural needs "other"`).toBeTruthy();
					for (const text of texts(message)) expect(text.trim(), `${locale} ${key}`).not.toBe('');
				}
			});

			it('uses the same placeholders as English in every message', () => {
				for (const key of keys) expect(placeholders(messages[key]), `${locale} ${key}`).toEqual(placeholders(english[key]));
			});

			it('is translated: most messages differ from English', () => {
				// Names (PlexPicker, Plex Home, Watchlist) may stay as they are; whole sentences may not.
				const same = keys.filter((key) => JSON.stringify(messages[key]) === JSON.stringify(english[key]) && texts(english[key]).some((t) => t.replace(/\{\w+\}/g, '').split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length > 3));
				expect(same, `${locale}: English sentences left untranslated`).toEqual([]);
			});
		});
	}
});
