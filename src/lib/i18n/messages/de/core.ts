import type { Translation } from '../../format-message.ts';
import type english from '../en/core.ts';

export default {
	core_just_now: 'gerade eben',
	core_language: 'Sprache',
	core_language_failed: 'Diese Sprache konnte nicht geladen werden, wahrscheinlich ist die Verbindung abgebrochen. Prüfe deine Verbindung und versuche es noch einmal.',
	core_offline_footer: 'Offline: Das Auswählen funktioniert mit der Kopie auf diesem Gerät. Anmelden, Synchronisieren und „In Plex öffnen“ brauchen eine Verbindung.',
	core_ios_install: 'PlexPicker installieren: Tippe auf „Teilen“ und dann auf „Zum Home-Bildschirm“.',
	core_not_affiliated: 'PlexPicker {version} · nicht mit Plex, Inc. verbunden',

	core_offline: 'Offline',
	core_offline_help: 'Das Auswählen funktioniert mit der Kopie auf diesem Gerät; Anmelden, Synchronisieren und „In Plex öffnen“ brauchen eine Verbindung.',
	core_install: 'Installieren',
	core_update: 'Update',

	core_error_page_title: 'Nicht gefunden · PlexPicker',
	core_error_not_found: 'Diese Seite gibt es nicht',
	core_error_failed: 'Etwas ist schiefgelaufen',
	core_error_single_page: 'PlexPicker besteht aus einer einzigen Seite.',
	core_error_reload: 'Lade die Seite neu und versuche es noch einmal.',
	core_error_back: 'Zurück zu PlexPicker',

	core_opening_library: 'Deine Bibliothek wird geöffnet …',
	core_welcome_title: 'Was schauen wir heute Abend?',
	core_welcome_lede:
		'PlexPicker lost einen zufälligen Film aus deiner Plex-Bibliothek aus – mit den Filtern, die dir wichtig sind, und sogar ohne Empfang, sobald deine Bibliothek auf diesem Gerät gespeichert ist.',
	core_try_demo: 'Demo ausprobieren',
	core_demo_hint: 'Die Demo-Bibliothek besteht aus ein paar hundert erfundenen Filmen und liegt auf diesem Gerät. Kein Konto nötig.',
	core_dismiss: 'Schließen',

	core_waiting_code: 'Warte auf Plex … Anmeldecode wird geholt.',
	core_waiting_elsewhere: 'Warte auf Plex … Die Anmeldung läuft in einem anderen PlexPicker-Fenster.',
	core_waiting_approve: 'Warte auf Plex … Bestätige PlexPicker auf der Plex-Seite.',
	core_cancel: 'Abbrechen',
	core_signin_prompt: 'Melde dich an, um aus deinen eigenen Plex-Bibliotheken auszulosen.',
	core_sign_in_with_plex: 'Mit Plex anmelden',
	core_signin_fine: 'Du bestätigst PlexPicker auf plex.tv; dein Passwort läuft nie über diese App.',
	core_other_ways: 'Andere Wege',
	core_popup_title: 'Anmeldung bei Plex …',

	core_pin_expired: 'Der Anmeldecode ist abgelaufen, bevor Plex ihn bestätigt hat. Tippe auf „Mit Plex anmelden“, um einen neuen zu bekommen.',
	core_signin_cancelled: 'Anmeldung abgebrochen.',
	core_signin_failed: 'Die Anmeldung ist aus unbekanntem Grund fehlgeschlagen. Versuche es noch einmal.',
	core_try_again: 'Versuche es noch einmal.',

	core_storage_quota:
		'Dein Browser hat keinen Speicherplatz mehr für PlexPicker. Schaffe etwas Platz (oder entferne eine gespeicherte Bibliothek) und versuche es noch einmal; was schon gespeichert war, ist noch da.',
	core_storage_unavailable:
		'Dieser Browser lässt PlexPicker keine Daten speichern (privates Surfen oder blockierte Websitedaten). Erlaube Websitedaten für diese Seite oder nutze ein normales Fenster.',
	core_storage_failed: 'Die Bibliothekskopie auf diesem Gerät konnte nicht gespeichert oder gelesen werden. Lade die Seite neu und versuche es noch einmal.',
	core_module_load_failed:
		'Ein Teil von PlexPicker konnte nicht geladen werden, wahrscheinlich ist die Verbindung abgebrochen. Prüfe deine Verbindung und versuche es noch einmal.',
	core_something_wrong: 'Etwas ist schiefgelaufen. Lade die Seite neu und versuche es noch einmal.'
} satisfies Translation<typeof english>;
