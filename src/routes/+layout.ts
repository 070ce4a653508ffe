import { loadPart } from '#lib/i18n/load.ts';
import { LanguageState } from '#lib/state/language.svelte.ts';

// A pure single-page app: no server rendering, no prerendering; adapter-static writes the
// fallback shell (index.html) that every path loads.
export const ssr = false;
export const prerender = false;

/** The app speaks once its language is in: the kit renders nothing before this resolves. */
export async function load() {
	const language = new LanguageState({
		storage: localStorage,
		languages: () => navigator.languages,
		load: loadPart,
		root: document.documentElement
	});
	await language.start();
	return { language };
}
