import type { Translation } from '../../format-message.ts';
import type english from '../en/core.ts';

export default {
	core_just_now: 'ahora mismo',
	core_language: 'Idioma',
	core_language_failed: 'No se pudo cargar ese idioma, probablemente porque se cortó la conexión. Comprueba tu conexión y vuelve a intentarlo.',
	core_offline_footer: 'Sin conexión: puedes elegir con la copia guardada en este dispositivo. Iniciar sesión, sincronizar y «Abrir en Plex» necesitan conexión.',
	core_ios_install: 'Instala PlexPicker: toca Compartir y luego «Añadir a pantalla de inicio».',
	core_not_affiliated: 'PlexPicker {version} · sin relación con Plex, Inc.'
} satisfies Translation<typeof english>;
