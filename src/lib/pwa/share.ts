/**
 * Shares a link through the system share sheet (Web Share API) where there is one, else copies
 * it. Never shares anything with a token in it: callers pass Plex Web links or the app's own URL.
 */
export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed';

type ShareNavigator = Pick<Navigator, 'clipboard'> & { share?: Navigator['share']; canShare?: Navigator['canShare'] };

export async function shareOrCopy(data: { title: string; text?: string; url: string }, nav: ShareNavigator = navigator): Promise<ShareResult> {
	if (nav.share && (!nav.canShare || nav.canShare(data))) {
		try {
			await nav.share(data);
			return 'shared';
		} catch (error) {
			if ((error as { name?: string })?.name === 'AbortError') return 'cancelled';
			// fall back to copying
		}
	}
	try {
		await nav.clipboard.writeText(data.url);
		return 'copied';
	} catch {
		return 'failed';
	}
}
