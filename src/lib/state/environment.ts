/** What the page knows about where it runs, for choosing and explaining connections. */
export async function pageEnvironment(win: Window): Promise<{
	pageProtocol: string;
	localNetworkAccess: 'granted' | 'denied' | 'prompt' | 'unsupported';
	/** The Content-Security-Policy the page was served with (a meta tag in this app). */
	connectPolicy?: string;
	origin?: string;
}> {
	let localNetworkAccess: 'granted' | 'denied' | 'prompt' | 'unsupported';
	try {
		// Chrome 142+ (Local Network Access); other browsers throw for the unknown name.
		const status = await win.navigator.permissions.query({ name: 'local-network-access' as PermissionName });
		localNetworkAccess = status.state;
	} catch {
		localNetworkAccess = 'unsupported';
	}
	const connectPolicy = win.document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? undefined;
	return { pageProtocol: win.location.protocol, localNetworkAccess, connectPolicy, origin: win.location.origin };
}
