import type { Translation } from '../../format-message.ts';
import type english from '../en/core.ts';

export default {
	core_just_now: 'à l’instant',
	core_language: 'Langue',
	core_language_failed: 'Cette langue n’a pas pu être chargée, sans doute parce que la connexion a été coupée. Vérifiez votre connexion et réessayez.',
	core_offline_footer: 'Hors ligne : le tirage fonctionne avec la copie enregistrée sur cet appareil. La connexion, la synchronisation et « Ouvrir dans Plex » ont besoin du réseau.',
	core_ios_install: 'Installer PlexPicker : touchez Partager, puis « Sur l’écran d’accueil ».',
	core_not_affiliated: 'PlexPicker {version} · sans lien avec Plex, Inc.',

	core_offline: 'Hors ligne',
	core_offline_help: 'Le tirage fonctionne avec la copie enregistrée sur cet appareil ; la connexion, la synchronisation et « Ouvrir dans Plex » ont besoin du réseau.',
	core_install: 'Installer',
	core_update: 'Mettre à jour',

	core_error_page_title: 'Introuvable · PlexPicker',
	core_error_not_found: 'Cette page n’existe pas',
	core_error_failed: 'Un problème est survenu',
	core_error_single_page: 'PlexPicker tient sur une seule page.',
	core_error_reload: 'Rechargez la page et réessayez.',
	core_error_back: 'Retour à PlexPicker',

	core_opening_library: 'Ouverture de votre bibliothèque…',
	core_welcome_title: 'On regarde quoi ce soir ?',
	core_welcome_lede:
		'PlexPicker tire au sort un film de votre bibliothèque Plex, avec les filtres qui comptent pour vous, et même sans réseau une fois votre bibliothèque enregistrée sur cet appareil.',
	core_try_demo: 'Essayer la démo',
	core_demo_hint: 'La bibliothèque de démo compte quelques centaines de films imaginaires, enregistrés sur cet appareil. Aucun compte requis.',
	core_dismiss: 'Fermer',

	core_waiting_code: 'En attente de Plex… obtention d’un code de connexion.',
	core_waiting_elsewhere: 'En attente de Plex… la connexion est en cours dans une autre fenêtre PlexPicker.',
	core_waiting_approve: 'En attente de Plex… autorisez PlexPicker sur la page Plex.',
	core_cancel: 'Annuler',
	core_signin_prompt: 'Connectez-vous pour tirer au sort dans vos propres bibliothèques Plex.',
	core_sign_in_with_plex: 'Se connecter avec Plex',
	core_signin_fine: 'Vous autorisez PlexPicker sur plex.tv ; votre mot de passe ne passe jamais par cette app.',
	core_other_ways: 'Autres méthodes',
	core_popup_title: 'Connexion à Plex…',

	core_pin_expired: 'Le code de connexion a expiré avant que Plex le confirme. Touchez « Se connecter avec Plex » pour en obtenir un nouveau.',
	core_signin_cancelled: 'Connexion annulée.',
	core_signin_failed: 'La connexion a échoué pour une raison inconnue. Réessayez.',
	core_try_again: 'Réessayez.',

	core_storage_quota:
		'Votre navigateur n’a plus d’espace de stockage pour PlexPicker. Libérez de l’espace (ou supprimez une bibliothèque enregistrée) et réessayez ; ce qui était déjà enregistré est toujours là.',
	core_storage_unavailable:
		'Ce navigateur n’autorise pas PlexPicker à stocker des données (navigation privée ou données de site bloquées). Autorisez les données de site pour cette page, ou utilisez une fenêtre normale.',
	core_storage_failed: 'L’enregistrement ou la lecture de la copie de la bibliothèque sur cet appareil a échoué. Rechargez la page et réessayez.',
	core_module_load_failed:
		'Une partie de PlexPicker n’a pas pu être chargée, sans doute parce que la connexion a été coupée. Vérifiez votre connexion et réessayez.',
	core_something_wrong: 'Un problème est survenu. Rechargez la page et réessayez.'
} satisfies Translation<typeof english>;
