import { devices, type Page } from '@playwright/test';
import type { PlexFixture } from '../fake-plex/playwright.ts';
import type { LogEntry } from '../fake-plex/world.ts';

/** Desktop Chrome without its browser-type key (which cannot change inside a file). */
export const { defaultBrowserType: _browserType, ...desktop } = devices['Desktop Chrome'];

/** Signs in through the popup flow, approving the PIN in the fake world. */
export async function signIn(page: Page, plex: PlexFixture): Promise<void> {
	await page.goto('./');
	await page.getByRole('button', { name: 'Sign in with Plex' }).click();
	plex.approvePin((await plex.waitForPin()).id);
	await page.getByText('mira.okafor').waitFor();
}

const PLEX_TV = new Set(['plex.tv', 'clients.plex.tv']);

/**
 * Every token that left the browser went to plex.tv (the account token) or to the server it
 * belongs to (that server's own token), and nowhere else.
 */
export function tokenLeaks(plex: PlexFixture): string[] {
	const problems: string[] = [];
	for (const entry of plex.log as LogEntry[]) {
		if (!entry.token) continue;
		if (PLEX_TV.has(entry.host)) {
			// The account's token, or one it had before plex.tv revoked it (a test may revoke it).
			const accountToken = entry.token === plex.world.account.token || plex.world.revoked.has(entry.token);
			if (!accountToken) problems.push(`${entry.method} ${entry.url}: not the account token`);
			continue;
		}
		const server = entry.machineIdentifier ? plex.world.server(entry.machineIdentifier) : undefined;
		if (!server) problems.push(`${entry.method} ${entry.url}: token sent to a host that is no server`);
		else if (entry.token !== server.accessToken) problems.push(`${entry.method} ${entry.url}: token of another server or the account`);
	}
	return problems;
}
