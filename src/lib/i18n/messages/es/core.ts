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
	core_welcome_title: '¿Qué vemos esta noche?',
	core_welcome_lede:
		'PlexPicker sortea una película al azar de tu biblioteca de Plex, con los filtros que te importan, e incluso sin cobertura una vez que tu biblioteca está guardada en este dispositivo.',
	core_try_demo: 'Probar la demo',
	core_demo_hint: 'La biblioteca de demostración son unos cientos de películas inventadas guardadas en este dispositivo. No necesitas cuenta.',
	core_dismiss: 'Cerrar',

	core_waiting_code: 'Esperando a Plex… obteniendo un código de inicio de sesión.',
	core_waiting_elsewhere: 'Esperando a Plex… el inicio de sesión está en curso en otra ventana de PlexPicker.',
	core_waiting_approve: 'Esperando a Plex… autoriza PlexPicker en la página de Plex.',
	core_cancel: 'Cancelar',
	core_signin_prompt: 'Inicia sesión para sortear entre tus propias bibliotecas de Plex.',
	core_sign_in_with_plex: 'Iniciar sesión con Plex',
	core_signin_fine: 'Autorizas PlexPicker en plex.tv; tu contraseña nunca pasa por esta app.',
	core_other_ways: 'Otras formas',
	core_popup_title: 'Iniciando sesión en Plex…',

	core_pin_expired: 'El código de inicio de sesión caducó antes de que Plex lo confirmara. Pulsa «Iniciar sesión con Plex» para obtener uno nuevo.',
	core_signin_cancelled: 'Inicio de sesión cancelado.',
	core_signin_failed: 'No se pudo iniciar sesión por un motivo desconocido. Vuelve a intentarlo.',
	core_try_again: 'Vuelve a intentarlo.',

	core_storage_quota:
		'Tu navegador se quedó sin espacio de almacenamiento para PlexPicker. Libera espacio (o quita una biblioteca guardada) y vuelve a intentarlo; lo que ya estaba guardado sigue ahí.',
	core_storage_unavailable:
		'Este navegador no deja que PlexPicker guarde datos (navegación privada o datos de sitios bloqueados). Permite los datos de sitios para esta página o usa una ventana normal.',
	core_storage_failed: 'No se pudo guardar ni leer la copia de la biblioteca en este dispositivo. Recarga la página y vuelve a intentarlo.',
	core_module_load_failed:
		'No se pudo cargar una parte de PlexPicker, probablemente porque se cortó la conexión. Comprueba tu conexión y vuelve a intentarlo.',
	core_something_wrong: 'Algo salió mal. Recarga la página y vuelve a intentarlo.'
} satisfies Translation<typeof english>;
