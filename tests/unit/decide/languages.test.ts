import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '#lib/i18n/i18n.ts';
import english from '#lib/i18n/messages/en/index.ts';
import german from '#lib/i18n/messages/de/index.ts';
import french from '#lib/i18n/messages/fr/index.ts';
import swedish from '#lib/i18n/messages/sv/index.ts';
import { keptLine, peopleNames } from '#lib/decide/round.ts';
import { PlexClient, PlexError } from '#lib/plex/client.ts';
import { explainSharingError } from '#lib/plex/sharing.ts';
import { SharingState } from '#lib/state/sharing.svelte.ts';
import { samples, TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { testIdentity } from '../../helpers/plex-client.ts';

const tables = { de: german, fr: french, sv: swedish } as const;
function speak(locale: keyof typeof tables): void {
	i18n.use(locale, tables[locale]);
}

afterEach(() => i18n.use('en', english));

describe('Decide together in other languages', () => {
	it('"Kept by all 3" / "Kept by 2 of 3" in English, German and French', () => {
		expect(keptLine({ kind: 'kept', index: 0, keptBy: 3, of: 3, tied: 1 })).toBe('Kept by all 3');
		expect(keptLine({ kind: 'kept', index: 0, keptBy: 2, of: 3, tied: 1 })).toBe('Kept by 2 of 3');
		speak('de');
		expect(keptLine({ kind: 'kept', index: 0, keptBy: 3, of: 3, tied: 1 })).toBe('Alle 3 dafür');
		expect(keptLine({ kind: 'kept', index: 0, keptBy: 1, of: 4, tied: 2 })).toBe('1 von 4 dafür');
		speak('fr');
		expect(keptLine({ kind: 'kept', index: 0, keptBy: 2, of: 3, tied: 1 })).toBe('2 voix sur 3');
	});

	it('names blank people "Person n" in the app’s language', () => {
		expect(peopleNames(2, ['Ada'])).toEqual(['Ada', 'Person 2']);
		speak('sv');
		expect(peopleNames(3, ['', 'Ben'])).toEqual(['Person 1', 'Ben', 'Person 3']);
		speak('fr');
		expect(peopleNames(2)).toEqual(['Personne 1', 'Personne 2']);
	});
});

describe('Sharing in other languages', () => {
	const ctx = { action: 'invite' as const, serverName: 'Okafor Vault', who: 'no.such.user' };

	it('explains a refusal in the app’s language, naming the person', () => {
		const notFound = new PlexError('not-found', 'x', { status: 404, endpoint: 'plex.tv invitation' });
		expect(explainSharingError(notFound, ctx).message).toMatch(/^plex\.tv found no Plex user called “no\.such\.user”/);
		speak('de');
		expect(explainSharingError(notFound, ctx)).toMatchObject({ kind: 'user-not-found', message: expect.stringMatching(/^plex\.tv kennt keinen Plex-Nutzer namens „no\.such\.user“/) });
		expect(explainSharingError(new PlexError('offline', 'x', { endpoint: 'plex.tv invitation' }), ctx).message).toBe(
			'Du bist offline. Freigaben werden auf plex.tv verwaltet: Verbinde dich mit dem Internet und versuch es erneut.'
		);
	});

	it('names the libraries of an invitation as a list in the app’s language', async () => {
		speak('de');
		const world = createWorld({ now: () => Date.parse('2026-11-25T18:20:04Z') });
		const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity, online: () => true });
		const sharing = new SharingState({ client, token: () => TOKENS.account, server: { machineId: samples.v2Server.machineIdentifier, name: 'Okafor Vault' } });
		await sharing.load();
		const ids = sharing.sections.filter((s) => ['Movies', 'TV Shows', 'Documentaries'].includes(s.title)).map((s) => s.id);
		expect(await sharing.invite('noor.haddad', ids, false)).toBe(true);
		expect(sharing.notice).toMatch(/^noor\.haddad wurde zu Movies, TV Shows und Documentaries eingeladen\./);
	});
});
