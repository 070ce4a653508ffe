import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '#lib/i18n/format-message.ts';
import { i18n, t } from '#lib/i18n/i18n.ts';
import { ago, and, clock, collator, duration, number } from '#lib/i18n/intl.ts';
import { negotiate, type Locale } from '#lib/i18n/locales.ts';
import { loadMessages } from '#lib/i18n/load.ts';

const english = await loadMessages('en');
async function speak(locale: Locale, tag: string = locale) {
	i18n.use(locale, await loadMessages(locale), tag);
}
afterEach(() => i18n.use('en', english));

describe('negotiate', () => {
	it('takes the first browser language PlexPicker speaks, by its language part', () => {
		expect(negotiate(['de-AT', 'en'])).toBe('de');
		expect(negotiate(['nl-NL', 'sv-SE', 'en'])).toBe('sv');
		expect(negotiate(['pt-BR', 'fr_CA'])).toBe('fr');
		expect(negotiate(['ja'])).toBe('en');
		expect(negotiate([])).toBe('en');
	});
});

describe('formatMessage', () => {
	it('chooses the plural of the language and formats numbers in it', () => {
		const titles = { one: '{count} title', other: '{count} titles' };
		expect(formatMessage(titles, { count: 1 }, 'en')).toBe('1 title');
		expect(formatMessage(titles, { count: 20000 }, 'en')).toBe('20,000 titles');
		expect(formatMessage(titles, { count: 20000 }, 'de')).toBe('20.000 titles');
		// French counts 0 as singular.
		expect(formatMessage({ one: '{count} titre', other: '{count} titres' }, { count: 0 }, 'fr')).toBe('0 titre');
		expect(formatMessage('Hello {name}, {missing}', { name: 'Ada' }, 'en')).toBe('Hello Ada, {missing}');
	});
});

describe('Intl formatting per language', () => {
	const now = Date.UTC(2026, 11, 3, 20, 0);
	it('says relative times in the language', async () => {
		expect(ago(now - 5 * 60_000, now)).toBe('5 minutes ago');
		expect(ago(now - 10_000, now)).toBe('just now');
		await speak('de');
		expect(ago(now - 5 * 60_000, now)).toBe('vor 5 Minuten');
		expect(ago(now - 86_400_000, now)).toBe('gestern');
		expect(ago(now - 10_000, now)).toBe(t('core_just_now'));
		await speak('sv');
		expect(ago(now - 5 * 60_000, now)).toBe('för 5 minuter sedan');
		await speak('fr');
		expect(ago(now - 2 * 3_600_000, now)).toBe('il y a 2 heures');
		await speak('es');
		expect(ago(now - 3 * 86_400_000, now)).toBe('hace 3 días');
	});

	it('says durations, times, numbers and lists in the language', async () => {
		expect(duration(106)).toBe('1 hr, 46 min');
		expect(duration(45)).toBe('45 min');
		expect(duration(0)).toBeUndefined();
		await speak('de');
		expect(duration(106)).toBe('1 Std., 46 Min.');
		expect(number(20000)).toBe('20.000');
		expect(clock(new Date(2026, 11, 3, 22, 47).getTime())).toBe('22:47');
		expect(and(['Ada', 'Ben', 'Cy'])).toBe('Ada, Ben und Cy');
		await speak('fr');
		expect(duration(106)).toBe('1\u202fh et 46\u00a0min');
		expect(number(20000)).toBe('20\u202f000');
		// The 24-hour clock of the time input, whatever the browser's English.
		await speak('en', 'en-US');
		expect(clock(new Date(2026, 11, 3, 9, 5).getTime())).toBe('09:05');
		expect(clock(new Date(2026, 11, 3, 22, 47).getTime())).toBe('22:47');
	});

	it('sorts titles accent- and case-insensitively, with Swedish å, ä, ö after z', async () => {
		const titles = ['Öga', 'zebra', 'Ängel', 'Amélie', 'apa', 'Åsa'];
		await speak('sv');
		expect([...titles].sort(collator().compare)).toEqual(['Amélie', 'apa', 'zebra', 'Åsa', 'Ängel', 'Öga']);
		await speak('de');
		expect([...titles].sort(collator().compare)).toEqual(['Amélie', 'Ängel', 'apa', 'Åsa', 'Öga', 'zebra']);
	});
});
