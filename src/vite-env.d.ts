/// <reference types="vite/client" />
declare const __APP_VERSION__: string;
declare const __BUILD_ID__: string;

interface ImportMetaEnv {
	readonly VITE_PLEX_PRODUCT?: string;
	readonly VITE_PLEX_DEVICE_NAME?: string;
	readonly VITE_PLEX_PLATFORM?: string;
}
