import { afterEach, describe, expect, it } from 'vitest';
import { i18n, t } from '#lib/i18n/i18n.ts';
import { loadMessages, loadPart } from '#lib/i18n/load.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { LANGUAGE_KEY, LanguageState } from '#lib/state/language.svelte.ts';

const english = await loadMessages('en');
afterEach(() => i18n.use('en', english));

function setup(languages: string[], stored: Record<string, string> = {}, offline: Locale[] = []) {
	const storage = new Map(Object.entries(stored));
	const root = { lang: 'en' };
	const loads: string[] = [];
	const state = new LanguageState({
		storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
		languages: () => languages,
		load: async (locale, part) => {
			loads.push(`${locale}/${part}`);
			if (offline.includes(locale)) throw new TypeError('Failed to fetch dynamically imported module');
			return loadPart(locale, part);
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
		expect(loads).toEqual(['de/core']);
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
		expect(again.loads).toEqual(['sv/core']);
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

	it('loads the rest of the messages once a later screen asks, and both parts on a change after that', async () => {
		const { state, loads } = setup(['fr-FR']);
		await state.start();
		expect(t('picker_pick_movie')).toBe('picker_pick_movie');
		await Promise.all([state.more(), state.more()]);
		expect(loads).toEqual(['fr/core', 'fr/rest']);
		expect(t('core_language')).toBe('Langue');
		expect(t('picker_pick_movie')).not.toBe('picker_pick_movie');
		await state.choose('es');
		expect(loads).toEqual(['fr/core', 'fr/rest', 'es/core', 'es/rest']);
		expect(t('picker_pick_movie')).toBe((await loadMessages('es')).picker_pick_movie);
		await state.more();
		expect(loads).toHaveLength(4);
	});

	it('asks again for the rest after a failed load', async () => {
		const offline: Locale[] = [];
		const { state, loads } = setup(['sv-SE'], {}, offline);
		await state.start();
		offline.push('sv');
		await expect(state.more()).rejects.toThrow();
		offline.pop();
		await state.more();
		expect(loads).toEqual(['sv/core', 'sv/rest', 'sv/rest']);
		expect(t('picker_pick_movie')).toBe((await loadMessages('sv')).picker_pick_movie);
	});
});
