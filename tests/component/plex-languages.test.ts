import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '#lib/i18n/i18n.ts';
import english from '#lib/i18n/messages/en/index.ts';
import german from '#lib/i18n/messages/de/index.ts';
import french from '#lib/i18n/messages/fr/index.ts';
import swedish from '#lib/i18n/messages/sv/index.ts';
import spanish from '#lib/i18n/messages/es/index.ts';
import ServerPicker from '#lib/ui/ServerPicker.svelte';
import ConnectionPanel from '#lib/ui/ConnectionPanel.svelte';
import WhoIsWatching from '#lib/ui/WhoIsWatching.svelte';
import AddServer from '#lib/ui/AddServer.svelte';
import { explainFailure } from '#lib/connection/explain.ts';
import { parseServerAddress } from '#lib/connection/manual.ts';
import { explainHome, parseHomeMembers } from '#lib/plex/home.ts';
import type { PlexServer } from '#lib/plex/resources.ts';
import usersSample from '../fake-plex/samples/plextv-home-users.json' with { type: 'json' };

/**
 * The Plex screens in the other languages (issue 20): what a German, French, Spanish or Swedish
 * speaker reads and what their screen reader names, with Plex's own names left as Plex sends them.
 */
afterEach(() => i18n.use('en', english));

const NOW = Date.UTC(2026, 11, 3, 12);
const DAY = 86_400_000;
const server = (over: Partial<PlexServer>): PlexServer => ({
	name: 'Okafor Vault',
	machineId: 'a',
	accessToken: 'tok',
	owned: true,
	ownerName: undefined,
	presence: true,
	lastSeenAt: undefined,
	publicAddressMatches: false,
	httpsRequired: false,
	dnsRebindingProtection: false,
	version: undefined,
	connections: [],
	...over
});
const noop = () => {};

describe('Plex screens in other languages', () => {
	it('German server list: heading, owner, “last seen” in German words; server and owner names as Plex sends them', () => {
		i18n.use('de', german);
		render(ServerPicker, {
			servers: [server({}), server({ name: 'Cabin NAS', machineId: 'b', owned: false, ownerName: 'okafor.senior', presence: false, lastSeenAt: NOW - 3 * DAY })],
			chosenId: null,
			now: NOW,
			onchoose: noop
		});
		expect(screen.getByRole('heading', { name: 'Deine Plex-Server' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Cabin NAS' })).toHaveAccessibleDescription(/Geteilt von okafor\.senior · Offline, zuletzt gesehen vor 3 Tagen/);
		expect(screen.getByRole('button', { name: 'Okafor Vault' })).toHaveAccessibleDescription(/Deiner · Online/);
	});

	it('follows a change of language without reloading: English first, then German', () => {
		render(ConnectionPanel, { serverName: 'Okafor Vault', status: 'connected', via: 'local', onretry: noop });
		expect(screen.getByRole('status')).toHaveTextContent('Connected to Okafor Vault through your local network.');
		i18n.use('de', german);
		flushSync();
		expect(screen.getByRole('status')).toHaveTextContent('Über dein lokales Netzwerk mit Okafor Vault verbunden.');
	});

	it('Swedish failure: the reasons, the Retry button and the table of addresses tried, with kinds and results in Swedish', async () => {
		i18n.use('sv', swedish);
		const attempts = [{ uri: 'https://192-168-1-20.abc.plex.direct:32400', kind: 'local' as const, outcome: 'timeout' as const, ms: 1200 }];
		const reasons = explainFailure(server({}), attempts, [], { pageProtocol: 'https:' });
		render(ConnectionPanel, { serverName: 'Okafor Vault', status: 'failed', reasons, attempts, onretry: noop });
		expect(screen.getByRole('alert')).toHaveTextContent('Det gick inte att ansluta till Okafor Vault.');
		expect(screen.getByRole('alert')).toHaveTextContent('Ingen adress till Okafor Vault svarade i tid.');
		expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
		await userEvent.setup().click(screen.getByText('Provade adresser'));
		expect(screen.getByRole('columnheader', { name: 'Resultat' })).toBeInTheDocument();
		// Numbers in Swedish: a space groups thousands ("1 200 ms").
		expect(screen.getByRole('row', { name: /lokal inget svar i tid · 1\s200\sms/ })).toBeInTheDocument();
	});

	it('French “Who’s watching?”: the button, the member being watched in bold, French spacing before “?”', async () => {
		i18n.use('fr', french);
		const members = parseHomeMembers(usersSample);
		const jonah = members.find((m) => m.title === 'Jonah')!;
		render(WhoIsWatching, {
			accountName: 'mira.okafor',
			watching: { title: 'Jonah' },
			currentId: jonah.id,
			status: 'ready',
			members,
			problem: null,
			asking: null,
			pinError: null,
			busy: false,
			notice: null,
			onopen: noop,
			onchoose: noop,
			onpin: noop,
			oncancelpin: noop,
			onback: noop
		});
		expect(screen.getByText('Jonah', { selector: 'strong' }).parentElement).toHaveTextContent('Vous regardez en tant que Jonah (dans le Plex Home de mira.okafor)');
		expect(screen.getByRole('button', { name: 'Revenir à mira.okafor' })).toBeInTheDocument();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Qui regarde\u00a0?' }));
		expect(screen.getByText('code PIN requis')).toBeInTheDocument();
	});

	it('Spanish “Add a server by address”: labels name the fields, the help keeps its code, a typed mistake is explained in Spanish', () => {
		i18n.use('es', spanish);
		render(AddServer, { busy: false, error: null, onadd: async () => false });
		expect(screen.getByRole('textbox', { name: 'Dirección del servidor' })).toHaveAccessibleDescription(/distintas de \*\.plex\.direct deban permitirse/);
		expect(screen.getByText('PLEXPICKER_CSP_CONNECT', { selector: 'code' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Añadir servidor por dirección' })).toBeInTheDocument();
		expect(parseServerAddress('', 'https:')).toEqual({ ok: false, message: 'Escribe la dirección del servidor, por ejemplo https://plex.example.org:32400.' });
	});
});

describe('Plex explanations: whole sentences per language and per count', () => {
	const mixed = (n: number) => Array.from({ length: n }, (_, i) => ({ uri: `http://192.168.1.${i + 2}:32400`, kind: 'local' as const, reason: 'mixed-content' as const }));
	const tried = [{ uri: 'https://203-0-113-45.abc.plex.direct:32400', kind: 'remote' as const, outcome: 'timeout' as const, ms: 10 }];

	it('English keeps its words for one and for several plain http addresses', () => {
		expect(explainFailure(server({}), tried, mixed(1), { pageProtocol: 'https:' })[0]!.text).toBe('1 plain http:// address was not tried: browsers block them on HTTPS pages.');
		expect(explainFailure(server({}), tried, mixed(2), { pageProtocol: 'https:' })[0]!.text).toBe('2 plain http:// addresses were not tried: browsers block them on HTTPS pages.');
	});

	it('German and French pick their own singular and plural', () => {
		i18n.use('de', german);
		expect(explainFailure(server({}), tried, mixed(1), { pageProtocol: 'https:' })[0]!.text).toMatch(/^1 einfache http:\/\/-Adresse wurde nicht versucht/);
		expect(explainFailure(server({}), tried, mixed(3), { pageProtocol: 'https:' })[0]!.text).toMatch(/^3 einfache http:\/\/-Adressen wurden nicht versucht/);
		i18n.use('fr', french);
		expect(explainFailure(server({ presence: false, lastSeenAt: Date.now() - DAY }), [], [], { pageProtocol: 'https:' })[0]!.text).toMatch(/depuis 1 jour\u00a0:/);
	});

	it('a wrong Home PIN names the member in Swedish without gluing an English possessive', () => {
		i18n.use('sv', swedish);
		expect(explainHome('wrong-pin', { current: 'mira.okafor', member: 'Ada' })).toBe(
			'Den PIN-koden hör inte till Ada. Inget har ändrats: PlexPicker visar fortfarande vad mira.okafor har sett. Kontrollera de 4 siffrorna och försök igen.'
		);
	});
});
