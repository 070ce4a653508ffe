import type { Translation } from '../../format-message.ts';
import type english from '../en/core.ts';

export default {
	core_just_now: 'nyss',
	core_language: 'Språk',
	core_language_failed: 'Språket kunde inte laddas, troligen för att anslutningen bröts. Kontrollera anslutningen och försök igen.',
	core_offline_footer: 'Offline: du kan välja från kopian på den här enheten. Inloggning, synkning och ”Öppna i Plex” kräver anslutning.',
	core_ios_install: 'Installera PlexPicker: tryck på Dela och sedan på ”Lägg till på hemskärmen”.',
	core_not_affiliated: 'PlexPicker {version} · inte knutet till Plex, Inc.',

	core_offline: 'Offline',
	core_offline_help: 'Du kan välja från kopian på den här enheten; inloggning, synkning och ”Öppna i Plex” kräver anslutning.',
	core_install: 'Installera',
	core_update: 'Uppdatera',

	core_error_page_title: 'Hittades inte · PlexPicker',
	core_error_not_found: 'Sidan finns inte',
	core_error_failed: 'Något gick fel',
	core_error_single_page: 'PlexPicker finns på en enda sida.',
	core_error_reload: 'Ladda om sidan och försök igen.',
	core_error_back: 'Tillbaka till PlexPicker',

	core_opening_library: 'Öppnar ditt bibliotek…',
	core_welcome_title: 'Vad ska vi se i kväll?',
	core_welcome_lede:
		'PlexPicker slumpar fram en film ur ditt Plex-bibliotek, med de filter du bryr dig om, och till och med utan täckning när biblioteket väl är sparat på den här enheten.',
	core_try_demo: 'Prova demobiblioteket',
	core_demo_hint: 'Demobiblioteket är några hundra påhittade filmer som sparas på den här enheten. Inget konto behövs.',
	core_dismiss: 'Stäng',

	core_waiting_code: 'Väntar på Plex… hämtar en inloggningskod.',
	core_waiting_elsewhere: 'Väntar på Plex… inloggningen pågår i ett annat PlexPicker-fönster.',
	core_waiting_approve: 'Väntar på Plex… godkänn PlexPicker på Plex-sidan.',
	core_cancel: 'Avbryt',
	core_signin_prompt: 'Logga in för att slumpa från dina egna Plex-bibliotek.',
	core_sign_in_with_plex: 'Logga in med Plex',
	core_signin_fine: 'Du godkänner PlexPicker på plex.tv; ditt lösenord passerar aldrig genom den här appen.',
	core_other_ways: 'Andra sätt',
	core_popup_title: 'Loggar in på Plex…',

	core_pin_expired: 'Inloggningskoden gick ut innan Plex bekräftade den. Tryck på ”Logga in med Plex” för att få en ny.',
	core_signin_cancelled: 'Inloggningen avbröts.',
	core_signin_failed: 'Inloggningen misslyckades av okänd anledning. Försök igen.',
	core_try_again: 'Försök igen.',

	core_storage_quota:
		'Webbläsaren har inte mer lagringsutrymme för PlexPicker. Frigör utrymme (eller ta bort ett sparat bibliotek) och försök igen; det som redan sparats finns kvar.',
	core_storage_unavailable:
		'Den här webbläsaren låter inte PlexPicker spara data (privat surfning eller blockerad webbplatsdata). Tillåt webbplatsdata för den här sidan eller använd ett vanligt fönster.',
	core_storage_failed: 'Det gick inte att spara eller läsa bibliotekskopian på den här enheten. Ladda om sidan och försök igen.',
	core_module_load_failed: 'En del av PlexPicker kunde inte laddas, troligen för att anslutningen bröts. Kontrollera anslutningen och försök igen.',
	core_something_wrong: 'Något gick fel. Ladda om sidan och försök igen.'
} satisfies Translation<typeof english>;
