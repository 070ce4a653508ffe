import type { Translation } from '../../format-message.ts';
import type english from '../en/core.ts';

export default {
	core_just_now: 'à l’instant',
	core_language: 'Langue',
	core_language_failed: 'Cette langue n’a pas pu être chargée, sans doute parce que la connexion a été coupée. Vérifiez votre connexion et réessayez.',
	core_offline_footer: 'Hors ligne : le tirage fonctionne avec la copie enregistrée sur cet appareil. La connexion, la synchronisation et « Ouvrir dans Plex » ont besoin du réseau.',
	core_ios_install: 'Installer PlexPicker : touchez Partager, puis « Sur l’écran d’accueil ».',
	core_not_affiliated: 'PlexPicker {version} · sans lien avec Plex, Inc.'
} satisfies Translation<typeof english>;
