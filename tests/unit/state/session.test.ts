import { describe, expect, it, vi } from 'vitest';
import { SessionState, type AuthBrowser } from '#lib/state/session.svelte.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { loadPendingPin, loadSession, SESSION_KEY } from '#lib/auth/session-store.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { memoryStorage } from '../../helpers/storage.ts';

const CLIENT_ID = '3c7f2a9e-5b1d-4e8a-9f60-2d4c8b1a7e35';

function fakeBrowser(over: Partial<AuthBrowser> = {}) {
	const popup = { go: vi.fn<(url: string) => void>(), close: vi.fn() };
	const browser: AuthBrowser = {
		openPopup: vi.fn(() => popup),
		navigate: vi.fn<(url: string) => void>(),
		prefersRedirect: () => false,
		returnUrl: () => 'https://picker.example/',
		...over
	};
	return { browser, popup };
}

function clientFor(world: ReturnType<typeof createWorld>, online = true) {
	return new PlexClient({
		fetch: createFakeFetch(world),
		identity: () => ({ clientId: CLIENT_ID, product: 'PlexPicker', version: '0.1.0', platform: 'Chrome', platformVersion: '1', device: 'Linux', deviceName: 'test' }),
		online: () => online
	});
}

/** A session against the fake world, with a clock that only moves when the poller waits. */
function setup(options: { lazyClient?: () => void; browser?: Partial<AuthBrowser>; storage?: ReturnType<typeof memoryStorage>; online?: boolean; onWait?: (n: number, ctx: { world: ReturnType<typeof createWorld>; session: SessionState }) => void } = {}) {
	let clock = Date.parse('2026-11-25T18:00:00Z');
	const world = createWorld({ now: () => clock });
	const storage = options.storage ?? memoryStorage();
	const { browser, popup } = fakeBrowser(options.browser);
	let waits = 0;
	const client = clientFor(world, options.online ?? true);
	const session = new SessionState({
		// The page hands a loader (the client's code is not part of the first load): same behaviour.
		client: options.lazyClient
			? async () => {
					options.lazyClient!();
					return client;
				}
			: client,
		storage,
		browser,
		now: () => clock,
		wait: async (ms) => {
			clock += ms;
			options.onWait?.(++waits, { world, session });
		}
	});
	return { world, storage, browser, popup, session, pins: () => world.log.filter((e) => e.method === 'GET' && e.path.startsWith('/api/v2/pins/')) };
}

describe('SessionState sign-in', () => {
	it('a client given as a loader is built only when the person signs in, and signs in the same way', async () => {
		const built = vi.fn();
		const s = setup({ lazyClient: built, onWait: (n, { world }) => n === 1 && world.approvePin() });
		await s.session.init();
		expect(built).not.toHaveBeenCalled();
		expect(s.session.status).toBe('idle');
		await s.session.signIn();
		expect(built).toHaveBeenCalled();
		expect(s.session.status).toBe('signed-in');
		expect(s.session.account?.username).toBe('mira.okafor');
		expect(s.popup.go.mock.calls[0]![0]).toMatch(/^https:\/\/app\.plex\.tv\/auth#\?clientID=3c7f2a9e/);
	});

	it('popup: creates a strong PIN, opens the auth page, polls until approved, then shows the account', async () => {
		const s = setup({ onWait: (n, { world }) => n === 2 && world.approvePin() });
		await s.session.signIn();
		expect(s.session.status).toBe('signed-in');
		expect(s.session.account?.username).toBe('mira.okafor');
		expect(s.session.token).toBe('fake-acct-7pQ2xW9mZr');
		const authUrl = s.popup.go.mock.calls[0]![0];
		expect(authUrl).toMatch(/^https:\/\/app\.plex\.tv\/auth#\?clientID=3c7f2a9e/);
		expect(authUrl).not.toContain('forwardUrl');
		expect(s.pins()).toHaveLength(3);
		expect(s.popup.close).toHaveBeenCalled();
		expect(loadSession(s.storage)?.account.username).toBe('mira.okafor');
		expect(loadPendingPin(s.storage)).toBeUndefined();
		const create = s.world.log.find((e) => e.method === 'POST')!;
		expect(create.query.strong).toBe('true');
	});

	it('a second click while waiting does not start a second sign-in', async () => {
		let second: Promise<void> | undefined;
		const s = setup({
			onWait: (n, { world, session }) => {
				if (n === 1) second = session.signIn();
				if (n === 3) world.approvePin();
			}
		});
		await s.session.signIn();
		await second;
		expect(s.world.log.filter((e) => e.method === 'POST' && e.path === '/api/v2/pins')).toHaveLength(1);
		expect(s.session.status).toBe('signed-in');
	});

	it('redirect (phone or blocked popup): saves the PIN, leaves with forwardUrl, and resumes on return', async () => {
		const storage = memoryStorage();
		const first = setup({ storage, browser: { openPopup: () => null } });
		await first.session.signIn();
		expect(first.session.status).toBe('waiting');
		const url = vi.mocked(first.browser.navigate).mock.calls[0]![0];
		expect(new URLSearchParams(url.split('#?')[1]).get('forwardUrl')).toBe('https://picker.example/');
		const pending = loadPendingPin(storage)!;
		expect(pending.code).toHaveLength(25);

		// Back from app.plex.tv: a new page, same storage; the PIN was approved meanwhile.
		first.world.approvePin(pending.id);
		// Seconds later on the same clock as the first page (the PIN is still valid).
		const session = new SessionState({ client: clientFor(first.world), storage, browser: fakeBrowser().browser, wait: async () => {}, now: () => Date.parse('2026-11-25T18:00:30Z') });
		await session.init();
		expect(session.status).toBe('signed-in');
		expect(session.account?.username).toBe('mira.okafor');
		const polled = first.world.log.filter((e) => e.path.startsWith('/api/v2/pins/'));
		expect(polled.every((e) => e.path === `/api/v2/pins/${pending.id}`)).toBe(true);
	});

	it('cancel stops polling, forgets the PIN and says so', async () => {
		const s = setup({ onWait: (n, { session }) => n === 2 && session.cancel() });
		await s.session.signIn();
		expect(s.session.status).toBe('idle');
		expect(s.session.notice).toBe('Sign-in cancelled.');
		expect(s.pins()).toHaveLength(2);
		expect(loadPendingPin(s.storage)).toBeUndefined();
	});

	it('an expired PIN returns to idle with a way to start again', async () => {
		const s = setup({ onWait: (n, { world }) => n === 1 && world.expirePin() });
		await s.session.signIn();
		expect(s.session.status).toBe('idle');
		expect(s.session.notice).toMatch(/expired.*Sign in with Plex/);
	});

	it('plex.tv down while creating the PIN: an error that says what to do', async () => {
		const s = setup();
		s.world.addFault({ host: 'plex.tv', status: 503, body: '<html>down</html>' });
		await s.session.signIn();
		expect(s.session.status).toBe('error');
		expect(s.session.error?.message).toMatch(/trouble \(error 503\)\. Try again/);
		expect(s.popup.close).toHaveBeenCalled();
	});
});

describe('SessionState on start', () => {
	async function signedIn() {
		const s = setup({ onWait: (_n, { world }) => world.approvePin() });
		await s.session.signIn();
		return s;
	}

	it('restores the session and re-checks the token', async () => {
		const s = await signedIn();
		const again = new SessionState({ client: clientFor(s.world), storage: s.storage, browser: s.browser });
		await again.init();
		expect(again.status).toBe('signed-in');
		expect(again.account?.username).toBe('mira.okafor');
		expect(s.world.log.filter((e) => e.path === '/api/v2/user')).toHaveLength(2);
	});

	it('shows the restored session at once, and checks the token only once the app is open', async () => {
		const s = await signedIn();
		const checks = () => s.world.log.filter((e) => e.path === '/api/v2/user').length;
		const before = checks();
		let open!: () => void;
		const opened = new Promise<void>((resolve) => (open = resolve));
		const again = new SessionState({ client: clientFor(s.world), storage: s.storage, browser: s.browser });
		const init = again.init(opened);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(again.status).toBe('signed-in');
		expect(again.account?.username).toBe('mira.okafor');
		expect(checks()).toBe(before);
		open();
		await init;
		expect(checks()).toBe(before + 1);
	});

	it('a revoked token moves to "session expired" and forgets only the token', async () => {
		const s = await signedIn();
		s.world.revokeToken();
		const again = new SessionState({ client: clientFor(s.world), storage: s.storage, browser: s.browser });
		await again.init();
		expect(again.status).toBe('expired');
		expect(again.token).toBeNull();
		expect(again.account?.username).toBe('mira.okafor');
		expect(s.storage.data.has(SESSION_KEY)).toBe(false);
	});

	it('offline on start: stays signed in with the saved profile', async () => {
		const s = await signedIn();
		const again = new SessionState({
			client: new PlexClient({ fetch: async () => { throw new TypeError('Failed to fetch'); }, identity: () => clientFor(s.world).identity, online: () => false }),
			storage: s.storage,
			browser: s.browser
		});
		await again.init();
		expect(again.status).toBe('signed-in');
		expect(again.token).toBe('fake-acct-7pQ2xW9mZr');
	});

	it('sign out forgets token and account', async () => {
		const s = await signedIn();
		s.session.signOut();
		expect(s.session.status).toBe('idle');
		expect(s.session.account).toBeNull();
		expect(s.session.token).toBeNull();
		expect(loadSession(s.storage)).toBeUndefined();
	});
});

describe('SessionState: the fallbacks when plex.tv refuses the PIN sign-in (docs/plex-api.md §2)', () => {
	it('a refused PIN call says plex.tv refused (not the network) and points to "Sign in with a token"', async () => {
		const s = setup();
		s.world.plexTvRefusesPins();
		await s.session.signIn();
		expect(s.session.status).toBe('error');
		expect(s.session.error?.kind).toBe('cors-refused');
		expect(s.session.error?.message).toMatch(/plex\.tv answered.*Plex's policy.*Sign in with a token/);
		expect(s.session.needsOtherWays).toBe(true);
	});

	it('"Sign in with a token" checks it with /api/v2/user and then is signed in exactly like a PIN sign-in', async () => {
		const s = setup();
		expect(await s.session.signInWithToken(`  ${s.world.account.token}\n`)).toBe(true);
		expect(s.session.status).toBe('signed-in');
		expect(s.session.account?.username).toBe('mira.okafor');
		expect(loadSession(s.storage)).toEqual({ token: s.world.account.token, account: s.session.account });
		expect(s.world.log.map((e) => e.path)).toEqual(['/api/v2/user']);
	});

	it('a wrong or malformed token is explained and nothing is kept', async () => {
		const s = setup();
		expect(await s.session.signInWithToken('not a token')).toBe(false);
		expect(s.session.tokenError).toMatch(/does not look like a Plex token/);
		expect(s.world.log).toHaveLength(0);
		expect(await s.session.signInWithToken('wrongToken12345678')).toBe(false);
		expect(s.session.tokenError).toMatch(/plex\.tv does not accept this token/);
		expect(s.session.tokenError).not.toContain('wrongToken12345678');
		expect(s.session.status).toBe('idle');
		expect(loadSession(s.storage)).toBeUndefined();
	});
});
