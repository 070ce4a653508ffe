import { afterEach, describe, expect, it } from 'vitest';
import { i18n, type MessageTable } from '#lib/i18n/i18n.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import english from '#lib/i18n/messages/en/index.ts';
import german from '#lib/i18n/messages/de/index.ts';
import french from '#lib/i18n/messages/fr/index.ts';
import spanish from '#lib/i18n/messages/es/index.ts';
import swedish from '#lib/i18n/messages/sv/index.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { getAccount } from '#lib/plex/account.ts';
import { createPin } from '#lib/plex/pins.ts';
import { storageError } from '#lib/errors.ts';
import { readToken } from '#lib/auth/token-sign-in.ts';
import { pollPin } from '#lib/auth/pin-poll.ts';
import { AppError } from '#lib/errors.ts';
import { SessionState } from '#lib/state/session.svelte.ts';
import { memoryStorage } from '../../helpers/storage.ts';
import { plexFailure, testIdentity } from '../../helpers/plex-client.ts';

/*
 * What a person reads when the app speaks another language: the errors the Plex client, the
 * sign-in and this device's storage make are worded in it (the rest of the suite runs in English).
 */

const NBSP = '\u00a0';

function speak(locale: Locale, messages: MessageTable, tag: string = locale) {
	i18n.use(locale, messages, tag);
}

afterEach(() => speak('en', english));

function client(fetchImpl: typeof fetch, online = true) {
	return new PlexClient({ fetch: fetchImpl, identity: () => testIdentity, online: () => online });
}

describe('Plex request failures in the app’s language', () => {
	it('German: plex.tv refusing the saved sign-in names plex.tv and says to sign in again', async () => {
		speak('de', german);
		const c = client(async () => new Response('{"errors":[{"code":1001}]}', { status: 401 }));
		const error = await plexFailure(getAccount(c, 'secret-token'));
		expect(error.kind).toBe('unauthorized');
		expect(error.message).toBe('plex.tv (Konto) akzeptiert deine Anmeldung nicht mehr. Melde dich wieder an.');
		expect(error.message).not.toContain('secret-token');
	});

	it('German: a server in trouble says how long to wait, in German units', async () => {
		speak('de', german);
		const c = client(async () => new Response('busy', { status: 503, headers: { 'Retry-After': '120' } }));
		const error = await plexFailure(c.send({ base: 'https://10.0.0.2:32400', path: '/library/sections', token: 't' }));
		expect(error.message).toBe('10.0.0.2 /library/sections hat Probleme (Fehler 503). Versuche es in 2 Minuten noch einmal.');
	});

	it('Swedish: “slow down” with a wait of one second uses the singular', async () => {
		speak('sv', swedish);
		const c = client(async () => new Response('', { status: 429, headers: { 'Retry-After': '1' } }));
		const error = await plexFailure(createPin(c));
		expect(error.kind).toBe('rate-limited');
		expect(error.message).toBe('plex.tv (inloggning) ber PlexPicker att sakta ner. Försök igen om 1 sekund.');
	});

	it('French: an unreachable plex.tv names the host to allow in a blocker, with French spacing', async () => {
		speak('fr', french);
		const c = client(async () => {
			throw new TypeError('Failed to fetch');
		});
		const error = await plexFailure(createPin(c));
		expect(error.kind).toBe('network');
		expect(error.message).toBe(
			`Impossible de joindre plex.tv. Vérifiez votre connexion${NBSP}; si un bloqueur de publicités ou de traqueurs est actif, autorisez plex.tv pour ce site, puis réessayez.`
		);
	});

	it('French: a CORS refusal says it is Plex’s policy, not the network', async () => {
		speak('fr', french);
		// The request fails like a network error; the no-cors probe of the same host is answered.
		const c = client(async (_url, init) => {
			if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
			throw new TypeError('Failed to fetch');
		});
		const error = await plexFailure(createPin(c));
		expect(error.kind).toBe('cors-refused');
		expect(error.message).toMatch(/^plex\.tv a répondu, mais refuse que ce site lise sa réponse/);
		expect(error.message).toContain(`C’est la politique de Plex`);
	});

	it('Spanish: offline, the request says so and what to do', async () => {
		speak('es', spanish);
		const c = client(async () => {
			throw new TypeError('Failed to fetch');
		}, false);
		const error = await plexFailure(getAccount(c, 't'));
		expect(error.kind).toBe('offline');
		expect(error.message).toBe('No tienes conexión, así que no se puede contactar con plex.tv (cuenta). Conéctate a internet y vuelve a intentarlo.');
	});
});

describe('sign-in and storage words in the app’s language', () => {
	it('a pasted token is checked in German', () => {
		speak('de', german);
		expect(readToken('   ')).toEqual({ error: 'Füge zuerst dein Plex-Token ein.' });
		expect(readToken('not a token')).toEqual({ error: expect.stringMatching(/^Das sieht nicht nach einem Plex-Token aus/) });
	});

	it('giving up on the PIN counts the tries with the language’s plural', async () => {
		const failing = {
			check: async () => {
				throw new AppError('network', 'x');
			},
			now: () => 0,
			wait: async () => {}
		};
		const poll = (maxFailures: number) =>
			pollPin({ id: 1, expiresAt: 10_000 }, failing, { startedAt: 0, maxFailures, signal: new AbortController().signal });
		speak('en', english);
		const one = await poll(1);
		expect(one.kind === 'failed' && one.error.message).toBe('Could not reach plex.tv to finish signing in (1 try). x');
		speak('fr', french);
		const five = await poll(5);
		expect(five.kind === 'failed' && five.error.message).toBe(`Impossible de joindre plex.tv pour terminer la connexion (5${NBSP}essais). x`);
	});

	it('a full device storage is explained in Spanish', () => {
		speak('es', spanish);
		const error = storageError(new DOMException('full', 'QuotaExceededError'));
		expect(error.kind).toBe('quota');
		expect(error.message).toMatch(/^Tu navegador se quedó sin espacio de almacenamiento para PlexPicker\./);
	});
});

describe('the sign-in notice', () => {
	it('follows a change of language while it is shown, and still tells “signed out” apart', () => {
		const browser = { openPopup: () => null, navigate: () => {}, prefersRedirect: () => true, returnUrl: () => 'https://picker.example/' };
		const session = new SessionState({ client: client(async () => new Response('{}')), storage: memoryStorage(), browser });
		session.signOut();
		expect(session.notice).toBe('Signed out.');
		expect(session.signedOut).toBe(true);
		speak('de', german);
		expect(session.notice).toBe('Abgemeldet.');
		expect(session.signedOut).toBe(true);
		session.cancel();
		expect(session.notice).toBe('Anmeldung abgebrochen.');
		expect(session.signedOut).toBe(false);
	});
});
