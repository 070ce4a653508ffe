import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '#lib/i18n/i18n.ts';
import english from '#lib/i18n/messages/en/index.ts';
import german from '#lib/i18n/messages/de/index.ts';
import french from '#lib/i18n/messages/fr/index.ts';
import DecideSetup from '#lib/ui/DecideSetup.svelte';
import DecideTurn from '#lib/ui/DecideTurn.svelte';
import ShufflePanel from '#lib/ui/ShufflePanel.svelte';
import SharingPerson from '#lib/ui/SharingPerson.svelte';
import type { Share } from '#lib/plex/sharing.ts';
import { item } from '../helpers/items.ts';

afterEach(() => i18n.use('en', english));

describe('the together screens in other languages', () => {
	it('Decide together setup: German labels and a plural that follows the count', () => {
		i18n.use('de', german);
		render(DecideSetup, { available: 1, noun: 'show', onstart: vi.fn(), oncancel: vi.fn() });
		expect(screen.getByRole('heading', { name: 'Gemeinsam entscheiden' })).toBeInTheDocument();
		expect(screen.getByRole('spinbutton', { name: 'Wie viele Personen' })).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: 'Name von Person 2' })).toHaveAttribute('placeholder', 'Person 2');
		expect(screen.getByRole('option', { name: '5 Titel' })).toBeInTheDocument();
		expect(screen.getByText('Ausgelost aus der einen Serie, die zu den Filtern passt: Sie ist dabei.')).toBeInTheDocument();
	});

	it('a turn: "Keep <title>" / "Veto <title>" and the count of marks in French', () => {
		i18n.use('fr', french);
		const entries = ['Arrival', 'Heat'].map((title, i) => ({ libraryId: 'l', serverId: 's', source: 'plex' as const, item: item({ ratingKey: String(i), title }) }));
		render(DecideTurn, { name: 'Ada', entries, marks: ['keep', null], last: false, onmark: vi.fn(), onnext: vi.fn() });
		expect(screen.getByRole('heading', { name: 'À Ada de choisir' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Garder Arrival' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: 'Écarter Heat' })).toHaveAttribute('aria-pressed', 'false');
		expect(screen.getByText(/^1 sur 2 choisis \(un titre sans choix compte comme non gardé\)\.$/)).toBeInTheDocument();
	});

	it('Shuffle across shows counts in French: 0 and 1 take the singular', () => {
		i18n.use('fr', french);
		const shows = ['Harbour Lights', 'Night Ferry'].map((title, i) => ({ key: `s:${i}`, title, episodes: 1 + i }));
		render(ShufflePanel, { shows, chosen: ['s:0'], mode: 'fair', used: 1, onchoose: vi.fn(), onmode: vi.fn(), onrestart: vi.fn() });
		expect(screen.getByText('1 série choisie. 1 épisode tiré dans ce tour.')).toBeInTheDocument();
		expect(screen.getByRole('group', { name: 'Séries' })).toHaveTextContent('1 ép.');
		expect(screen.getByRole('radio', { name: /Équitable par série/ })).toBeChecked();
	});

	it('a person a server is shared with: German names, the libraries as a list', () => {
		i18n.use('de', german);
		const sections = [
			{ id: 1, key: '1', title: 'Movies', type: 'movie' },
			{ id: 2, key: '2', title: 'TV Shows', type: 'show' },
			{ id: 3, key: '3', title: 'Music', type: 'artist' }
		];
		const share: Share = {
			id: 9,
			machineId: 'm',
			pending: true,
			name: 'Jun Park',
			username: 'junpark',
			email: undefined,
			allLibraries: false,
			libraries: sections,
			settings: {},
			invitedAt: undefined
		};
		render(SharingPerson, { share, sections, serverName: 'Okafor Vault', busy: false, onupdate: vi.fn(), onremove: vi.fn() });
		expect(screen.getByText('Einladung ausstehend · junpark')).toBeInTheDocument();
		expect(screen.getByText('Bibliotheken: Movies, TV Shows und Music')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Einladung an Jun Park zurückziehen' })).toHaveTextContent('Einladung zurückziehen');
	});
});
