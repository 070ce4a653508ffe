import { t } from '../i18n/i18n.ts';

/**
 * Tells "the host answered but refused this site" (CORS) from "unreachable" after a request
 * failed at the network level (docs/plex-api.md §2). Loaded by the fetch wrapper only when a
 * request has failed that way, so a first visit does not download it.
 *
 * Both fail `fetch` with the same TypeError. A `no-cors` request to the same host's root settles
 * with an opaque answer when the host did answer, and fails when it cannot be reached. The probe
 * carries no token, no identity and no body, and goes only to the host the failed request went to.
 */

/** How long the probe may take: a host that answered at all answers fast. */
const PROBE_TIMEOUT_MS = 5_000;

export async function hostAnswers(fetcher: typeof fetch, url: URL, signal: AbortSignal): Promise<boolean> {
	try {
		await fetcher(new URL('/', url.origin), {
			method: 'GET',
			mode: 'no-cors',
			credentials: 'omit',
			cache: 'no-store',
			referrerPolicy: 'no-referrer',
			signal: AbortSignal.any([signal, AbortSignal.timeout(PROBE_TIMEOUT_MS)])
		});
		return true;
	} catch {
		return false;
	}
}

/**
 * The words for a CORS refusal: which host refused, that it is Plex's policy and not the
 * person's network. What to do depends on the call, so callers add it.
 */
export function corsRefusedMessage(host: string): string {
	return t('plex_cors_refused', { host });
}
