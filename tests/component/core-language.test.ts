import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { i18n } from '#lib/i18n/i18n.ts';
import english from '#lib/i18n/messages/en/index.ts';
import german from '#lib/i18n/messages/de/index.ts';
import french from '#lib/i18n/messages/fr/index.ts';
import SignInPanel from '#lib/ui/SignInPanel.svelte';
import Welcome from '#lib/ui/Welcome.svelte';
import AppHeader from '#lib/ui/AppHeader.svelte';
import ErrorNotice from '#lib/ui/ErrorNotice.svelte';

/* The first-visit and sign-in screens in another language (the rest of the suite runs in English). */

afterEach(() => i18n.use('en', english));

describe('the first visit and signing in, in German and French', () => {
	it('German: the welcome screen, the demo button and the sign-in button', () => {
		i18n.use('de', german);
		render(Welcome, { busy: false, ondemo: vi.fn() });
		expect(screen.getByRole('heading', { name: 'Was schauen wir heute Abend?' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Demo ausprobieren' })).toBeEnabled();
		render(SignInPanel, { status: 'idle', pin: null, onsignin: vi.fn(), oncancel: vi.fn() });
		expect(screen.getByRole('button', { name: 'Mit Plex anmelden' })).toBeInTheDocument();
		expect(screen.getByText('Melde dich an, um aus deinen eigenen Plex-Bibliotheken auszulosen.')).toBeInTheDocument();
	});

	it('German: an expired session names the person in a whole sentence', () => {
		i18n.use('de', german);
		render(SignInPanel, { status: 'expired', pin: null, username: 'mira.okafor', onsignin: vi.fn(), oncancel: vi.fn() });
		expect(screen.getByText(/^Die Plex-Sitzung von mira\.okafor ist abgelaufen\./)).toBeInTheDocument();
	});

	it('switching language while waiting rewords the panel at once', () => {
		const pin = { code: 'k3v8q1x9', authUrl: 'https://app.plex.tv/auth#?code=k3v8q1x9' };
		render(SignInPanel, { status: 'waiting', pin, onsignin: vi.fn(), oncancel: vi.fn() });
		expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
		i18n.use('fr', french);
		flushSync();
		expect(screen.getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Ouvrir la page de connexion Plex' })).toHaveAttribute('href', pin.authUrl);
		expect(screen.getByText(/autorisez PlexPicker sur la page Plex/)).toBeInTheDocument();
	});

	it('French: the token help keeps its code sample and Plex’s link inside the translated sentences', async () => {
		i18n.use('fr', french);
		render(SignInPanel, { status: 'idle', pin: null, onsignin: vi.fn(), oncancel: vi.fn(), ontoken: vi.fn(async () => true) });
		await userEvent.setup().click(screen.getByText('Autres méthodes'));
		const field = await screen.findByLabelText('Jeton Plex');
		// as read: runs of spaces and line breaks count as one space (not the non-breaking ones)
		const help = document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent?.replace(/[ \t\n]+/g, ' ');
		expect(help).toMatch(/se termine par X-Plex-Token=…\u00a0: copiez ce qui suit\./);
		expect(help).toMatch(/Plex l’explique dans l’article Finding an authentication token \(en anglais\)\./);
		expect(help).not.toContain('{');
		expect(screen.getByRole('link', { name: /Finding an authentication token/ })).toHaveAttribute('href', expect.stringContaining('support.plex.tv'));
		expect(screen.getByRole('button', { name: 'Se connecter avec un jeton' })).toBeInTheDocument();
	});

	it('German: the app bar offline badge, Install and Update, and Dismiss on an error', () => {
		i18n.use('de', german);
		render(AppHeader, { online: false, updateAvailable: true, onupdate: vi.fn(), canInstall: true, oninstall: vi.fn() });
		expect(screen.getByRole('status')).toHaveTextContent('Offline');
		expect(screen.getByRole('status')).toHaveAccessibleDescription(/Das Auswählen funktioniert mit der Kopie auf diesem Gerät/);
		expect(screen.getByRole('button', { name: 'Installieren' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Update' })).toBeInTheDocument();
		render(ErrorNotice, { message: 'x', ondismiss: vi.fn() });
		expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
	});
});
