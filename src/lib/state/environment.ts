/** What the page knows about where it runs, for choosing and explaining connections. */
export async function pageEnvironment(win: Window): Promise<{
	pageProtocol: string;
	localNetworkAccess: 'granted' | 'denied' | 'prompt' | 'unsupported';
}> {
	let localNetworkAccess: 'granted' | 'denied' | 'prompt' | 'unsupported';
	try {
		// Chrome 142+ (Local Network Access); other browsers throw for the unknown name.
		const status = await win.navigator.permissions.query({ name: 'local-network-access' as PermissionName });
		localNetworkAccess = status.state;
	} catch {
		localNetworkAccess = 'unsupported';
	}
	return { pageProtocol: win.location.protocol, localNetworkAccess };
}
