import { AppError, asAppError } from '../errors.ts';
import { t } from '../i18n/i18n.ts';

/**
 * The words of "Sign in with a token" (README "Signing in"), loaded only when someone uses it.
 * A pasted X-Plex-Token is trimmed (and a copied "X-Plex-Token=" prefix dropped); the check
 * itself is GET https://plex.tv/api/v2/user, as after a PIN sign-in (docs/plex-api.md §2, §4).
 */
export function readToken(input: string): { token: string } | { error: string } {
	const token = input.trim().replace(/^X-Plex-Token=/i, '');
	if (token === '') return { error: t('plex_token_empty') };
	if (!/^[A-Za-z0-9_-]{8,200}$/.test(token)) {
		return { error: t('plex_token_malformed') };
	}
	return { token };
}

/** Why plex.tv did not take the token, never repeating it. */
export function tokenRefusal(error: unknown): string {
	if (error instanceof AppError && error.kind === 'unauthorized') {
		return t('plex_token_refused');
	}
	return asAppError(error, t('plex_token_check_failed')).message;
}
