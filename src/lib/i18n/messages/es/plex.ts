import type { Translation } from '../../format-message.ts';
import type english from '../en/plex.ts';

export default {
	plex_finding_servers: 'Buscando tus servidores Plex…',
	plex_list_failed: 'No se pudieron obtener tus servidores Plex. {reason}',
	plex_try_again: 'Reintentar',
	plex_refresh_failed: 'No se pudo actualizar tu lista de servidores. {reason} Los servidores de abajo son de la última vez o se añadieron por dirección.',
	plex_manage_sharing: 'Gestionar el acceso compartido a {name}',
	plex_other_ways: 'Otras opciones',

	plex_your_servers: 'Tus servidores Plex',
	plex_no_servers: 'Esta cuenta de Plex no tiene servidores y nadie comparte ninguno con ella. Prueba la biblioteca de demostración o pide a un amigo que comparta la suya.',
	plex_server_yours: 'Tuyo',
	plex_server_added: 'Añadido por dirección',
	plex_server_shared_by: 'Compartido por {name}',
	plex_server_shared_friend: 'Compartido contigo',
	plex_online: 'En línea',
	plex_offline: 'Sin conexión',
	plex_offline_seen: 'Sin conexión, visto por última vez {ago}',

	plex_connecting: 'Conectando con {name}…',
	plex_connected: 'Conectado a {name}.',
	plex_connected_local: 'Conectado a {name} a través de tu red local.',
	plex_connected_remote: 'Conectado a {name} a través de internet.',
	plex_connected_relay: 'Conectado a {name} a través de Plex Relay (velocidad limitada).',
	plex_connect_failed: 'No se pudo conectar con {name}.',
	plex_retry: 'Reintentar',
	plex_addresses_tried: 'Direcciones probadas',
	plex_column_address: 'Dirección',
	plex_column_kind: 'Tipo',
	plex_column_result: 'Resultado',
	plex_kind_local: 'local',
	plex_kind_remote: 'remota',
	plex_kind_relay: 'relay',
	plex_outcome_connected: 'conectado',
	plex_outcome_wrong_server: 'respondió otro servidor',
	plex_outcome_timeout: 'sin respuesta a tiempo',
	plex_outcome_unreachable: 'no se pudo conectar',
	plex_outcome_cors_refused: 'respondió, pero rechazó este sitio (CORS)',
	plex_outcome_http_error: 'rechazado',
	plex_outcome_bad_response: 'respuesta ilegible',
	plex_outcome_not_needed: 'no hizo falta',
	plex_outcome_pending: 'probando',
	plex_milliseconds: '{ms} ms',
	plex_skipped_mixed_content: 'omitida: http en una página https',
	plex_skipped_shared_lan: 'omitida: la red doméstica del propietario',

	plex_reason_token_owned: '{name} respondió, pero rechazó tu inicio de sesión. Cierra sesión, vuelve a iniciarla y reintenta.',
	plex_reason_token_shared:
		'{name} respondió, pero denegó el acceso. Puede que {owner} haya dejado de compartirlo contigo, o que plex.tv aún no haya transmitido el nuevo acceso. Pídele que revise el uso compartido y reintenta.',
	plex_reason_token_shared_unknown:
		'{name} respondió, pero denegó el acceso. Puede que el propietario haya dejado de compartirlo contigo, o que plex.tv aún no haya transmitido el nuevo acceso. Pídele que revise el uso compartido y reintenta.',
	plex_reason_offline_long:
		'Plex no sabe nada de {name} desde hace mucho tiempo: probablemente está apagado o sin conexión a internet. Enciéndelo (o abre su aplicación Plex Media Server) y reintenta.',
	plex_reason_offline_today:
		'Plex no sabe nada de {name} desde hoy: probablemente está apagado o sin conexión a internet. Enciéndelo (o abre su aplicación Plex Media Server) y reintenta.',
	plex_reason_offline_days: {
		one: 'Plex no sabe nada de {name} desde hace {count} día: probablemente está apagado o sin conexión a internet. Enciéndelo (o abre su aplicación Plex Media Server) y reintenta.',
		other: 'Plex no sabe nada de {name} desde hace {count} días: probablemente está apagado o sin conexión a internet. Enciéndelo (o abre su aplicación Plex Media Server) y reintenta.'
	},
	plex_reason_mixed_all:
		'Esta página se sirve por HTTPS y {name} solo ofrece direcciones http:// simples, que los navegadores bloquean en páginas HTTPS. En Ajustes → Red del servidor, pon «Conexiones seguras» en «Preferido» y reintenta.',
	plex_reason_mixed_some: {
		one: 'No se probó {count} dirección http:// simple: los navegadores bloquean esas direcciones en páginas HTTPS.',
		other: 'No se probaron {count} direcciones http:// simples: los navegadores las bloquean en páginas HTTPS.'
	},
	plex_reason_shared_lan_owner:
		'{name} está compartido contigo, pero solo ofrece direcciones de la red doméstica de {owner}, y el acceso remoto parece desactivado. Pídele que active el acceso remoto (o Relay).',
	plex_reason_shared_lan:
		'{name} está compartido contigo, pero solo ofrece direcciones de la red doméstica de su propietario, y el acceso remoto parece desactivado. Pide al propietario que active el acceso remoto (o Relay).',
	plex_reason_no_addresses: 'plex.tv no indica ninguna dirección para {name}. Comprueba que el acceso remoto esté activado en los ajustes del servidor y reintenta.',
	plex_reason_cors_owned:
		'{name} respondió en {hosts}, pero no deja que PlexPicker lea sus respuestas: solo se lo permite a la aplicación web de Plex (app.plex.tv). Es la política de Plex, no un problema de tu red ni de los ajustes de tu servidor. Mira {name} en las aplicaciones de Plex; PlexPicker no puede llegar a él desde este navegador.',
	plex_reason_cors_shared:
		'{name} respondió en {hosts}, pero no deja que PlexPicker lea sus respuestas: solo se lo permite a la aplicación web de Plex (app.plex.tv). Es la política de Plex, no un problema de tu red ni de los ajustes de tu servidor. Mira {name} en las aplicaciones de Plex o pregunta a {owner}; PlexPicker no puede llegar a él desde este navegador.',
	plex_reason_cors_shared_unknown:
		'{name} respondió en {hosts}, pero no deja que PlexPicker lea sus respuestas: solo se lo permite a la aplicación web de Plex (app.plex.tv). Es la política de Plex, no un problema de tu red ni de los ajustes de tu servidor. Mira {name} en las aplicaciones de Plex o pregunta a su propietario; PlexPicker no puede llegar a él desde este navegador.',
	plex_reason_wrong_server: {
		one: 'Una dirección respondió, pero como otro servidor Plex (la dirección ahora pertenece a otra máquina), así que PlexPicker no la usó.',
		other: '{count} direcciones respondieron, pero como otro servidor Plex (esas direcciones ahora pertenecen a otra máquina), así que PlexPicker no las usó.'
	},
	plex_reason_lna_denied:
		'Tu navegador impide que este sitio acceda a dispositivos de tu red local. Permite «Acceso a la red local» en la configuración del sitio (el icono a la izquierda de la barra de direcciones) y reintenta.',
	plex_reason_lna_prompt: 'Tu navegador necesita permiso para acceder a dispositivos de tu red local. Reintenta y elige «Permitir» cuando pregunte por el acceso a la red local.',
	plex_reason_dns_rebinding:
		'Puede que tu router se niegue a resolver direcciones plex.direct (protección contra DNS rebinding). Añade una excepción para «plex.direct» en la configuración DNS del router o usa una conexión remota.',
	plex_reason_certificate: {
		one: 'No se pudo conectar con la dirección segura {hosts}; puede que su certificado no coincida con la dirección o haya caducado. Abre la dirección una vez en una pestaña del navegador para ver el problema del certificado.',
		other: 'No se pudo conectar con las direcciones seguras {hosts}; puede que sus certificados no coincidan con las direcciones o hayan caducado. Abre una de ellas en una pestaña del navegador para ver el problema del certificado.'
	},
	plex_reason_timeout: 'Ninguna dirección de {name} respondió a tiempo. Puede que el servidor esté ocupado o no sea accesible desde esta red. Reintenta en un momento.',
	plex_reason_unreachable:
		'No se pudo llegar a ninguna dirección de {name} desde esta red. Si el servidor está en casa y tú estás fuera, comprueba que el acceso remoto esté activado en sus ajustes y reintenta.',

	plex_server_address: 'Dirección del servidor',
	plex_server_token: 'Token del servidor (solo para un servidor que no esté en tu lista)',
	plex_add_help:
		'Para un servidor que plex.tv no lista, o mientras plex.tv no funciona. PlexPicker comprueba primero que un servidor Plex responde en la dirección, y solo entonces le envía un token: el que plex.tv dio para ese servidor o el que pegues. Puede que las direcciones distintas de {domain} deban permitirse al compilar esta copia de PlexPicker ({setting}).',
	plex_checking_server: 'Comprobando el servidor…',
	plex_add_server: 'Añadir servidor por dirección',
	plex_address_empty: 'Escribe la dirección del servidor, por ejemplo https://plex.example.org:32400.',
	plex_address_invalid: 'PlexPicker no puede usar esa dirección. Escríbela así: https://plex.example.org:32400.',
	plex_address_scheme: 'Usa una dirección https://, por ejemplo https://plex.example.org:32400.',
	plex_address_extras: 'Escribe solo la dirección del servidor (esquema, nombre y puerto), sin nombre de usuario, «?…» ni «#…». El token va en su propio campo.',
	plex_address_http:
		'Los navegadores bloquean las direcciones http:// simples en esta página https. Usa la dirección https del servidor (en Plex: Ajustes → Red, «Conexiones seguras»).',
	plex_address_cors:
		'{host} respondió, pero no deja que PlexPicker lea sus respuestas: solo se lo permite a la aplicación web de Plex (app.plex.tv). Es la política de Plex, no tu red; añadir el servidor con otra dirección no lo cambiará. Usa las aplicaciones de Plex para este servidor.',
	plex_address_token_refused: 'El servidor Plex en {host} rechazó este token. Pega el token propio de ese servidor (o el de tu cuenta, si el servidor es tuyo) y vuelve a intentarlo.',
	plex_address_not_plex: '{host} respondió, pero no como un Plex Media Server. Comprueba la dirección y su puerto (Plex usa el 32400 salvo que se haya cambiado).',
	plex_address_timeout: '{host} no respondió a tiempo. Comprueba la dirección y que el servidor esté encendido, y vuelve a intentarlo.',
	plex_address_nothing:
		'Nada respondió en {host}. Comprueba la dirección y su puerto (Plex usa el 32400 salvo que se haya cambiado), que el servidor esté encendido y sea accesible desde esta red, y vuelve a intentarlo.',
	plex_address_stopped: '{host} dejó de responder. Vuelve a intentarlo.',
	plex_address_needs_token:
		'Un servidor Plex respondió en {host}, pero no es uno que plex.tv tenga en tu lista, así que PlexPicker necesita su token. Pégalo en «{field}» y vuelve a intentarlo.',
	plex_address_two_servers: '{host} respondió como dos servidores Plex distintos. Comprueba la dirección.',
	plex_address_csp:
		'Esta copia de PlexPicker no puede comunicarse con {host}: su política de seguridad solo le permite llegar a plex.tv y a direcciones *.plex.direct (para que tus tokens no vayan a ningún otro sitio), y no se ha enviado nada allí. Usa para este servidor una dirección que termine en .plex.direct, o pide a quien gestione esta copia de PlexPicker que permita {origin} (PLEXPICKER_CSP_CONNECT al compilarla).',
	plex_server_token_field: 'Token del servidor',

	plex_list_failed_unknown: 'No se pudieron obtener tus servidores Plex. Vuelve a intentarlo.',
	plex_add_failed_unknown: 'No se pudo añadir el servidor por un motivo desconocido. Vuelve a intentarlo.',
	plex_connect_failed_unknown: 'La conexión falló. Reintenta.',
	plex_sync_failed: 'La sincronización falló. Vuelve a intentarlo.',
	plex_sync_refused:
		'{name} rechazó la sincronización (puede que tu acceso haya cambiado). La copia guardada antes no ha cambiado. Vuelve a conectar o inicia sesión de nuevo.',
	plex_sync_connection_lost:
		'Se perdió la conexión con {name} durante la sincronización. La copia guardada antes no ha cambiado. PlexPicker se está reconectando; vuelve a sincronizar en un momento.',
	plex_sync_error_kept: '{reason} La copia guardada antes no ha cambiado.',
	plex_sync_cancelled: 'Sincronización cancelada. La copia guardada antes no ha cambiado.',
	plex_sync_music_library: '«{title}» es una biblioteca de música; PlexPicker solo guarda bibliotecas de películas y series.',
	plex_sync_photo_library: '«{title}» es una biblioteca de fotos; PlexPicker solo guarda bibliotecas de películas y series.',
	plex_sync_other_library: '«{title}» es una biblioteca de tipo «{kind}»; PlexPicker solo guarda bibliotecas de películas y series.',

	plex_home: 'Plex Home',
	plex_watching_as: 'Viendo como {name}',
	plex_watching_in_home: '(en el Plex Home de {name})',
	plex_back_to: 'Volver a {name}',
	plex_whos_watching: '¿Quién está viendo?',
	plex_asking_home: 'Preguntando a plex.tv quién está en tu Plex Home…',
	plex_pin_protected: 'Protegido con PIN',
	plex_member_admin: 'Admin del Home',
	plex_member_needs_pin: 'requiere PIN',
	plex_member_admin_needs_pin: 'Admin del Home, requiere PIN',
	plex_pin: 'PIN',
	plex_pin_help: 'PIN de Plex Home de {name} (4 dígitos).',
	plex_pin_format: 'Un PIN de Plex Home tiene 4 dígitos.',
	plex_switch_to: 'Cambiar a {name}',
	plex_cancel: 'Cancelar',
	plex_home_wrong_pin:
		'Ese PIN no es el de {member}. No ha cambiado nada: PlexPicker sigue mostrando lo que ha visto {current}. Revisa los 4 dígitos y vuelve a intentarlo.',
	plex_home_wrong_pin_unknown:
		'Ese PIN no es correcto. No ha cambiado nada: PlexPicker sigue mostrando lo que ha visto {current}. Revisa los 4 dígitos y vuelve a intentarlo.',
	plex_home_not_in_home:
		'Esta cuenta de Plex no está en ningún Plex Home, así que no hay nadie a quien cambiar. Un Home se configura en las aplicaciones de Plex (Ajustes → Plex Home).',
	plex_home_refused:
		'plex.tv no permite que PlexPicker, un sitio ajeno a plex.tv, cambie de persona (un rechazo «CORS» entre sitios). Es la política de Plex, no un problema de tu red. Lo que sigue funcionando: las bibliotecas guardadas en este dispositivo, como {current}. Las aplicaciones de Plex sí pueden cambiar de persona.',
	plex_home_down:
		'Ahora mismo no se puede acceder a plex.tv, así que no se pueden ver ni cambiar los miembros de Plex Home. Lo que sigue funcionando: las bibliotecas guardadas en este dispositivo, como {current}. Vuelve a intentarlo más tarde.',
	plex_home_signed_out: 'Tu sesión de Plex ha caducado. Inicia sesión de nuevo para cambiar de persona.',
	plex_home_unexpected:
		'plex.tv respondió de una forma que PlexPicker no esperaba. No ha cambiado nada: PlexPicker sigue mostrando lo que ha visto {current}. Vuelve a intentarlo más tarde.',
	plex_home_member_expired:
		'La sesión de Plex de {member} en este dispositivo ha caducado, así que vuelve a ver {account}. Elige de nuevo a {member} en «{button}».',
	plex_home_member_expired_unknown:
		'La sesión de Plex del miembro del Home en este dispositivo ha caducado, así que vuelve a ver {account}. Elige de nuevo a ese miembro en «{button}».',
	plex_home_member_watching: 'Ahora ve {name}. Los títulos no vistos y «Marcar como visto» son ahora de {name}.',
	plex_home_back: 'Vuelve a ver {name}.',
	plex_the_account: 'la cuenta',
	plex_user_fallback: 'Usuario de Plex',

	plex_sign_out: 'Cerrar sesión',

	plex_library_fallback: 'Biblioteca {key}',
	plex_untitled: 'Sin título',
	plex_label_identity: 'Plex (identidad del servidor)',
	plex_label_server: 'Plex (servidor)',
	plex_label_libraries: 'Plex (bibliotecas del servidor)',
	plex_label_library: 'Plex (biblioteca del servidor)',
	plex_label_episodes: 'Plex (episodios del servidor)',
	plex_label_collection: 'Plex (colección del servidor)',
	plex_label_playlist: 'Plex (lista del servidor)',
	plex_label_poster: 'Plex (póster del servidor)',
	plex_label_collections: 'Plex (colecciones del servidor)',
	plex_label_playlists: 'Plex (listas del servidor)',
	plex_label_mark_watched: 'Plex (marcar como visto)',
	plex_label_home_members: 'plex.tv (miembros del Home)',
	plex_label_home_switch: 'plex.tv (cambio de miembro)',
	plex_label_server_list: 'plex.tv (lista de servidores)',
	plex_label_watchlist: 'discover.provider.plex.tv (Watchlist de Plex)',

	// Signing in with a token (TokenSignIn, loaded when "Other ways" opens, with these words)
	plex_token_field: 'Token de Plex',
	plex_token_where:
		'Dónde encontrarlo: inicia sesión en Plex Web (app.plex.tv), abre cualquier película y elige «⋯» → «Obtener información» → «Ver XML». La dirección de la página que se abre termina en {param}: copia lo que va detrás.',
	plex_token_explained: 'Plex lo explica en el artículo {link}.',
	plex_token_article: 'Finding an authentication token (en inglés)',
	plex_token_keep: 'El token es una llave de tu cuenta de Plex: pégalo solo aquí. Se queda en este dispositivo.',
	plex_checking_token: 'Comprobando el token…',
	plex_sign_in_with_token: 'Iniciar sesión con un token',

	// What signing in says once the Plex client is loaded (state/session, auth/*)
	plex_pin_check_failed: 'No se pudo comprobar el inicio de sesión.',
	plex_pin_gave_up: {
		one: 'No se pudo contactar con plex.tv para terminar de iniciar sesión ({count} intento). {reason}',
		other: 'No se pudo contactar con plex.tv para terminar de iniciar sesión ({count} intentos). {reason}'
	},
	plex_signin_refused:
		'Plex rechazó el inicio de sesión. {reason} Aun así puedes iniciar sesión: usa «Iniciar sesión con un token» en «Otras formas», más abajo.',
	plex_token_empty: 'Pega primero tu token de Plex.',
	plex_token_malformed:
		'Eso no parece un token de Plex: es una serie de letras, números, «-» y «_», sin espacios (copia solo lo que va detrás de «X-Plex-Token=»).',
	plex_token_refused:
		'plex.tv no acepta este token: puede que esté incompleto o que su sesión se haya cerrado. Vuelve a copiarlo (todo lo que va detrás de «X-Plex-Token=», hasta el siguiente «&») y vuelve a intentarlo.',
	plex_token_check_failed: 'No se pudo comprobar el token por un motivo desconocido. Vuelve a intentarlo.',

	// What Plex requests name in errors (plex/pins, plex/account, plex/client); each begins with its host
	plex_endpoint_signin: 'plex.tv (inicio de sesión)',
	plex_endpoint_account: 'plex.tv (cuenta)',
	plex_the_server: 'el servidor',

	// Plex request failures (plex/client, plex/refusal); {endpoint} is one of the names above or "host /path"
	plex_cors_refused:
		'{host} respondió, pero no deja que este sitio lea su respuesta (un rechazo «CORS» entre sitios). Es la política de Plex para las apps ajenas a plex.tv, no un problema de tu red ni de tus ajustes.',
	plex_cancelled: 'Cancelado.',
	plex_timeout: '{endpoint} no respondió a tiempo. Comprueba tu conexión y vuelve a intentarlo.',
	plex_offline_unreachable: 'No tienes conexión, así que no se puede contactar con {endpoint}. Conéctate a internet y vuelve a intentarlo.',
	plex_unreachable:
		'No se pudo contactar con {host}. Comprueba tu conexión; si tienes activado un bloqueador de anuncios o de rastreo, permite {host} para este sitio y vuelve a intentarlo.',
	plex_bad_json: '{endpoint} envió una respuesta que PlexPicker no puede leer. Vuelve a intentarlo más tarde.',
	plex_bad_shape: '{endpoint} envió una respuesta con un formato inesperado. Vuelve a intentarlo más tarde.',
	plex_unauthorized: '{endpoint} ya no acepta tu inicio de sesión. Vuelve a iniciar sesión.',
	plex_not_found: '{endpoint} no reconoce lo que se le pidió.',
	plex_rate_limited: '{endpoint} pide a PlexPicker que vaya más despacio. Vuelve a intentarlo en un momento.',
	plex_rate_limited_wait: '{endpoint} pide a PlexPicker que vaya más despacio. Vuelve a intentarlo dentro de {wait}.',
	plex_server_error: '{endpoint} tiene problemas (error {status}). Vuelve a intentarlo dentro de unos minutos.',
	plex_server_error_wait: '{endpoint} tiene problemas (error {status}). Vuelve a intentarlo dentro de {wait}.',
	plex_refused: '{endpoint} rechazó la solicitud (error {status}).',

	// Signing in, once Plex gave a code (SignInPanel; the Plex client brings these words), and its endings
	plex_pin_code: 'Código',
	plex_no_plex_page: '¿No se abrió ninguna página de Plex?',
	plex_open_plex_page: 'Abrir la página de inicio de sesión de Plex',
	plex_not_answering: 'plex.tv no responde ahora mismo. Seguimos intentándolo…',
	plex_pin_timed_out:
		'Plex no confirmó el inicio de sesión en 5 minutos, así que PlexPicker dejó de esperar. Pulsa «Iniciar sesión con Plex» para volver a intentarlo.',

	// After being signed in (SignInPanel, +page.svelte): only a session that loaded the servers (and these words) expires or signs out
	plex_session_expired: 'Tu sesión de Plex ha caducado. Vuelve a iniciar sesión para sincronizar; tus bibliotecas guardadas siguen funcionando.',
	plex_session_expired_for: 'La sesión de Plex de {username} ha caducado. Vuelve a iniciar sesión para sincronizar; tus bibliotecas guardadas siguen funcionando.',
	plex_signed_out: 'Sesión cerrada.',
	plex_signed_out_elsewhere: 'Sesión cerrada en otra ventana.',
	plex_saved_libraries_kept: 'Tus bibliotecas de Plex guardadas siguen en este dispositivo.',
	plex_remove_saved_libraries: 'Quitar bibliotecas guardadas'
} satisfies Translation<typeof english>;
