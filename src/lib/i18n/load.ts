import type { Locale } from './locales.ts';
import type { MessageTable } from './i18n.ts';

/**
 * Which messages: `core` is what a first visit shows (welcome, sign-in, the app bar and footer,
 * errors of storage and of signing in before Plex answers); `rest` is what only later screens
 * say (picking, servers, Decide together, sharing), loaded with those screens' code
 * (LanguageState.more()). What Plex requests say when they fail and the token sign-in's words are
 * in `rest` too: they come with the Plex client (the layout loads both together) and with the
 * token form, never before.
 */
export type MessagePart = 'core' | 'rest';
type Chunk = Promise<{ default: Partial<MessageTable> }>;

/*
 * Two chunks per language, so a visit downloads only its own language, and a first visit only its
 * core (the first-load budget, scripts/measure.mjs); the service worker precaches all of them, so
 * switching works offline. Written out (not a template import()) so the bundler sees exactly these.
 */
const LOADERS: Record<Locale, Record<MessagePart, () => Chunk>> = {
	en: { core: () => import('./messages/en/core.ts'), rest: () => import('./messages/en/rest.ts') },
	de: { core: () => import('./messages/de/core.ts'), rest: () => import('./messages/de/rest.ts') },
	fr: { core: () => import('./messages/fr/core.ts'), rest: () => import('./messages/fr/rest.ts') },
	es: { core: () => import('./messages/es/core.ts'), rest: () => import('./messages/es/rest.ts') },
	sv: { core: () => import('./messages/sv/core.ts'), rest: () => import('./messages/sv/rest.ts') }
};

export async function loadPart(locale: Locale, part: MessagePart): Promise<Partial<MessageTable>> {
	return (await LOADERS[locale][part]()).default;
}

/** Every message of a language (tests, and the missing-key test). */
export async function loadMessages(locale: Locale): Promise<MessageTable> {
	const [core, rest] = await Promise.all([loadPart(locale, 'core'), loadPart(locale, 'rest')]);
	return { ...core, ...rest } as MessageTable;
}
