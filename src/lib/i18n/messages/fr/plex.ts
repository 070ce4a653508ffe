import type { Translation } from '../../format-message.ts';
import type english from '../en/plex.ts';

export default {
	plex_finding_servers: 'Recherche de vos serveurs Plex…',
	plex_list_failed: 'Impossible de lister vos serveurs Plex. {reason}',
	plex_try_again: 'Réessayer',
	plex_refresh_failed: 'Impossible d’actualiser votre liste de serveurs. {reason} Les serveurs ci-dessous datent de la dernière fois ou ont été ajoutés par adresse.',
	plex_manage_sharing: 'Gérer le partage de {name}',
	plex_other_ways: 'Autres moyens',

	plex_your_servers: 'Vos serveurs Plex',
	plex_no_servers: 'Ce compte Plex n’a aucun serveur, et personne ne partage le sien avec lui. Essayez la bibliothèque de démonstration, ou demandez à un ami de partager la sienne.',
	plex_server_yours: 'À vous',
	plex_server_added: 'Ajouté par adresse',
	plex_server_shared_by: 'Partagé par {name}',
	plex_server_shared_friend: 'Partagé avec vous',
	plex_online: 'En ligne',
	plex_offline: 'Hors ligne',
	plex_offline_seen: 'Hors ligne, vu pour la dernière fois {ago}',

	plex_connecting: 'Connexion à {name}…',
	plex_connected: 'Connecté à {name}.',
	plex_connected_local: 'Connecté à {name} via votre réseau local.',
	plex_connected_remote: 'Connecté à {name} via Internet.',
	plex_connected_relay: 'Connecté à {name} via Plex Relay (débit limité).',
	plex_connect_failed: 'Impossible de se connecter à {name}.',
	plex_retry: 'Réessayer',
	plex_addresses_tried: 'Adresses essayées',
	plex_column_address: 'Adresse',
	plex_column_kind: 'Type',
	plex_column_result: 'Résultat',
	plex_kind_local: 'locale',
	plex_kind_remote: 'distante',
	plex_kind_relay: 'relais',
	plex_outcome_connected: 'connecté',
	plex_outcome_wrong_server: 'un autre serveur a répondu',
	plex_outcome_timeout: 'pas de réponse à temps',
	plex_outcome_unreachable: 'connexion impossible',
	plex_outcome_cors_refused: 'a répondu, mais a refusé ce site (CORS)',
	plex_outcome_http_error: 'refusé',
	plex_outcome_bad_response: 'réponse illisible',
	plex_outcome_not_needed: 'inutile',
	plex_outcome_pending: 'essai en cours',
	plex_milliseconds: '{ms} ms',
	plex_skipped_mixed_content: 'ignorée : http sur une page https',
	plex_skipped_shared_lan: 'ignorée : réseau domestique du propriétaire',

	plex_reason_token_owned: '{name} a répondu mais a refusé votre connexion. Déconnectez-vous, reconnectez-vous, puis réessayez.',
	plex_reason_token_shared:
		'{name} a répondu mais a refusé l’accès. {owner} a peut-être cessé de le partager avec vous, ou plex.tv n’a pas encore transmis le nouvel accès. Demandez-lui de vérifier le partage, puis réessayez.',
	plex_reason_token_shared_unknown:
		'{name} a répondu mais a refusé l’accès. Le propriétaire a peut-être cessé de le partager avec vous, ou plex.tv n’a pas encore transmis le nouvel accès. Demandez-lui de vérifier le partage, puis réessayez.',
	plex_reason_offline_long:
		'Plex n’a plus de nouvelles de {name} depuis longtemps : il est probablement éteint ou non connecté à Internet. Démarrez-le (ou son application Plex Media Server), puis réessayez.',
	plex_reason_offline_today:
		'Plex n’a pas eu de nouvelles de {name} aujourd’hui : il est probablement éteint ou non connecté à Internet. Démarrez-le (ou son application Plex Media Server), puis réessayez.',
	plex_reason_offline_days: {
		one: 'Plex n’a plus de nouvelles de {name} depuis {count} jour : il est probablement éteint ou non connecté à Internet. Démarrez-le (ou son application Plex Media Server), puis réessayez.',
		other: 'Plex n’a plus de nouvelles de {name} depuis {count} jours : il est probablement éteint ou non connecté à Internet. Démarrez-le (ou son application Plex Media Server), puis réessayez.'
	},
	plex_reason_mixed_all:
		'Cette page est servie en HTTPS, et {name} ne propose que des adresses http:// simples, que les navigateurs bloquent sur les pages HTTPS. Dans Paramètres → Réseau du serveur, réglez « Connexions sécurisées » sur « Préféré », puis réessayez.',
	plex_reason_mixed_some: {
		one: '{count} adresse http:// simple n’a pas été essayée : les navigateurs bloquent ces adresses sur les pages HTTPS.',
		other: '{count} adresses http:// simples n’ont pas été essayées : les navigateurs les bloquent sur les pages HTTPS.'
	},
	plex_reason_shared_lan_owner:
		'{name} est partagé avec vous mais ne propose que des adresses sur le réseau domestique de {owner}, et l’accès à distance semble désactivé. Demandez-lui d’activer l’accès à distance (ou le relais).',
	plex_reason_shared_lan:
		'{name} est partagé avec vous mais ne propose que des adresses sur le réseau domestique de son propriétaire, et l’accès à distance semble désactivé. Demandez au propriétaire d’activer l’accès à distance (ou le relais).',
	plex_reason_no_addresses: 'plex.tv n’indique aucune adresse pour {name}. Vérifiez que l’accès à distance est activé dans les paramètres du serveur, puis réessayez.',
	plex_reason_cors_owned:
		'{name} a répondu à {hosts}, mais refuse que PlexPicker lise ses réponses : il ne l’autorise qu’à l’application web de Plex (app.plex.tv). C’est la politique de Plex, pas un problème de votre réseau ni des paramètres de votre serveur. Regardez {name} dans les applications de Plex ; PlexPicker ne peut pas l’atteindre depuis ce navigateur.',
	plex_reason_cors_shared:
		'{name} a répondu à {hosts}, mais refuse que PlexPicker lise ses réponses : il ne l’autorise qu’à l’application web de Plex (app.plex.tv). C’est la politique de Plex, pas un problème de votre réseau ni des paramètres de votre serveur. Regardez {name} dans les applications de Plex ou parlez-en à {owner} ; PlexPicker ne peut pas l’atteindre depuis ce navigateur.',
	plex_reason_cors_shared_unknown:
		'{name} a répondu à {hosts}, mais refuse que PlexPicker lise ses réponses : il ne l’autorise qu’à l’application web de Plex (app.plex.tv). C’est la politique de Plex, pas un problème de votre réseau ni des paramètres de votre serveur. Regardez {name} dans les applications de Plex ou parlez-en à son propriétaire ; PlexPicker ne peut pas l’atteindre depuis ce navigateur.',
	plex_reason_wrong_server: {
		one: 'Une adresse a répondu, mais en tant qu’autre serveur Plex (l’adresse appartient désormais à une autre machine) : PlexPicker ne l’a donc pas utilisée.',
		other: '{count} adresses ont répondu, mais en tant qu’autre serveur Plex (ces adresses appartiennent désormais à une autre machine) : PlexPicker ne les a donc pas utilisées.'
	},
	plex_reason_lna_denied:
		'Votre navigateur empêche ce site d’accéder aux appareils de votre réseau local. Autorisez « Accès au réseau local » dans les paramètres du site (l’icône à gauche de la barre d’adresse), puis réessayez.',
	plex_reason_lna_prompt:
		'Votre navigateur a besoin d’une autorisation pour accéder aux appareils de votre réseau local. Réessayez et choisissez « Autoriser » quand il vous demande l’accès au réseau local.',
	plex_reason_dns_rebinding:
		'Votre routeur refuse peut-être de résoudre les adresses plex.direct (protection contre le DNS rebinding). Ajoutez une exception pour « plex.direct » dans les paramètres DNS du routeur, ou utilisez une connexion distante.',
	plex_reason_certificate: {
		one: 'Impossible de se connecter à l’adresse sécurisée {hosts} ; son certificat ne correspond peut-être pas à l’adresse ou a peut-être expiré. Ouvrez l’adresse une fois dans un onglet du navigateur pour voir le problème de certificat.',
		other: 'Impossible de se connecter aux adresses sécurisées {hosts} ; leurs certificats ne correspondent peut-être pas aux adresses ou ont peut-être expiré. Ouvrez une de ces adresses dans un onglet du navigateur pour voir le problème de certificat.'
	},
	plex_reason_timeout: 'Aucune adresse de {name} n’a répondu à temps. Le serveur est peut-être occupé, ou injoignable depuis ce réseau. Réessayez dans un instant.',
	plex_reason_unreachable:
		'Aucune adresse de {name} n’est joignable depuis ce réseau. Si le serveur est chez vous et que vous êtes ailleurs, vérifiez que l’accès à distance est activé dans ses paramètres, puis réessayez.',

	plex_server_address: 'Adresse du serveur',
	plex_server_token: 'Jeton du serveur (seulement pour un serveur absent de votre liste)',
	plex_add_help:
		'Pour un serveur que plex.tv ne liste pas, ou quand plex.tv est indisponible. PlexPicker vérifie d’abord qu’un serveur Plex répond à l’adresse, et seulement ensuite lui envoie un jeton : celui que plex.tv a fourni pour ce serveur, ou celui que vous collez. Les adresses autres que {domain} devront peut-être être autorisées lors de la compilation de cette copie de PlexPicker ({setting}).',
	plex_checking_server: 'Vérification du serveur…',
	plex_add_server: 'Ajouter un serveur par adresse',
	plex_address_empty: 'Saisissez l’adresse du serveur, par exemple https://plex.example.org:32400.',
	plex_address_invalid: 'PlexPicker ne peut pas utiliser cette adresse. Saisissez-la sous la forme https://plex.example.org:32400.',
	plex_address_scheme: 'Utilisez une adresse https://, par exemple https://plex.example.org:32400.',
	plex_address_extras: 'Saisissez seulement l’adresse du serveur (schéma, nom et port), sans nom d’utilisateur, « ?… » ni « #… ». Le jeton a son propre champ.',
	plex_address_http:
		'Les navigateurs bloquent les adresses http:// simples sur cette page https. Utilisez l’adresse https du serveur (dans Plex : Paramètres → Réseau, « Connexions sécurisées »).',
	plex_address_cors:
		'{host} a répondu, mais refuse que PlexPicker lise ses réponses : il ne l’autorise qu’à l’application web de Plex (app.plex.tv). C’est la politique de Plex, pas votre réseau ; ajouter le serveur par une autre adresse n’y changera rien. Utilisez les applications de Plex pour ce serveur.',
	plex_address_token_refused:
		'Le serveur Plex à l’adresse {host} a refusé ce jeton. Collez le jeton propre à ce serveur (ou celui de votre compte, si le serveur vous appartient), puis réessayez.',
	plex_address_not_plex: '{host} a répondu, mais pas en tant que Plex Media Server. Vérifiez l’adresse et son port (Plex utilise 32400 sauf modification).',
	plex_address_timeout: '{host} n’a pas répondu à temps. Vérifiez l’adresse et que le serveur est allumé, puis réessayez.',
	plex_address_nothing:
		'Rien n’a répondu à {host}. Vérifiez l’adresse et son port (Plex utilise 32400 sauf modification), que le serveur est allumé et joignable depuis ce réseau, puis réessayez.',
	plex_address_stopped: '{host} ne répond plus. Réessayez.',
	plex_address_needs_token:
		'Un serveur Plex a répondu à {host}, mais plex.tv ne le liste pas pour vous : PlexPicker a donc besoin de son jeton. Collez-le dans « {field} », puis réessayez.',
	plex_address_two_servers: '{host} a répondu comme deux serveurs Plex différents. Vérifiez l’adresse.',
	plex_address_csp:
		'Cette copie de PlexPicker n’a pas le droit de contacter {host} : sa politique de sécurité ne lui permet de joindre que plex.tv et les adresses *.plex.direct (pour que vos jetons n’aillent nulle part ailleurs), et rien n’y a été envoyé. Utilisez pour ce serveur une adresse se terminant par .plex.direct, ou demandez à la personne qui gère cette copie de PlexPicker d’autoriser {origin} (PLEXPICKER_CSP_CONNECT lors de sa compilation).',
	plex_server_token_field: 'Jeton du serveur',

	plex_list_failed_unknown: 'Impossible de lister vos serveurs Plex. Réessayez.',
	plex_add_failed_unknown: 'L’ajout du serveur a échoué pour une raison inconnue. Réessayez.',
	plex_connect_failed_unknown: 'La connexion a échoué. Réessayez.',
	plex_sync_failed: 'La synchronisation a échoué. Réessayez.',
	plex_sync_refused:
		'{name} a refusé la synchronisation (votre accès a peut-être changé). La copie enregistrée auparavant est inchangée. Reconnectez le serveur ou connectez-vous à nouveau.',
	plex_sync_connection_lost:
		'Connexion à {name} perdue pendant la synchronisation. La copie enregistrée auparavant est inchangée. PlexPicker se reconnecte ; relancez la synchronisation dans un instant.',
	plex_sync_error_kept: '{reason} La copie enregistrée auparavant est inchangée.',
	plex_sync_cancelled: 'Synchronisation annulée. La copie enregistrée auparavant est inchangée.',
	plex_sync_music_library: '« {title} » est une bibliothèque musicale ; PlexPicker ne garde que les bibliothèques de films et de séries.',
	plex_sync_photo_library: '« {title} » est une bibliothèque de photos ; PlexPicker ne garde que les bibliothèques de films et de séries.',
	plex_sync_other_library: '« {title} » est une bibliothèque de type « {kind} » ; PlexPicker ne garde que les bibliothèques de films et de séries.',

	plex_home: 'Plex Home',
	plex_watching_as: 'Vous regardez en tant que {name}',
	plex_watching_in_home: '(dans le Plex Home de {name})',
	plex_back_to: 'Revenir à {name}',
	plex_whos_watching: 'Qui regarde ?',
	plex_asking_home: 'Demande à plex.tv qui fait partie de votre Plex Home…',
	plex_pin_protected: 'Protégé par un code PIN',
	plex_member_admin: 'Admin du Home',
	plex_member_needs_pin: 'code PIN requis',
	plex_member_admin_needs_pin: 'Admin du Home, code PIN requis',
	plex_pin: 'Code PIN',
	plex_pin_help: 'Code PIN Plex Home de {name} (4 chiffres).',
	plex_pin_format: 'Un code PIN Plex Home compte 4 chiffres.',
	plex_switch_to: 'Passer à {name}',
	plex_cancel: 'Annuler',
	plex_home_wrong_pin:
		'Ce code PIN n’est pas celui de {member}. Rien n’a changé : PlexPicker affiche toujours ce que {current} a regardé. Vérifiez les 4 chiffres et réessayez.',
	plex_home_wrong_pin_unknown:
		'Ce code PIN n’est pas le bon. Rien n’a changé : PlexPicker affiche toujours ce que {current} a regardé. Vérifiez les 4 chiffres et réessayez.',
	plex_home_not_in_home:
		'Ce compte Plex ne fait partie d’aucun Plex Home : il n’y a personne vers qui basculer. Un Home se configure dans les applications de Plex (Paramètres → Plex Home).',
	plex_home_refused:
		'plex.tv refuse que PlexPicker, un site extérieur à plex.tv, change de personne (un refus « CORS » entre sites). C’est la politique de Plex, pas un problème de votre réseau. Ce qui fonctionne encore : les bibliothèques enregistrées sur cet appareil, en tant que {current}. Les applications de Plex, elles, permettent de changer de personne.',
	plex_home_down:
		'plex.tv est injoignable pour le moment : impossible de lister ou de changer les membres du Plex Home. Ce qui fonctionne encore : les bibliothèques enregistrées sur cet appareil, en tant que {current}. Réessayez plus tard.',
	plex_home_signed_out: 'Votre connexion Plex a expiré. Reconnectez-vous pour changer de personne.',
	plex_home_unexpected:
		'plex.tv a répondu d’une façon que PlexPicker n’attendait pas. Rien n’a changé : PlexPicker affiche toujours ce que {current} a regardé. Réessayez plus tard.',
	plex_home_member_expired:
		'La connexion Plex de {member} sur cet appareil a expiré : c’est donc de nouveau {account} qui regarde. Choisissez à nouveau {member} sous « {button} ».',
	plex_home_member_expired_unknown:
		'La connexion Plex du membre du Home sur cet appareil a expiré : c’est donc de nouveau {account} qui regarde. Choisissez à nouveau ce membre sous « {button} ».',
	plex_home_member_watching: '{name} regarde. Les titres non vus et « Marquer comme vu » concernent désormais {name}.',
	plex_home_back: 'C’est de nouveau {name} qui regarde.',
	plex_the_account: 'le compte',
	plex_user_fallback: 'Utilisateur Plex',

	plex_sign_out: 'Se déconnecter',

	plex_library_fallback: 'Bibliothèque {key}',
	plex_untitled: 'Sans titre',
	plex_label_identity: 'Plex (identité du serveur)',
	plex_label_server: 'Plex (serveur)',
	plex_label_libraries: 'Plex (bibliothèques du serveur)',
	plex_label_library: 'Plex (bibliothèque du serveur)',
	plex_label_episodes: 'Plex (épisodes du serveur)',
	plex_label_collection: 'Plex (collection du serveur)',
	plex_label_playlist: 'Plex (playlist du serveur)',
	plex_label_poster: 'Plex (affiche du serveur)',
	plex_label_collections: 'Plex (collections du serveur)',
	plex_label_playlists: 'Plex (playlists du serveur)',
	plex_label_mark_watched: 'Plex (marquer comme vu)',
	plex_label_home_members: 'plex.tv (membres du Home)',
	plex_label_home_switch: 'plex.tv (changement de membre)',
	plex_label_server_list: 'plex.tv (liste des serveurs)',
	plex_label_watchlist: 'discover.provider.plex.tv (Watchlist Plex)',

	// Signing in with a token (TokenSignIn, loaded when "Other ways" opens, with these words)
	plex_token_field: 'Jeton Plex',
	plex_token_where:
		'Où le trouver : connectez-vous à Plex Web (app.plex.tv), ouvrez un film, puis choisissez « ⋯ » → « Obtenir des infos » → « Afficher le XML ». L’adresse de la page qui s’ouvre se termine par {param} : copiez ce qui suit.',
	plex_token_explained: 'Plex l’explique dans l’article {link}.',
	plex_token_article: 'Finding an authentication token (en anglais)',
	plex_token_keep: 'Ce jeton est une clé de votre compte Plex : collez-le uniquement ici. Il reste sur cet appareil.',
	plex_checking_token: 'Vérification du jeton…',
	plex_sign_in_with_token: 'Se connecter avec un jeton',

	// What signing in says once the Plex client is loaded (state/session, auth/*)
	plex_pin_check_failed: 'La vérification de la connexion a échoué.',
	plex_pin_gave_up: {
		one: 'Impossible de joindre plex.tv pour terminer la connexion ({count} essai). {reason}',
		other: 'Impossible de joindre plex.tv pour terminer la connexion ({count} essais). {reason}'
	},
	plex_signin_refused:
		'Plex a refusé la connexion. {reason} Vous pouvez quand même vous connecter : utilisez « Se connecter avec un jeton » sous « Autres méthodes » ci-dessous.',
	plex_token_empty: 'Collez d’abord votre jeton Plex.',
	plex_token_malformed:
		'Cela ne ressemble pas à un jeton Plex : c’est une suite de lettres, de chiffres, de « - » et de « _ », sans espaces (copiez seulement ce qui suit « X-Plex-Token= »).',
	plex_token_refused:
		'plex.tv n’accepte pas ce jeton : il est peut-être incomplet, ou sa session a été fermée. Copiez-le à nouveau (tout ce qui suit « X-Plex-Token= », jusqu’au « & » suivant), puis réessayez.',
	plex_token_check_failed: 'La vérification du jeton a échoué pour une raison inconnue. Réessayez.',

	// What Plex requests name in errors (plex/pins, plex/account, plex/client); each begins with its host
	plex_endpoint_signin: 'plex.tv (connexion)',
	plex_endpoint_account: 'plex.tv (compte)',
	plex_the_server: 'le serveur',

	// Plex request failures (plex/client, plex/refusal); {endpoint} is one of the names above or "host /path"
	plex_cors_refused:
		'{host} a répondu, mais refuse que ce site lise sa réponse (un refus « CORS » entre sites). C’est la politique de Plex envers les apps extérieures à plex.tv, pas un problème de votre réseau ni de vos réglages.',
	plex_cancelled: 'Annulé.',
	plex_timeout: '{endpoint} n’a pas répondu à temps. Vérifiez votre connexion et réessayez.',
	plex_offline_unreachable: 'Vous êtes hors ligne : impossible de joindre {endpoint}. Connectez-vous à Internet et réessayez.',
	plex_unreachable:
		'Impossible de joindre {host}. Vérifiez votre connexion ; si un bloqueur de publicités ou de traqueurs est actif, autorisez {host} pour ce site, puis réessayez.',
	plex_bad_json: '{endpoint} a envoyé une réponse que PlexPicker ne sait pas lire. Réessayez plus tard.',
	plex_bad_shape: '{endpoint} a envoyé une réponse d’une forme inattendue. Réessayez plus tard.',
	plex_unauthorized: '{endpoint} n’accepte plus votre connexion. Reconnectez-vous.',
	plex_not_found: '{endpoint} ne connaît pas ce qui a été demandé.',
	plex_rate_limited: '{endpoint} demande à PlexPicker de ralentir. Réessayez dans un instant.',
	plex_rate_limited_wait: '{endpoint} demande à PlexPicker de ralentir. Réessayez dans {wait}.',
	plex_server_error: '{endpoint} rencontre un problème (erreur {status}). Réessayez dans quelques minutes.',
	plex_server_error_wait: '{endpoint} rencontre un problème (erreur {status}). Réessayez dans {wait}.',
	plex_refused: '{endpoint} a refusé la requête (erreur {status}).',

	// Signing in, once Plex gave a code (SignInPanel; the Plex client brings these words), and its endings
	plex_pin_code: 'Code',
	plex_no_plex_page: 'Aucune page Plex ne s’est ouverte ?',
	plex_open_plex_page: 'Ouvrir la page de connexion Plex',
	plex_not_answering: 'plex.tv ne répond pas pour le moment. Nouvel essai en cours…',
	plex_pin_timed_out:
		'Plex n’a pas confirmé la connexion dans les 5 minutes, PlexPicker a donc cessé d’attendre. Touchez « Se connecter avec Plex » pour réessayer.',

	// After being signed in (SignInPanel, +page.svelte): only a session that loaded the servers (and these words) expires or signs out
	plex_session_expired: 'Votre session Plex a expiré. Reconnectez-vous pour synchroniser ; vos bibliothèques enregistrées fonctionnent toujours.',
	plex_session_expired_for: 'La session Plex de {username} a expiré. Reconnectez-vous pour synchroniser ; vos bibliothèques enregistrées fonctionnent toujours.',
	plex_signed_out: 'Déconnecté.',
	plex_signed_out_elsewhere: 'Déconnecté dans une autre fenêtre.',
	plex_saved_libraries_kept: 'Vos bibliothèques Plex enregistrées sont toujours sur cet appareil.',
	plex_remove_saved_libraries: 'Supprimer les bibliothèques'
} satisfies Translation<typeof english>;
