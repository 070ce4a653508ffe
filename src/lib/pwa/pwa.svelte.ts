/**
 * The installed-app side of PlexPicker, for the UI:
 *  - "a new version is waiting" (vite-plugin-pwa's registerSW, injected so this stays testable);
 *    nothing reloads by itself: the person presses "Update" when it suits them;
 *  - "can be installed": Chromium's beforeinstallprompt, kept to be replayed from an Install button;
 *  - iOS Safari, which has no install prompt: a hint to use Share → Add to Home Screen.
 */
type RegisterSW = (options: {
	immediate?: boolean;
	onNeedRefresh?: () => void;
	onOfflineReady?: () => void;
	onRegisteredSW?: (swUrl: string, registration: ServiceWorkerRegistration | undefined) => void;
	onRegisterError?: (error: unknown) => void;
}) => (reloadPage?: boolean) => Promise<void>;

interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** How often an open app asks the server whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export class PwaState {
	updateAvailable = $state(false);
	installed = $state(false);
	/** Running on iOS/iPadOS Safari, not installed: show the Add to Home Screen hint. */
	iosHint = $state(false);
	#prompt = $state.raw<InstallPromptEvent | null>(null);
	readonly canInstall = $derived(this.#prompt !== null && !this.installed);
	#update: ((reloadPage?: boolean) => Promise<void>) | undefined;
	#win: Window | undefined;

	/** Registers the service worker and listens for install events. Returns a cleanup. */
	start(register: RegisterSW, win: Window = window): () => void {
		this.#win = win;
		const standalone = win.matchMedia('(display-mode: standalone)').matches || (win.navigator as { standalone?: boolean }).standalone === true;
		this.installed = standalone;
		const ua = win.navigator.userAgent;
		const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && win.navigator.maxTouchPoints > 1);
		this.iosHint = ios && !standalone && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);

		const onPrompt = (event: Event) => {
			event.preventDefault(); // keep it for our own Install button
			this.#prompt = event as InstallPromptEvent;
		};
		const onInstalled = () => {
			this.installed = true;
			this.#prompt = null;
		};
		win.addEventListener('beforeinstallprompt', onPrompt);
		win.addEventListener('appinstalled', onInstalled);
		let timer: ReturnType<typeof setInterval> | undefined;

		if ('serviceWorker' in win.navigator) {
			this.#update = register({
				immediate: true,
				onNeedRefresh: () => {
					this.updateAvailable = true;
				},
				onRegisteredSW: (_url, registration) => {
					if (registration) timer = setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
				},
				onRegisterError: (error) => {
					console.warn('PlexPicker: the service worker could not be registered; offline use is unavailable.', error);
				}
			});
		}
		return () => {
			win.removeEventListener('beforeinstallprompt', onPrompt);
			win.removeEventListener('appinstalled', onInstalled);
			clearInterval(timer);
		};
	}

	/** Shows the browser's install dialog (from the Install button). */
	async install(): Promise<void> {
		const prompt = this.#prompt;
		if (!prompt) return;
		this.#prompt = null;
		await prompt.prompt();
		const choice = await prompt.userChoice.catch(() => ({ outcome: 'dismissed' as const }));
		if (choice.outcome === 'accepted') this.installed = true;
	}

	/** Activates the waiting version and reloads into it. */
	async update(): Promise<void> {
		this.updateAvailable = false;
		const win = this.#win;
		const sw = win?.navigator.serviceWorker;
		const reload = () => win?.location.reload();
		// Reload once the new version has taken over (also when this page had no worker yet).
		const waiting = (await sw?.getRegistration())?.waiting;
		if (sw?.controller) sw.addEventListener('controllerchange', reload, { once: true });
		else if (waiting) waiting.addEventListener('statechange', () => waiting.state === 'activated' && reload());
		else reload();
		await this.#update?.(true);
	}
}
