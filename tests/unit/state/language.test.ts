import { afterEach, describe, expect, it } from 'vitest';
import { i18n, t } from '#lib/i18n/i18n.svelte.ts';
import { loadMessages } from '#lib/i18n/load.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { LANGUAGE_KEY, LanguageState } from '#lib/state/language.svelte.ts';

const english = await loadMessages('en');
afterEach(() => i18n.use('en', english));

function setup(languages: string[], stored: Record<string, string> = {}, offline: Locale[] = []) {
	const storage = new Map(Object.entries(stored));
	const root = { lang: 'en' };
	const loads: Locale[] = [];
	const state = new LanguageState({
		storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
		languages: () => languages,
		load: async (locale) => {
			loads.push(locale);
			if (offline.includes(locale)) throw new TypeError('Failed to fetch dynamically imported module');
			return loadMessages(locale);
		},
		root
	});
	return { state, storage, root, loads };
}

describe('LanguageState', () => {
	it('starts in the browser’s language, loading only that one, and sets <html lang>', async () => {
		const { state, root, loads } = setup(['de-DE', 'en-US']);
		await state.start();
		expect(state.current).toBe('de');
		expect(loads).toEqual(['de']);
		expect(root.lang).toBe('de');
		expect(t('core_language')).toBe('Sprache');
		// Numbers and times follow the browser's own tag for that language.
		expect(i18n.tag).toBe('de-DE');
	});

	it('starts in English when the browser speaks nothing PlexPicker does', async () => {
		const { state, root } = setup(['ja-JP']);
		await state.start();
		expect(state.current).toBe('en');
		expect(root.lang).toBe('en');
	});

	it('remembers a choice over the browser’s language', async () => {
		const first = setup(['de-DE']);
		await first.state.start();
		await first.state.choose('sv');
		expect(first.state.current).toBe('sv');
		expect(first.root.lang).toBe('sv');
		expect(first.storage.get(LANGUAGE_KEY)).toBe('sv');
		expect(t('core_language')).toBe('Språk');

		const again = setup(['de-DE'], Object.fromEntries(first.storage));
		await again.state.start();
		expect(again.state.current).toBe('sv');
		expect(again.loads).toEqual(['sv']);
	});

	it('stays in its language and says why when another cannot be loaded', async () => {
		const { state, storage, root } = setup(['fr-FR'], {}, ['es']);
		await state.start();
		await state.choose('es');
		expect(state.current).toBe('fr');
		expect(root.lang).toBe('fr');
		expect(storage.has(LANGUAGE_KEY)).toBe(false);
		expect(state.error).toMatch(/connexion/);
		expect(state.loading).toBeNull();
	});

	it('falls back to English when the remembered language cannot be loaded at start', async () => {
		const { state } = setup(['en'], { [LANGUAGE_KEY]: 'es' }, ['es']);
		await state.start();
		expect(state.current).toBe('en');
	});

	it('ignores a stored value that is not a language it speaks', async () => {
		const { state } = setup(['es-MX'], { [LANGUAGE_KEY]: 'klingon' });
		await state.start();
		expect(state.current).toBe('es');
		expect(i18n.tag).toBe('es-MX');
	});
});
