/**
 * Service-worker signals for the UI: "a new version is waiting" and "ready to work offline".
 * The worker is registered by vite-plugin-pwa's registerSW (virtual:pwa-register), injected
 * here so the class stays testable. Nothing reloads by itself: the person presses "Update".
 */
type RegisterSW = (options: {
	immediate?: boolean;
	onNeedRefresh?: () => void;
	onOfflineReady?: () => void;
	onRegisterError?: (error: unknown) => void;
}) => (reloadPage?: boolean) => Promise<void>;

export class PwaState {
	updateAvailable = $state(false);
	offlineReady = $state(false);
	#update: ((reloadPage?: boolean) => Promise<void>) | undefined;

	start(register: RegisterSW): void {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		this.#update = register({
			immediate: true,
			onNeedRefresh: () => {
				this.updateAvailable = true;
			},
			onOfflineReady: () => {
				this.offlineReady = true;
			},
			onRegisterError: (error) => {
				console.warn('PlexPicker: the service worker could not be registered; offline use is unavailable.', error);
			}
		});
	}

	/** Activates the waiting version and reloads into it. */
	async update(): Promise<void> {
		this.updateAvailable = false;
		await this.#update?.(true);
	}
}
