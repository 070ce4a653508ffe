import type { Translation } from '../../format-message.ts';
import type english from '../en/core.ts';

export default {
	core_just_now: 'nyss',
	core_language: 'Språk',
	core_language_failed: 'Språket kunde inte laddas, troligen för att anslutningen bröts. Kontrollera anslutningen och försök igen.',
	core_offline_footer: 'Offline: du kan välja från kopian på den här enheten. Inloggning, synkning och ”Öppna i Plex” kräver anslutning.',
	core_ios_install: 'Installera PlexPicker: tryck på Dela och sedan på ”Lägg till på hemskärmen”.',
	core_not_affiliated: 'PlexPicker {version} · inte knutet till Plex, Inc.'
} satisfies Translation<typeof english>;
