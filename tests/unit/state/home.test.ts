import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LibraryCache } from '#lib/cache/library-cache.ts';
import { PlexClient } from '#lib/plex/client.ts';
import { HomeState, HOME_PERSON_KEY } from '#lib/state/home.svelte.ts';
import { expireMember, HomeSwitcher } from '#lib/state/home-switch.svelte.ts';
import { ServerState } from '#lib/state/servers.svelte.ts';
import { SyncState } from '#lib/state/sync.svelte.ts';
import { watchedByThisPerson } from '#lib/library/types.ts';
import type { HomeMember } from '#lib/plex/home.ts';
import { isWatched } from '#lib/library/types.ts';
import { TOKENS } from '../../fake-plex/samples.ts';
import { createWorld } from '../../fake-plex/world.ts';
import { createFakeFetch } from '../../fake-plex/fetch.ts';
import { pickingApp } from '../../helpers/picking.ts';
import { memoryStorage } from '../../helpers/storage.ts';
import { testIdentity } from '../../helpers/plex-client.ts';

const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';
const MIRA = { id: 31415926, token: TOKENS.account, name: 'mira.okafor' };

function setup(storage = memoryStorage()) {
	const world = createWorld();
	const client = new PlexClient({ fetch: createFakeFetch(world), identity: () => testIdentity, online: () => true });
	const home = new HomeState(storage);
	return { world, client, storage, home, switcher: new HomeSwitcher({ client, home }) };
}

async function member(switcher: HomeSwitcher, title: string): Promise<HomeMember> {
	if (switcher.members.length === 0) await switcher.load(MIRA);
	const found = switcher.members.find((m) => m.title === title);
	if (!found) throw new Error(`no member ${title}`);
	return found;
}

describe('HomeState: who is watching', () => {
	it('lists the Home, switches to an unprotected member in one step, remembers it per device and goes back in one tap', async () => {
		const s = setup();
		await s.switcher.load(MIRA);
		expect(s.switcher.members.map((m) => m.title)).toEqual(['mira.okafor', 'Jonah', 'Ada']);
		expect(await s.switcher.choose(await member(s.switcher, 'Jonah'), MIRA)).toBe(true);
		expect(s.home.personFor(MIRA.id)?.title).toBe('Jonah');
		expect(s.home.tokenFor(MIRA.id)).toBe(s.world.home?.member('Jonah').token);
		// another account signed in on this device never gets Jonah's token
		expect(s.home.tokenFor(99)).toBeNull();

		const reloaded = new HomeState(s.storage);
		expect(reloaded.personFor(MIRA.id)?.title).toBe('Jonah');
		expect(reloaded.tokenFor(MIRA.id)).toBe(s.world.home?.member('Jonah').token);

		const requests = s.world.log.length;
		new HomeSwitcher({ client: s.client, home: reloaded }).back(MIRA);
		expect(reloaded.personFor(MIRA.id)).toBeNull();
		expect(s.world.log.length).toBe(requests); // no network to come back
		expect(s.storage.data.has(HOME_PERSON_KEY)).toBe(false);
		expect(reloaded.notice).toContain('mira.okafor is watching again');
	});

	it('a protected member asks for the PIN; a wrong PIN is explained and nothing switches; the right one switches', async () => {
		const s = setup();
		const ada = await member(s.switcher, 'Ada');
		expect(await s.switcher.choose(ada, MIRA)).toBe(false);
		expect(s.switcher.asking?.title).toBe('Ada');
		expect(s.world.requests({ method: 'POST' })).toHaveLength(0);

		expect(await s.switcher.choose(ada, MIRA, '1111')).toBe(false);
		expect(s.switcher.pinError).toMatch(/That PIN is not Ada's\. Nothing changed: PlexPicker is still showing what mira\.okafor has watched/);
		expect(s.home.personFor(MIRA.id)).toBeNull();
		expect(s.storage.data.has(HOME_PERSON_KEY)).toBe(false);
		expect(s.switcher.asking?.title).toBe('Ada');

		expect(await s.switcher.choose(ada, MIRA, '2468')).toBe(true);
		expect(s.home.personFor(MIRA.id)?.title).toBe('Ada');
		expect(s.switcher.asking).toBeNull();
	});

	it('says what still works when plex.tv refuses the Home calls or is down, and keeps who is watching', async () => {
		const refused = setup();
		refused.world.home?.refuseFromBrowsers();
		await refused.switcher.load(MIRA);
		expect(refused.switcher.status).toBe('error');
		expect(refused.switcher.problem).toMatch(/refused.*not a problem with your network.*What still works: the libraries saved on this device, as mira\.okafor/);

		const down = setup();
		down.world.setBehaviour('https://plex.tv', { failure: 'refuse' });
		await down.switcher.load(MIRA);
		expect(down.switcher.problem).toMatch(/plex\.tv cannot be reached.*the libraries saved on this device, as mira\.okafor/);
	});

	it('a member token that ran out sends the device back to the account, saying so', async () => {
		const s = setup();
		await s.switcher.choose(await member(s.switcher, 'Jonah'), MIRA);
		expireMember(s.home, 'mira.okafor');
		expect(s.home.personFor(MIRA.id)).toBeNull();
		expect(s.home.notice).toMatch(/Jonah's Plex sign-in on this device has run out, so mira\.okafor is watching again/);
	});
});

describe('a member watching: servers and watch state follow them', () => {
	it('re-discovers servers with the member token, syncs the member’s watch state and marks the copy as theirs', async () => {
		globalThis.indexedDB = new IDBFactory();
		const s = setup();
		const cache = new LibraryCache('home-sync');
		const app = pickingApp({ cache });
		await app.library.start();
		let watcher = { id: MIRA.id, name: MIRA.name, account: true };
		const servers = new ServerState({ client: s.client, storage: s.storage, environment: async () => ({ pageProtocol: 'https:' }), onUnauthorized: () => {} });
		const sync = new SyncState({ client: s.client, cache, servers, app: app.library, watcher: () => watcher });
		await servers.load(MIRA.token);
		await servers.choose(VAULT);
		const movies = servers.sections.find((x) => x.key === '1')!;
		await sync.keep(movies, true);
		const unwatched = () => app.library.items.filter((i) => !isWatched(i)).map((i) => i.ratingKey).sort();
		expect(unwatched()).toEqual(['1022', '1024', '1025', '1027', '1029']);

		await s.switcher.choose(await member(s.switcher, 'Jonah'), MIRA);
		const jonah = s.home.personFor(MIRA.id)!;
		watcher = { id: jonah.id, name: jonah.title, account: false };
		expect(watchedByThisPerson(app.library.meta!, watcher)).toBe(false);
		servers.usePerson(jonah.id);
		expect(servers.servers).toEqual([]);
		await servers.load(s.home.tokenFor(MIRA.id)!);
		expect(servers.tokenFor(VAULT)).toBe('fake-srvJ-Lp4Ws7Nc');
		await servers.connect();
		await sync.syncStale(); // the copy is fresh, but carries Mira's watch state
		expect(app.library.meta?.watchedBy).toEqual({ id: jonah.id, name: 'Jonah' });
		expect(unwatched()).toEqual(['1021', '1023', '1026', '1027', '1028', '1029']);

		// Mira's own server list (and token) comes back from this device when she is back
		servers.usePerson(null);
		servers.restore();
		expect(servers.tokenFor(VAULT)).toBe(TOKENS.owned);
		// a member's token went only to plex.tv and to the server Jonah can reach
		const memberTokens = new Set(s.world.home?.tokens());
		for (const entry of s.world.log.filter((e) => e.token && memberTokens.has(e.token))) {
			expect(entry.host === 'plex.tv' || entry.machineIdentifier === VAULT).toBe(true);
		}
	});
});
