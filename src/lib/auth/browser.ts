import { t } from '../i18n/i18n.ts';

/** The browser around sign-in, injected so the flow is testable without windows. */
export interface AuthBrowser {
	/** Opens an empty popup synchronously, inside the click; null when the browser blocked it. */
	openPopup(): { go(url: string): void; close(): void } | null;
	/** Leaves the app for the auth page in this tab (phones, installed app, blocked popups). */
	navigate(url: string): void;
	/** True on phones and in the installed app, where a same-tab redirect works better than a popup. */
	prefersRedirect(): boolean;
	/** The URL Plex sends the person back to after a redirect. */
	returnUrl(): string;
}

/** Web Locks (navigator.locks) as far as sign-in uses them: one PIN poller across all tabs. */
export interface Locks {
	request(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<void>): Promise<void>;
}

/**
 * The real browser for sign-in. A popup on desktop; a same-tab redirect on phones and in the
 * installed app (where popups open a new browser and never come back), or when the popup was
 * blocked. `popup.closed` is never trusted: app.plex.tv sets COOP, which cuts the link.
 */
export function windowAuthBrowser(win: Window, returnUrl: () => string): AuthBrowser {
	return {
		openPopup() {
			let popup: Window | null = null;
			try {
				popup = win.open('', 'plexpicker-auth', 'popup,width=520,height=720');
			} catch {
				popup = null;
			}
			// Some blockers hand back a window that is already closed.
			if (!popup || popup.closed) return null;
			try {
				popup.document.title = t('core_popup_title');
			} catch {
				// cross-origin already: fine
			}
			return {
				go: (url) => {
					popup.location.href = url;
				},
				close: () => {
					try {
						popup.close();
					} catch {
						// the auth page may have cut the opener: nothing to do
					}
				}
			};
		},
		navigate: (url) => win.location.assign(url),
		prefersRedirect: () =>
			win.matchMedia('(display-mode: standalone)').matches ||
			(win.matchMedia('(pointer: coarse)').matches && /Android|iPhone|iPad|Mobile/i.test(win.navigator.userAgent)),
		returnUrl
	};
}

export function webLocks(nav: Navigator): Locks | undefined {
	return 'locks' in nav && nav.locks ? (nav.locks as unknown as Locks) : undefined;
}
