import type { Translation } from '../../format-message.ts';
import type english from '../en/core.ts';

export default {
	core_just_now: 'ahora mismo',
	core_language: 'Idioma',
	core_language_failed: 'No se pudo cargar ese idioma, probablemente porque se cortó la conexión. Comprueba tu conexión y vuelve a intentarlo.',
	core_offline_footer: 'Sin conexión: puedes elegir con la copia guardada en este dispositivo. Iniciar sesión, sincronizar y «Abrir en Plex» necesitan conexión.',
	core_ios_install: 'Instala PlexPicker: toca Compartir y luego «Añadir a pantalla de inicio».',
	core_not_affiliated: 'PlexPicker {version} · sin relación con Plex, Inc.',

	core_offline: 'Sin conexión',
	core_offline_help: 'Puedes elegir con la copia guardada en este dispositivo; iniciar sesión, sincronizar y «Abrir en Plex» necesitan conexión.',
	core_install: 'Instalar',
	core_update: 'Actualizar',

	core_error_page_title: 'No encontrada · PlexPicker',
	core_error_not_found: 'Esta página no existe',
	core_error_failed: 'Algo salió mal',
	core_error_single_page: 'PlexPicker vive en una sola página.',
	core_error_reload: 'Recarga la página y vuelve a intentarlo.',
	core_error_back: 'Volver a PlexPicker',

	core_opening_library: 'Abriendo tu biblioteca…',
	core_saved_libraries_kept: 'Tus bibliotecas de Plex guardadas siguen en este dispositivo.',
	core_remove_saved_libraries: 'Quitar bibliotecas guardadas',
	core_welcome_title: '¿Qué vemos esta noche?',
	core_welcome_lede:
		'PlexPicker sortea una película al azar de tu biblioteca de Plex, con los filtros que te importan, e incluso sin cobertura una vez que tu biblioteca está guardada en este dispositivo.',
	core_try_demo: 'Probar la demo',
	core_demo_hint: 'La biblioteca de demostración son unos cientos de películas inventadas guardadas en este dispositivo. No necesitas cuenta.',
	core_dismiss: 'Cerrar',

	core_waiting_code: 'Esperando a Plex… obteniendo un código de inicio de sesión.',
	core_waiting_elsewhere: 'Esperando a Plex… el inicio de sesión está en curso en otra ventana de PlexPicker.',
	core_waiting_approve: 'Esperando a Plex… autoriza PlexPicker en la página de Plex.',
	core_pin_code: 'Código',
	core_no_plex_page: '¿No se abrió ninguna página de Plex?',
	core_open_plex_page: 'Abrir la página de inicio de sesión de Plex',
	core_plex_not_answering: 'plex.tv no responde ahora mismo. Seguimos intentándolo…',
	core_cancel: 'Cancelar',
	core_session_expired: 'Tu sesión de Plex ha caducado. Vuelve a iniciar sesión para sincronizar; tus bibliotecas guardadas siguen funcionando.',
	core_session_expired_for: 'La sesión de Plex de {username} ha caducado. Vuelve a iniciar sesión para sincronizar; tus bibliotecas guardadas siguen funcionando.',
	core_signin_prompt: 'Inicia sesión para sortear entre tus propias bibliotecas de Plex.',
	core_sign_in_with_plex: 'Iniciar sesión con Plex',
	core_signin_fine: 'Autorizas PlexPicker en plex.tv; tu contraseña nunca pasa por esta app.',
	core_other_ways: 'Otras formas',
	core_plex_token: 'Token de Plex',
	core_token_where:
		'Dónde encontrarlo: inicia sesión en Plex Web (app.plex.tv), abre cualquier película y elige «⋯» → «Obtener información» → «Ver XML». La dirección de la página que se abre termina en {param}: copia lo que va detrás.',
	core_token_explained: 'Plex lo explica en el artículo {link}.',
	core_token_article: 'Finding an authentication token (en inglés)',
	core_token_keep: 'El token es una llave de tu cuenta de Plex: pégalo solo aquí. Se queda en este dispositivo.',
	core_checking_token: 'Comprobando el token…',
	core_sign_in_with_token: 'Iniciar sesión con un token',
	core_popup_title: 'Iniciando sesión en Plex…',

	core_pin_expired: 'El código de inicio de sesión caducó antes de que Plex lo confirmara. Pulsa «Iniciar sesión con Plex» para obtener uno nuevo.',
	core_pin_timed_out:
		'Plex no confirmó el inicio de sesión en 5 minutos, así que PlexPicker dejó de esperar. Pulsa «Iniciar sesión con Plex» para volver a intentarlo.',
	core_signin_cancelled: 'Inicio de sesión cancelado.',
	core_signed_out: 'Sesión cerrada.',
	core_signed_out_elsewhere: 'Sesión cerrada en otra ventana.',
	core_signin_failed: 'No se pudo iniciar sesión por un motivo desconocido. Vuelve a intentarlo.',
	core_signin_refused:
		'Plex rechazó el inicio de sesión. {reason} Aun así puedes iniciar sesión: usa «Iniciar sesión con un token» en «Otras formas», más abajo.',
	core_try_again: 'Vuelve a intentarlo.',
	core_pin_check_failed: 'No se pudo comprobar el inicio de sesión.',
	core_pin_gave_up: {
		one: 'No se pudo contactar con plex.tv para terminar de iniciar sesión ({count} intento). {reason}',
		other: 'No se pudo contactar con plex.tv para terminar de iniciar sesión ({count} intentos). {reason}'
	},
	core_token_empty: 'Pega primero tu token de Plex.',
	core_token_malformed:
		'Eso no parece un token de Plex: es una serie de letras, números, «-» y «_», sin espacios (copia solo lo que va detrás de «X-Plex-Token=»).',
	core_token_refused:
		'plex.tv no acepta este token: puede que esté incompleto o que su sesión se haya cerrado. Vuelve a copiarlo (todo lo que va detrás de «X-Plex-Token=», hasta el siguiente «&») y vuelve a intentarlo.',
	core_token_check_failed: 'No se pudo comprobar el token por un motivo desconocido. Vuelve a intentarlo.',

	core_storage_quota:
		'Tu navegador se quedó sin espacio de almacenamiento para PlexPicker. Libera espacio (o quita una biblioteca guardada) y vuelve a intentarlo; lo que ya estaba guardado sigue ahí.',
	core_storage_unavailable:
		'Este navegador no deja que PlexPicker guarde datos (navegación privada o datos de sitios bloqueados). Permite los datos de sitios para esta página o usa una ventana normal.',
	core_storage_failed: 'No se pudo guardar ni leer la copia de la biblioteca en este dispositivo. Recarga la página y vuelve a intentarlo.',
	core_module_load_failed:
		'No se pudo cargar una parte de PlexPicker, probablemente porque se cortó la conexión. Comprueba tu conexión y vuelve a intentarlo.',
	core_something_wrong: 'Algo salió mal. Recarga la página y vuelve a intentarlo.',

	core_endpoint_signin: 'plex.tv (inicio de sesión)',
	core_endpoint_account: 'plex.tv (cuenta)',
	core_the_server: 'el servidor',

	core_cors_refused:
		'{host} respondió, pero no deja que este sitio lea su respuesta (un rechazo «CORS» entre sitios). Es la política de Plex para las apps ajenas a plex.tv, no un problema de tu red ni de tus ajustes.',
	core_cancelled: 'Cancelado.',
	core_timeout: '{endpoint} no respondió a tiempo. Comprueba tu conexión y vuelve a intentarlo.',
	core_offline_unreachable: 'No tienes conexión, así que no se puede contactar con {endpoint}. Conéctate a internet y vuelve a intentarlo.',
	core_unreachable:
		'No se pudo contactar con {host}. Comprueba tu conexión; si tienes activado un bloqueador de anuncios o de rastreo, permite {host} para este sitio y vuelve a intentarlo.',
	core_bad_json: '{endpoint} envió una respuesta que PlexPicker no puede leer. Vuelve a intentarlo más tarde.',
	core_bad_shape: '{endpoint} envió una respuesta con un formato inesperado. Vuelve a intentarlo más tarde.',
	core_unauthorized: '{endpoint} ya no acepta tu inicio de sesión. Vuelve a iniciar sesión.',
	core_not_found: '{endpoint} no reconoce lo que se le pidió.',
	core_rate_limited: '{endpoint} pide a PlexPicker que vaya más despacio. Vuelve a intentarlo en un momento.',
	core_rate_limited_wait: '{endpoint} pide a PlexPicker que vaya más despacio. Vuelve a intentarlo dentro de {wait}.',
	core_server_error: '{endpoint} tiene problemas (error {status}). Vuelve a intentarlo dentro de unos minutos.',
	core_server_error_wait: '{endpoint} tiene problemas (error {status}). Vuelve a intentarlo dentro de {wait}.',
	core_refused: '{endpoint} rechazó la solicitud (error {status}).'
} satisfies Translation<typeof english>;
