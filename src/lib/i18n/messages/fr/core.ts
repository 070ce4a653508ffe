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
	core_saved_libraries_kept: 'Vos bibliothèques Plex enregistrées sont toujours sur cet appareil.',
	core_remove_saved_libraries: 'Supprimer les bibliothèques',
	core_welcome_title: 'On regarde quoi ce soir ?',
	core_welcome_lede:
		'PlexPicker tire au sort un film de votre bibliothèque Plex, avec les filtres qui comptent pour vous, et même sans réseau une fois votre bibliothèque enregistrée sur cet appareil.',
	core_try_demo: 'Essayer la démo',
	core_demo_hint: 'La bibliothèque de démo compte quelques centaines de films imaginaires, enregistrés sur cet appareil. Aucun compte requis.',
	core_dismiss: 'Fermer',

	core_waiting_code: 'En attente de Plex… obtention d’un code de connexion.',
	core_waiting_elsewhere: 'En attente de Plex… la connexion est en cours dans une autre fenêtre PlexPicker.',
	core_waiting_approve: 'En attente de Plex… autorisez PlexPicker sur la page Plex.',
	core_pin_code: 'Code',
	core_no_plex_page: 'Aucune page Plex ne s’est ouverte ?',
	core_open_plex_page: 'Ouvrir la page de connexion Plex',
	core_plex_not_answering: 'plex.tv ne répond pas pour le moment. Nouvel essai en cours…',
	core_cancel: 'Annuler',
	core_session_expired: 'Votre session Plex a expiré. Reconnectez-vous pour synchroniser ; vos bibliothèques enregistrées fonctionnent toujours.',
	core_session_expired_for: 'La session Plex de {username} a expiré. Reconnectez-vous pour synchroniser ; vos bibliothèques enregistrées fonctionnent toujours.',
	core_signin_prompt: 'Connectez-vous pour tirer au sort dans vos propres bibliothèques Plex.',
	core_sign_in_with_plex: 'Se connecter avec Plex',
	core_signin_fine: 'Vous autorisez PlexPicker sur plex.tv ; votre mot de passe ne passe jamais par cette app.',
	core_other_ways: 'Autres méthodes',
	core_plex_token: 'Jeton Plex',
	core_token_where:
		'Où le trouver : connectez-vous à Plex Web (app.plex.tv), ouvrez un film, puis choisissez « ⋯ » → « Obtenir des infos » → « Afficher le XML ». L’adresse de la page qui s’ouvre se termine par {param} : copiez ce qui suit.',
	core_token_explained: 'Plex l’explique dans l’article {link}.',
	core_token_article: 'Finding an authentication token (en anglais)',
	core_token_keep: 'Ce jeton est une clé de votre compte Plex : collez-le uniquement ici. Il reste sur cet appareil.',
	core_checking_token: 'Vérification du jeton…',
	core_sign_in_with_token: 'Se connecter avec un jeton',
	core_popup_title: 'Connexion à Plex…',

	core_pin_expired: 'Le code de connexion a expiré avant que Plex le confirme. Touchez « Se connecter avec Plex » pour en obtenir un nouveau.',
	core_pin_timed_out:
		'Plex n’a pas confirmé la connexion dans les 5 minutes, PlexPicker a donc cessé d’attendre. Touchez « Se connecter avec Plex » pour réessayer.',
	core_signin_cancelled: 'Connexion annulée.',
	core_signed_out: 'Déconnecté.',
	core_signed_out_elsewhere: 'Déconnecté dans une autre fenêtre.',
	core_signin_failed: 'La connexion a échoué pour une raison inconnue. Réessayez.',
	core_signin_refused:
		'Plex a refusé la connexion. {reason} Vous pouvez quand même vous connecter : utilisez « Se connecter avec un jeton » sous « Autres méthodes » ci-dessous.',
	core_try_again: 'Réessayez.',
	core_pin_check_failed: 'La vérification de la connexion a échoué.',
	core_pin_gave_up: {
		one: 'Impossible de joindre plex.tv pour terminer la connexion ({count} essai). {reason}',
		other: 'Impossible de joindre plex.tv pour terminer la connexion ({count} essais). {reason}'
	},
	core_token_empty: 'Collez d’abord votre jeton Plex.',
	core_token_malformed:
		'Cela ne ressemble pas à un jeton Plex : c’est une suite de lettres, de chiffres, de « - » et de « _ », sans espaces (copiez seulement ce qui suit « X-Plex-Token= »).',
	core_token_refused:
		'plex.tv n’accepte pas ce jeton : il est peut-être incomplet, ou sa session a été fermée. Copiez-le à nouveau (tout ce qui suit « X-Plex-Token= », jusqu’au « & » suivant), puis réessayez.',
	core_token_check_failed: 'La vérification du jeton a échoué pour une raison inconnue. Réessayez.',

	core_storage_quota:
		'Votre navigateur n’a plus d’espace de stockage pour PlexPicker. Libérez de l’espace (ou supprimez une bibliothèque enregistrée) et réessayez ; ce qui était déjà enregistré est toujours là.',
	core_storage_unavailable:
		'Ce navigateur n’autorise pas PlexPicker à stocker des données (navigation privée ou données de site bloquées). Autorisez les données de site pour cette page, ou utilisez une fenêtre normale.',
	core_storage_failed: 'L’enregistrement ou la lecture de la copie de la bibliothèque sur cet appareil a échoué. Rechargez la page et réessayez.',
	core_module_load_failed:
		'Une partie de PlexPicker n’a pas pu être chargée, sans doute parce que la connexion a été coupée. Vérifiez votre connexion et réessayez.',
	core_something_wrong: 'Un problème est survenu. Rechargez la page et réessayez.',

	core_endpoint_signin: 'plex.tv (connexion)',
	core_endpoint_account: 'plex.tv (compte)',
	core_the_server: 'le serveur',

	core_cors_refused:
		'{host} a répondu, mais refuse que ce site lise sa réponse (un refus « CORS » entre sites). C’est la politique de Plex envers les apps extérieures à plex.tv, pas un problème de votre réseau ni de vos réglages.',
	core_cancelled: 'Annulé.',
	core_timeout: '{endpoint} n’a pas répondu à temps. Vérifiez votre connexion et réessayez.',
	core_offline_unreachable: 'Vous êtes hors ligne : impossible de joindre {endpoint}. Connectez-vous à Internet et réessayez.',
	core_unreachable:
		'Impossible de joindre {host}. Vérifiez votre connexion ; si un bloqueur de publicités ou de traqueurs est actif, autorisez {host} pour ce site, puis réessayez.',
	core_bad_json: '{endpoint} a envoyé une réponse que PlexPicker ne sait pas lire. Réessayez plus tard.',
	core_bad_shape: '{endpoint} a envoyé une réponse d’une forme inattendue. Réessayez plus tard.',
	core_unauthorized: '{endpoint} n’accepte plus votre connexion. Reconnectez-vous.',
	core_not_found: '{endpoint} ne connaît pas ce qui a été demandé.',
	core_rate_limited: '{endpoint} demande à PlexPicker de ralentir. Réessayez dans un instant.',
	core_rate_limited_wait: '{endpoint} demande à PlexPicker de ralentir. Réessayez dans {wait}.',
	core_server_error: '{endpoint} rencontre un problème (erreur {status}). Réessayez dans quelques minutes.',
	core_server_error_wait: '{endpoint} rencontre un problème (erreur {status}). Réessayez dans {wait}.',
	core_refused: '{endpoint} a refusé la requête (erreur {status}).'
} satisfies Translation<typeof english>;
