import type { Translation } from '../../format-message.ts';
import type english from '../en/plex.ts';

export default {
	plex_finding_servers: 'Deine Plex-Server werden gesucht…',
	plex_list_failed: 'Deine Plex-Server konnten nicht abgerufen werden. {reason}',
	plex_try_again: 'Erneut versuchen',
	plex_refresh_failed: 'Deine Serverliste konnte nicht aktualisiert werden. {reason} Die Server unten stammen vom letzten Mal oder wurden per Adresse hinzugefügt.',
	plex_manage_sharing: 'Freigaben von {name} verwalten',
	plex_other_ways: 'Andere Wege',

	plex_your_servers: 'Deine Plex-Server',
	plex_no_servers: 'Dieses Plex-Konto hat keine Server, und niemand teilt einen mit ihm. Probier die Demo-Bibliothek aus oder bitte jemanden, dir einen Server freizugeben.',
	plex_server_yours: 'Deiner',
	plex_server_added: 'Per Adresse hinzugefügt',
	plex_server_shared_by: 'Geteilt von {name}',
	plex_server_shared_friend: 'Mit dir geteilt',
	plex_online: 'Online',
	plex_offline: 'Offline',
	plex_offline_seen: 'Offline, zuletzt gesehen {ago}',

	plex_connecting: 'Verbindung zu {name} wird hergestellt…',
	plex_connected: 'Mit {name} verbunden.',
	plex_connected_local: 'Über dein lokales Netzwerk mit {name} verbunden.',
	plex_connected_remote: 'Über das Internet mit {name} verbunden.',
	plex_connected_relay: 'Über Plex Relay (begrenzte Geschwindigkeit) mit {name} verbunden.',
	plex_connect_failed: 'Keine Verbindung zu {name} möglich.',
	plex_retry: 'Wiederholen',
	plex_addresses_tried: 'Versuchte Adressen',
	plex_column_address: 'Adresse',
	plex_column_kind: 'Art',
	plex_column_result: 'Ergebnis',
	plex_kind_local: 'lokal',
	plex_kind_remote: 'extern',
	plex_kind_relay: 'Relay',
	plex_outcome_connected: 'verbunden',
	plex_outcome_wrong_server: 'ein anderer Server hat geantwortet',
	plex_outcome_timeout: 'keine rechtzeitige Antwort',
	plex_outcome_unreachable: 'keine Verbindung',
	plex_outcome_cors_refused: 'geantwortet, aber diese Seite abgewiesen (CORS)',
	plex_outcome_http_error: 'abgewiesen',
	plex_outcome_bad_response: 'unlesbare Antwort',
	plex_outcome_not_needed: 'nicht nötig',
	plex_outcome_pending: 'wird versucht',
	plex_milliseconds: '{ms} ms',
	plex_skipped_mixed_content: 'übersprungen: http auf einer https-Seite',
	plex_skipped_shared_lan: 'übersprungen: Heimnetz des Besitzers',

	plex_reason_token_owned: '{name} hat geantwortet, aber deine Anmeldung abgelehnt. Melde dich ab und wieder an und versuche es dann erneut.',
	plex_reason_token_shared:
		'{name} hat geantwortet, aber den Zugriff verweigert. Vielleicht teilt {owner} den Server nicht mehr mit dir, oder plex.tv hat den neuen Zugriff noch nicht weitergegeben. Bitte {owner}, die Freigabe zu prüfen, und versuche es dann erneut.',
	plex_reason_token_shared_unknown:
		'{name} hat geantwortet, aber den Zugriff verweigert. Vielleicht teilt der Besitzer den Server nicht mehr mit dir, oder plex.tv hat den neuen Zugriff noch nicht weitergegeben. Bitte den Besitzer, die Freigabe zu prüfen, und versuche es dann erneut.',
	plex_reason_offline_long:
		'Plex hat schon lange nichts mehr von {name} gehört: Der Server ist vermutlich ausgeschaltet oder nicht mit dem Internet verbunden. Starte ihn (oder die App Plex Media Server) und versuche es dann erneut.',
	plex_reason_offline_today:
		'Plex hat heute nichts von {name} gehört: Der Server ist vermutlich ausgeschaltet oder nicht mit dem Internet verbunden. Starte ihn (oder die App Plex Media Server) und versuche es dann erneut.',
	plex_reason_offline_days: {
		one: 'Plex hat seit {count} Tag nichts von {name} gehört: Der Server ist vermutlich ausgeschaltet oder nicht mit dem Internet verbunden. Starte ihn (oder die App Plex Media Server) und versuche es dann erneut.',
		other: 'Plex hat seit {count} Tagen nichts von {name} gehört: Der Server ist vermutlich ausgeschaltet oder nicht mit dem Internet verbunden. Starte ihn (oder die App Plex Media Server) und versuche es dann erneut.'
	},
	plex_reason_mixed_all:
		'Diese Seite wird über HTTPS geladen, und {name} bietet nur einfache http://-Adressen an, die Browser auf HTTPS-Seiten blockieren. Stell in den Einstellungen des Servers unter „Netzwerk“ die Option „Sichere Verbindungen“ auf „Bevorzugt“ und versuche es dann erneut.',
	plex_reason_mixed_some: {
		one: '{count} einfache http://-Adresse wurde nicht versucht: Browser blockieren solche Adressen auf HTTPS-Seiten.',
		other: '{count} einfache http://-Adressen wurden nicht versucht: Browser blockieren sie auf HTTPS-Seiten.'
	},
	plex_reason_shared_lan_owner:
		'{name} ist mit dir geteilt, bietet aber nur Adressen im Heimnetz von {owner} an, und der Fernzugriff scheint aus zu sein. Bitte {owner}, den Fernzugriff (oder Relay) einzuschalten.',
	plex_reason_shared_lan:
		'{name} ist mit dir geteilt, bietet aber nur Adressen im Heimnetz des Besitzers an, und der Fernzugriff scheint aus zu sein. Bitte den Besitzer, den Fernzugriff (oder Relay) einzuschalten.',
	plex_reason_no_addresses: 'plex.tv kennt keine Adresse von {name}. Prüfe, ob in den Servereinstellungen der Fernzugriff eingeschaltet ist, und versuche es dann erneut.',
	plex_reason_cors_owned:
		'{name} hat unter {hosts} geantwortet, lässt PlexPicker seine Antworten aber nicht lesen: Das darf nur die Web-App von Plex selbst (app.plex.tv). Das ist die Richtlinie von Plex, kein Problem deines Netzwerks oder deiner Servereinstellungen. Nutze {name} in den Apps von Plex; PlexPicker kann den Server von diesem Browser aus nicht erreichen.',
	plex_reason_cors_shared:
		'{name} hat unter {hosts} geantwortet, lässt PlexPicker seine Antworten aber nicht lesen: Das darf nur die Web-App von Plex selbst (app.plex.tv). Das ist die Richtlinie von Plex, kein Problem deines Netzwerks oder deiner Servereinstellungen. Nutze {name} in den Apps von Plex oder frag {owner} danach; PlexPicker kann den Server von diesem Browser aus nicht erreichen.',
	plex_reason_cors_shared_unknown:
		'{name} hat unter {hosts} geantwortet, lässt PlexPicker seine Antworten aber nicht lesen: Das darf nur die Web-App von Plex selbst (app.plex.tv). Das ist die Richtlinie von Plex, kein Problem deines Netzwerks oder deiner Servereinstellungen. Nutze {name} in den Apps von Plex oder frag den Besitzer danach; PlexPicker kann den Server von diesem Browser aus nicht erreichen.',
	plex_reason_wrong_server: {
		one: 'Eine Adresse hat geantwortet, aber als anderer Plex-Server (die Adresse gehört inzwischen einem anderen Gerät), daher hat PlexPicker sie nicht verwendet.',
		other: '{count} Adressen haben geantwortet, aber als anderer Plex-Server (die Adressen gehören inzwischen einem anderen Gerät), daher hat PlexPicker sie nicht verwendet.'
	},
	plex_reason_lna_denied:
		'Dein Browser hindert diese Seite daran, Geräte in deinem lokalen Netzwerk zu erreichen. Erlaube „Zugriff auf lokales Netzwerk“ in den Website-Einstellungen (das Symbol links neben der Adressleiste) und versuche es dann erneut.',
	plex_reason_lna_prompt:
		'Dein Browser braucht eine Erlaubnis, um Geräte in deinem lokalen Netzwerk zu erreichen. Versuche es erneut und wähle „Zulassen“, wenn er nach dem Zugriff auf das lokale Netzwerk fragt.',
	plex_reason_dns_rebinding:
		'Dein Router löst plex.direct-Adressen möglicherweise nicht auf (Schutz vor DNS-Rebinding). Trag in den DNS-Einstellungen des Routers eine Ausnahme für „plex.direct“ ein oder nutze eine Verbindung von außen.',
	plex_reason_certificate: {
		one: 'Die sichere Adresse {hosts} war nicht erreichbar; vielleicht passt ihr Zertifikat nicht zur Adresse oder ist abgelaufen. Öffne die Adresse einmal in einem Browser-Tab, um das Zertifikatsproblem zu sehen.',
		other: 'Die sicheren Adressen {hosts} waren nicht erreichbar; vielleicht passen ihre Zertifikate nicht zur Adresse oder sind abgelaufen. Öffne eine der Adressen einmal in einem Browser-Tab, um das Zertifikatsproblem zu sehen.'
	},
	plex_reason_timeout: 'Keine Adresse von {name} hat rechtzeitig geantwortet. Der Server ist vielleicht ausgelastet oder von diesem Netzwerk aus nicht erreichbar. Versuche es gleich noch einmal.',
	plex_reason_unreachable:
		'Keine Adresse von {name} war von diesem Netzwerk aus erreichbar. Wenn der Server zu Hause steht und du unterwegs bist, prüfe, ob in den Servereinstellungen der Fernzugriff eingeschaltet ist, und versuche es dann erneut.',

	plex_server_address: 'Serveradresse',
	plex_server_token: 'Server-Token (nur für einen Server, der nicht in deiner Liste steht)',
	plex_add_help:
		'Für einen Server, den plex.tv nicht auflistet, oder wenn plex.tv nicht erreichbar ist. PlexPicker prüft zuerst, ob unter der Adresse ein Plex-Server antwortet, und schickt ihm erst dann ein Token: das, das plex.tv für diesen Server vergeben hat, oder das, das du einfügst. Andere Adressen als {domain} müssen eventuell beim Bauen dieser PlexPicker-Installation erlaubt werden ({setting}).',
	plex_checking_server: 'Server wird geprüft…',
	plex_add_server: 'Server per Adresse hinzufügen',
	plex_address_empty: 'Gib die Adresse des Servers ein, zum Beispiel https://plex.example.org:32400.',
	plex_address_invalid: 'Mit dieser Adresse kann PlexPicker nichts anfangen. Gib sie so ein: https://plex.example.org:32400.',
	plex_address_scheme: 'Verwende eine https://-Adresse, zum Beispiel https://plex.example.org:32400.',
	plex_address_extras: 'Gib nur die Adresse des Servers ein (Schema, Name und Port), ohne Benutzernamen, „?…“ oder „#…“. Ein Token gehört in sein eigenes Feld.',
	plex_address_http:
		'Browser blockieren einfache http://-Adressen auf dieser https-Seite. Verwende die https-Adresse des Servers (in Plex: Einstellungen → Netzwerk, „Sichere Verbindungen“).',
	plex_address_cors:
		'{host} hat geantwortet, lässt PlexPicker seine Antworten aber nicht lesen: Das darf nur die Web-App von Plex selbst (app.plex.tv). Das ist die Richtlinie von Plex, nicht dein Netzwerk; eine andere Adresse für den Server ändert daran nichts. Nutze für diesen Server die Apps von Plex.',
	plex_address_token_refused: 'Der Plex-Server unter {host} hat dieses Token abgelehnt. Füge das eigene Token dieses Servers ein (oder das deines Kontos, wenn er dir gehört) und versuche es dann erneut.',
	plex_address_not_plex: '{host} hat geantwortet, aber nicht als Plex Media Server. Prüfe die Adresse und den Port (Plex nutzt 32400, sofern nicht geändert).',
	plex_address_timeout: '{host} hat nicht rechtzeitig geantwortet. Prüfe die Adresse und ob der Server eingeschaltet ist, und versuche es dann erneut.',
	plex_address_nothing:
		'Unter {host} hat nichts geantwortet. Prüfe die Adresse und den Port (Plex nutzt 32400, sofern nicht geändert) und ob der Server eingeschaltet und von diesem Netzwerk aus erreichbar ist. Versuche es dann erneut.',
	plex_address_stopped: '{host} antwortet nicht mehr. Versuche es erneut.',
	plex_address_needs_token:
		'Unter {host} hat ein Plex-Server geantwortet, aber keiner, den plex.tv für dich auflistet. Deshalb braucht PlexPicker sein Token. Füge es unter „{field}“ ein und versuche es dann erneut.',
	plex_address_two_servers: '{host} hat als zwei verschiedene Plex-Server geantwortet. Prüfe die Adresse.',
	plex_address_csp:
		'Diese PlexPicker-Installation darf nicht mit {host} sprechen: Ihre Sicherheitsrichtlinie erlaubt nur plex.tv und *.plex.direct-Adressen (damit deine Tokens nirgendwo anders hingelangen), und es wurde nichts dorthin gesendet. Verwende für diesen Server eine Adresse, die auf .plex.direct endet, oder bitte die Person, die diese PlexPicker-Installation betreibt, {origin} zu erlauben (PLEXPICKER_CSP_CONNECT beim Bauen).',
	plex_server_token_field: 'Server-Token',

	plex_list_failed_unknown: 'Deine Plex-Server konnten nicht abgerufen werden. Versuche es erneut.',
	plex_add_failed_unknown: 'Der Server konnte aus unbekanntem Grund nicht hinzugefügt werden. Versuche es erneut.',
	plex_connect_failed_unknown: 'Die Verbindung ist fehlgeschlagen. Versuche es erneut.',
	plex_sync_failed: 'Die Synchronisierung ist fehlgeschlagen. Versuche es erneut.',
	plex_sync_refused:
		'{name} hat die Synchronisierung abgelehnt (dein Zugriff hat sich vielleicht geändert). Die zuvor gespeicherte Kopie ist unverändert. Verbinde dich neu oder melde dich wieder an.',
	plex_sync_connection_lost:
		'Die Verbindung zu {name} ist während der Synchronisierung abgebrochen. Die zuvor gespeicherte Kopie ist unverändert. PlexPicker verbindet sich neu; synchronisiere gleich noch einmal.',
	plex_sync_error_kept: '{reason} Die zuvor gespeicherte Kopie ist unverändert.',
	plex_sync_cancelled: 'Synchronisierung abgebrochen. Die zuvor gespeicherte Kopie ist unverändert.',
	plex_sync_music_library: '„{title}“ ist eine Musikbibliothek; PlexPicker speichert nur Film- und Serienbibliotheken.',
	plex_sync_photo_library: '„{title}“ ist eine Fotobibliothek; PlexPicker speichert nur Film- und Serienbibliotheken.',
	plex_sync_other_library: '„{title}“ ist eine Bibliothek vom Typ „{kind}“; PlexPicker speichert nur Film- und Serienbibliotheken.',

	plex_home: 'Plex Home',
	plex_watching_as: 'Du schaust als {name}',
	plex_watching_in_home: '(im Plex Home von {name})',
	plex_back_to: 'Zurück zu {name}',
	plex_whos_watching: 'Wer schaut?',
	plex_asking_home: 'plex.tv wird gefragt, wer in deinem Plex Home ist…',
	plex_pin_protected: 'Mit PIN geschützt',
	plex_member_admin: 'Home-Admin',
	plex_member_needs_pin: 'braucht eine PIN',
	plex_member_admin_needs_pin: 'Home-Admin, braucht eine PIN',
	plex_pin: 'PIN',
	plex_pin_help: 'Plex-Home-PIN von {name} (4 Ziffern).',
	plex_pin_format: 'Eine Plex-Home-PIN hat 4 Ziffern.',
	plex_switch_to: 'Zu {name} wechseln',
	plex_cancel: 'Abbrechen',
	plex_home_wrong_pin: 'Das ist nicht die PIN von {member}. Es hat sich nichts geändert: PlexPicker zeigt weiter, was {current} gesehen hat. Prüfe die 4 Ziffern und versuche es erneut.',
	plex_home_wrong_pin_unknown: 'Diese PIN stimmt nicht. Es hat sich nichts geändert: PlexPicker zeigt weiter, was {current} gesehen hat. Prüfe die 4 Ziffern und versuche es erneut.',
	plex_home_not_in_home:
		'Dieses Plex-Konto gehört zu keinem Plex Home, daher gibt es niemanden, zu dem du wechseln kannst. Ein Home richtest du in den Apps von Plex ein (Einstellungen → Plex Home).',
	plex_home_refused:
		'plex.tv lässt PlexPicker als Seite außerhalb von plex.tv keine Personen wechseln (eine websiteübergreifende „CORS“-Sperre). Das ist die Richtlinie von Plex, kein Problem deines Netzwerks. Weiterhin möglich: die auf diesem Gerät gespeicherten Bibliotheken, als {current}. In den Apps von Plex kannst du Personen wechseln.',
	plex_home_down:
		'plex.tv ist gerade nicht erreichbar, daher lassen sich die Mitglieder deines Plex Home weder anzeigen noch wechseln. Weiterhin möglich: die auf diesem Gerät gespeicherten Bibliotheken, als {current}. Versuche es später erneut.',
	plex_home_signed_out: 'Deine Plex-Anmeldung ist abgelaufen. Melde dich erneut an, um Personen zu wechseln.',
	plex_home_unexpected:
		'plex.tv hat anders geantwortet, als PlexPicker erwartet hat. Es hat sich nichts geändert: PlexPicker zeigt weiter, was {current} gesehen hat. Versuche es später erneut.',
	plex_home_member_expired:
		'Die Plex-Anmeldung von {member} auf diesem Gerät ist abgelaufen, daher schaut jetzt wieder {account}. Wähle {member} unter „{button}“ erneut aus.',
	plex_home_member_expired_unknown:
		'Die Plex-Anmeldung des Home-Mitglieds auf diesem Gerät ist abgelaufen, daher schaut jetzt wieder {account}. Wähle das Mitglied unter „{button}“ erneut aus.',
	plex_home_member_watching: 'Jetzt schaut {name}. Ungesehene Titel und „Als gesehen markieren“ gelten ab sofort für {name}.',
	plex_home_back: 'Jetzt schaut wieder {name}.',
	plex_the_account: 'das Konto',
	plex_user_fallback: 'Plex-Nutzer',

	plex_sign_out: 'Abmelden',

	plex_library_fallback: 'Bibliothek {key}',
	plex_untitled: 'Ohne Titel',
	plex_label_identity: 'Plex-Server (Identität)',
	plex_label_server: 'Plex-Server',
	plex_label_libraries: 'Plex-Server (Bibliotheken)',
	plex_label_library: 'Plex-Server (Bibliothek)',
	plex_label_episodes: 'Plex-Server (Episoden)',
	plex_label_collection: 'Plex-Server (Sammlung)',
	plex_label_playlist: 'Plex-Server (Playlist)',
	plex_label_poster: 'Plex-Server (Poster)',
	plex_label_collections: 'Plex-Server (Sammlungen)',
	plex_label_playlists: 'Plex-Server (Playlists)',
	plex_label_mark_watched: 'Plex-Server (als gesehen markieren)',
	plex_label_home_members: 'plex.tv (Home-Mitglieder)',
	plex_label_home_switch: 'plex.tv (Wechsel im Home)',
	plex_label_server_list: 'plex.tv (Serverliste)',
	plex_label_watchlist: 'discover.provider.plex.tv (Plex-Watchlist)',

	// Signing in with a token (TokenSignIn, loaded when "Other ways" opens, with these words)
	plex_token_field: 'Plex-Token',
	plex_token_where:
		'So findest du es: Melde dich bei Plex Web (app.plex.tv) an, öffne einen beliebigen Film und wähle „⋯“ → „Informationen abrufen“ → „XML anzeigen“. Die Adresse der Seite, die sich dann öffnet, endet mit {param}: Kopiere, was danach kommt.',
	plex_token_explained: 'Plex erklärt das im Artikel {link}.',
	plex_token_article: 'Finding an authentication token (englisch)',
	plex_token_keep: 'Das Token ist ein Schlüssel zu deinem Plex-Konto: Füge es nur hier ein. Es bleibt auf diesem Gerät.',
	plex_checking_token: 'Token wird geprüft …',
	plex_sign_in_with_token: 'Mit Token anmelden',

	// What signing in says once the Plex client is loaded (state/session, auth/*)
	plex_pin_check_failed: 'Die Anmeldung konnte nicht geprüft werden.',
	plex_pin_gave_up: {
		one: 'plex.tv war nicht erreichbar, um die Anmeldung abzuschließen ({count} Versuch). {reason}',
		other: 'plex.tv war nicht erreichbar, um die Anmeldung abzuschließen ({count} Versuche). {reason}'
	},
	plex_signin_refused: 'Plex hat die Anmeldung abgelehnt. {reason} Du kannst dich trotzdem anmelden: Öffne unten „Andere Wege“ und wähle „Mit Token anmelden“.',
	plex_token_empty: 'Füge zuerst dein Plex-Token ein.',
	plex_token_malformed:
		'Das sieht nicht nach einem Plex-Token aus: Es besteht aus Buchstaben, Ziffern, „-“ und „_“, ohne Leerzeichen (kopiere nur, was nach „X-Plex-Token=“ kommt).',
	plex_token_refused:
		'plex.tv akzeptiert dieses Token nicht: Vielleicht ist es unvollständig oder abgemeldet. Kopiere es noch einmal (alles nach „X-Plex-Token=“ bis zum nächsten „&“) und versuche es dann erneut.',
	plex_token_check_failed: 'Das Token konnte aus unbekanntem Grund nicht geprüft werden. Versuche es noch einmal.',

	// What Plex requests name in errors (plex/pins, plex/account, plex/client); each begins with its host
	plex_endpoint_signin: 'plex.tv (Anmeldung)',
	plex_endpoint_account: 'plex.tv (Konto)',
	plex_the_server: 'der Server',

	// Plex request failures (plex/client, plex/refusal); {endpoint} is one of the names above or "host /path"
	plex_cors_refused:
		'{host} hat geantwortet, lässt diese Website die Antwort aber nicht lesen (eine „CORS“-Sperre zwischen Websites). Das ist die Richtlinie von Plex für Apps außerhalb von plex.tv, kein Problem mit deinem Netzwerk oder deinen Einstellungen.',
	plex_cancelled: 'Abgebrochen.',
	plex_timeout: '{endpoint} hat nicht rechtzeitig geantwortet. Prüfe deine Verbindung und versuche es noch einmal.',
	plex_offline_unreachable: 'Du bist offline, daher ist {endpoint} nicht erreichbar. Verbinde dich mit dem Internet und versuche es noch einmal.',
	plex_unreachable:
		'{host} ist nicht erreichbar. Prüfe deine Verbindung; wenn ein Werbe- oder Tracking-Blocker aktiv ist, erlaube {host} für diese Website und versuche es dann noch einmal.',
	plex_bad_json: '{endpoint} hat eine Antwort geschickt, die PlexPicker nicht lesen kann. Versuche es später noch einmal.',
	plex_bad_shape: '{endpoint} hat eine Antwort in unerwarteter Form geschickt. Versuche es später noch einmal.',
	plex_unauthorized: '{endpoint} akzeptiert deine Anmeldung nicht mehr. Melde dich wieder an.',
	plex_not_found: '{endpoint} kennt das Angefragte nicht.',
	plex_rate_limited: '{endpoint} bittet PlexPicker, langsamer zu machen. Versuche es gleich noch einmal.',
	plex_rate_limited_wait: '{endpoint} bittet PlexPicker, langsamer zu machen. Versuche es in {wait} noch einmal.',
	plex_server_error: '{endpoint} hat Probleme (Fehler {status}). Versuche es in ein paar Minuten noch einmal.',
	plex_server_error_wait: '{endpoint} hat Probleme (Fehler {status}). Versuche es in {wait} noch einmal.',
	plex_refused: '{endpoint} hat die Anfrage abgelehnt (Fehler {status}).',

	// Signing in, once Plex gave a code (SignInPanel; the Plex client brings these words), and its endings
	plex_pin_code: 'Code',
	plex_no_plex_page: 'Keine Plex-Seite geöffnet?',
	plex_open_plex_page: 'Plex-Anmeldeseite öffnen',
	plex_not_answering: 'plex.tv antwortet gerade nicht. Wir versuchen es weiter …',
	plex_pin_timed_out:
		'Plex hat die Anmeldung nicht innerhalb von 5 Minuten bestätigt, deshalb wartet PlexPicker nicht mehr. Tippe auf „Mit Plex anmelden“, um es noch einmal zu versuchen.',

	// After being signed in (SignInPanel, +page.svelte): only a session that loaded the servers (and these words) expires or signs out
	plex_session_expired: 'Deine Plex-Sitzung ist abgelaufen. Melde dich wieder an, um zu synchronisieren; deine gespeicherten Bibliotheken funktionieren weiterhin.',
	plex_session_expired_for:
		'Die Plex-Sitzung von {username} ist abgelaufen. Melde dich wieder an, um zu synchronisieren; deine gespeicherten Bibliotheken funktionieren weiterhin.',
	plex_signed_out: 'Abgemeldet.',
	plex_signed_out_elsewhere: 'In einem anderen Fenster abgemeldet.',
	plex_saved_libraries_kept: 'Deine gespeicherten Plex-Bibliotheken sind noch auf diesem Gerät.',
	plex_remove_saved_libraries: 'Bibliotheken entfernen'
} satisfies Translation<typeof english>;
