import { AppError, asAppError } from '../errors.ts';

/**
 * The words of "Sign in with a token" (README "Signing in"), loaded only when someone uses it.
 * A pasted X-Plex-Token is trimmed (and a copied "X-Plex-Token=" prefix dropped); the check
 * itself is GET https://plex.tv/api/v2/user, as after a PIN sign-in (docs/plex-api.md §2, §4).
 */
export function readToken(input: string): { token: string } | { error: string } {
	const token = input.trim().replace(/^X-Plex-Token=/i, '');
	if (token === '') return { error: 'Paste your Plex token first.' };
	if (!/^[A-Za-z0-9_-]{8,200}$/.test(token)) {
		return { error: 'That does not look like a Plex token: it is a run of letters, digits, “-” and “_”, with no spaces (copy only what follows “X-Plex-Token=”).' };
	}
	return { token };
}

/** Why plex.tv did not take the token, never repeating it. */
export function tokenRefusal(error: unknown): string {
	if (error instanceof AppError && error.kind === 'unauthorized') {
		return 'plex.tv does not accept this token: it may be incomplete, or signed out. Copy it again (everything after “X-Plex-Token=”, up to the next “&”), then try again.';
	}
	return asAppError(error, 'Checking the token failed for an unknown reason. Try again.').message;
}
