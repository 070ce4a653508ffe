import type { Locale } from './locales.ts';
import type { MessageTable } from './i18n.svelte.ts';

/*
 * One chunk per language, so a visit downloads only the language it speaks (the first-load budget,
 * scripts/measure.mjs); the service worker precaches all of them, so switching works offline.
 * Written out (not a template import()) so the bundler sees exactly these five chunks.
 */
const LOADERS: Record<Locale, () => Promise<{ default: MessageTable }>> = {
	en: () => import('./messages/en/index.ts'),
	de: () => import('./messages/de/index.ts'),
	fr: () => import('./messages/fr/index.ts'),
	es: () => import('./messages/es/index.ts'),
	sv: () => import('./messages/sv/index.ts')
};

export async function loadMessages(locale: Locale): Promise<MessageTable> {
	return (await LOADERS[locale]()).default;
}
