import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ServerPicker from '#lib/ui/ServerPicker.svelte';
import ConnectionPanel from '#lib/ui/ConnectionPanel.svelte';
import LibraryChooser from '#lib/ui/LibraryChooser.svelte';
import type { PlexServer } from '#lib/plex/resources.ts';
import type { LibrarySection } from '#lib/plex/library.ts';
import { AppError } from '#lib/errors.ts';

const server = (over: Partial<PlexServer>): PlexServer => ({
	name: 'Okafor Vault',
	machineId: 'a',
	accessToken: 'secret-server-token',
	owned: true,
	ownerName: undefined,
	presence: true,
	lastSeenAt: undefined,
	publicAddressMatches: true,
	httpsRequired: false,
	dnsRebindingProtection: false,
	version: undefined,
	connections: [],
	...over
});

describe('ServerPicker', () => {
	it('names each server by its name, says whose it is and whether it is online, and chooses it', async () => {
		const onchoose = vi.fn();
		const now = Date.parse('2026-11-25T12:00:00Z');
		render(ServerPicker, {
			servers: [server({}), server({ name: "Dad's Plex", machineId: 'b', owned: false, ownerName: 'okafor.senior' }), server({ name: 'Cabin NAS', machineId: 'c', presence: false, lastSeenAt: now - 90 * 86_400_000 })],
			chosenId: 'a',
			now,
			onchoose
		});
		expect(screen.getByRole('button', { name: 'Okafor Vault' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: "Dad's Plex" })).toHaveAccessibleDescription(/Shared by okafor\.senior · Online/);
		expect(screen.getByRole('button', { name: 'Cabin NAS' })).toHaveAccessibleDescription(/Offline, last seen 3 months ago/);
		await userEvent.setup().click(screen.getByRole('button', { name: "Dad's Plex" }));
		expect(onchoose).toHaveBeenCalledWith('b');
		expect(document.body.textContent).not.toContain('secret-server-token');
	});

	it('explains an account without servers', () => {
		render(ServerPicker, { servers: [], chosenId: null, now: 0, onchoose: () => {} });
		expect(screen.getByText(/no servers/)).toBeInTheDocument();
	});
});

describe('ConnectionPanel', () => {
	it('connecting, then connected with the kind of connection', async () => {
		const { rerender } = render(ConnectionPanel, { serverName: 'Okafor Vault', status: 'connecting', onretry: () => {} });
		expect(screen.getByRole('status')).toHaveTextContent('Connecting to Okafor Vault');
		await rerender({ serverName: 'Okafor Vault', status: 'connected', via: 'relay', onretry: () => {} });
		expect(screen.getByRole('status')).toHaveTextContent('Connected to Okafor Vault through Plex Relay');
	});

	it('failed: the reasons, Retry, and the addresses tried without anything secret', async () => {
		const onretry = vi.fn();
		render(ConnectionPanel, {
			serverName: 'Okafor Vault',
			status: 'failed',
			reasons: [{ kind: 'mixed-content', group: 'all', text: 'This page is served over HTTPS…' }],
			attempts: [{ uri: 'https://a.plex.direct:32400', kind: 'local', outcome: 'timeout', ms: 3000 }],
			excluded: [{ uri: 'http://192.168.1.20:32400', kind: 'local', reason: 'mixed-content' }],
			onretry
		});
		expect(screen.getByRole('alert')).toHaveTextContent('Could not connect to Okafor Vault.');
		expect(screen.getByRole('alert')).toHaveTextContent('This page is served over HTTPS');
		expect(screen.getByRole('row', { name: /a\.plex\.direct.*no answer in time/ })).toBeInTheDocument();
		expect(screen.getByRole('row', { name: /192\.168\.1\.20.*skipped: http on an https page/ })).toBeInTheDocument();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
		expect(onretry).toHaveBeenCalledOnce();
	});
});

describe('LibraryChooser', () => {
	const section = (key: string, type: LibrarySection['type'], title: string): LibrarySection => ({ key, type, title, updatedAt: 1, scannedAt: 1, contentChangedAt: 1 });
	const movies = section('1', 'movie', 'Movies');
	const tv = section('2', 'show', 'TV Shows');
	const music = section('3', 'artist', 'Music');
	const meta = { id: 's:1', serverId: 's', sectionKey: '1', source: 'plex' as const, serverName: 'Vault', title: 'Movies', type: 'movie' as const, itemCount: 1234, syncedAt: 0 };

	it('a checkbox per movie and TV library, music listed as not supported', async () => {
		const ontoggle = vi.fn();
		render(LibraryChooser, { serverName: 'Vault', rows: [{ section: movies }, { section: tv }, { section: music }], connected: true, now: 0, ontoggle, onsync: () => {}, oncancel: () => {} });
		expect(screen.getByRole('checkbox', { name: 'Movies' })).not.toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'TV Shows' })).toBeInTheDocument();
		expect(screen.queryByRole('checkbox', { name: 'Music' })).toBeNull();
		expect(screen.getByText(/Not supported.*Music \(Music\)/)).toBeInTheDocument();
		await userEvent.setup().click(screen.getByRole('checkbox', { name: 'TV Shows' }));
		expect(ontoggle).toHaveBeenCalledWith(tv, true);
	});

	it('while syncing: a progressbar with counts and a way to cancel', async () => {
		const oncancel = vi.fn();
		render(LibraryChooser, { serverName: 'Vault', rows: [{ section: movies, progress: { phase: 'syncing', done: 400, total: 1000 } }], connected: true, now: 0, ontoggle: () => {}, onsync: () => {}, oncancel });
		const bar = screen.getByRole('progressbar', { name: 'Syncing Movies' });
		expect(bar).toHaveAttribute('aria-valuenow', '400');
		expect(bar).toHaveAttribute('aria-valuemax', '1000');
		expect(screen.getByText('400 of 1,000')).toBeInTheDocument();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel sync' }));
		expect(oncancel).toHaveBeenCalledWith(movies);
	});

	it('kept: the size and "Last synced", and Sync now only while connected', async () => {
		const { rerender } = render(LibraryChooser, { serverName: 'Vault', rows: [{ section: movies, meta }], connected: true, now: 2 * 3_600_000, ontoggle: () => {}, onsync: () => {}, oncancel: () => {} });
		expect(screen.getByRole('checkbox', { name: 'Movies' })).toBeChecked();
		expect(screen.getByText(/1,234 titles · Last synced 2 hours ago/)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Sync now' })).toBeEnabled();
		await rerender({ serverName: 'Vault', rows: [{ section: movies, meta }], connected: false, now: 0, ontoggle: () => {}, onsync: () => {}, oncancel: () => {} });
		expect(screen.getByRole('button', { name: 'Sync now' })).toBeDisabled();
	});

	it('a failed sync shows its message as an alert', () => {
		render(LibraryChooser, {
			serverName: 'Vault',
			rows: [{ section: movies, meta, progress: { phase: 'error', done: 0, total: 0, error: new AppError('network', 'Lost the connection. The copy saved before is unchanged.') } }],
			connected: true,
			now: 0,
			ontoggle: () => {},
			onsync: () => {},
			oncancel: () => {}
		});
		expect(screen.getByRole('alert')).toHaveTextContent('The copy saved before is unchanged.');
	});
});
