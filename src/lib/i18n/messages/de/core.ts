import type { Translation } from '../../format-message.ts';
import type english from '../en/core.ts';

export default {
	core_just_now: 'gerade eben',
	core_language: 'Sprache',
	core_language_failed: 'Diese Sprache konnte nicht geladen werden, wahrscheinlich ist die Verbindung abgebrochen. Prüfe deine Verbindung und versuche es noch einmal.',
	core_offline_footer: 'Offline: Das Auswählen funktioniert mit der Kopie auf diesem Gerät. Anmelden, Synchronisieren und „In Plex öffnen“ brauchen eine Verbindung.',
	core_ios_install: 'PlexPicker installieren: Tippe auf „Teilen“ und dann auf „Zum Home-Bildschirm“.',
	core_not_affiliated: 'PlexPicker {version} · nicht mit Plex, Inc. verbunden'
} satisfies Translation<typeof english>;
