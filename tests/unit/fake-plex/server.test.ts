import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samples, TOKENS } from '../../fake-plex/samples.ts';
import { sendTo, startFakePlexServers } from '../../fake-plex/server.ts';
import type { FakePlexServers } from '../../fake-plex/server.ts';
import { createWorld } from '../../fake-plex/world.ts';

const VAULT_ID = samples.v2Server.machineIdentifier;
const JSON_ACCEPT = { Accept: 'application/json' };

function portState(port: number): Promise<'open' | 'refused'> {
	return new Promise((resolve, reject) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		socket.once('connect', () => (socket.destroy(), resolve('open')));
		socket.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' ? resolve('refused') : reject(error)));
	});
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'answered';
	} catch (error) {
		const e = error as Error & { cause?: { code?: string } };
		return e.cause?.code ?? e.name;
	}
}

describe('startFakePlexServers (real sockets)', () => {
	let fake: FakePlexServers;
	const url = (name: string) => fake.byName(name).url;

	beforeAll(async () => {
		fake = await startFakePlexServers([
			{ name: 'Okafor Vault', machineIdentifier: VAULT_ID, tls: true },
			{ name: 'Okafor Vault slow', machineIdentifier: VAULT_ID, delayMs: 300 },
			{ name: 'Gone', failure: 'refuse' },
			{ name: 'Reset', failure: 'reset' },
			{ name: 'Hang', failure: 'hang' },
			{ name: 'Busy', failure: 'status-503', retryAfter: 5 },
			{ name: 'Impostor', wrongMachineIdentifier: true },
			{ name: 'Locked', unauthorized: true },
			{ name: 'Big', librarySize: 20000, librarySeed: 3 }
		]);
	});
	afterAll(async () => {
		await fake.close();
	});

	it('answers /identity with the right machineIdentifier over HTTPS and HTTP', async () => {
		const tls = await sendTo(`${url('Okafor Vault')}/identity`, { headers: JSON_ACCEPT });
		expect(url('Okafor Vault')).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
		expect(JSON.parse(tls.body.toString()).MediaContainer.machineIdentifier).toBe(VAULT_ID);
		expect(tls.headers['access-control-allow-origin']).toBe('*');
		const plain = await fetch(`${url('Big')}/identity`, { headers: JSON_ACCEPT });
		expect((await plain.json()).MediaContainer.machineIdentifier).toBe(fake.byName('Big').machineIdentifier);
	});

	it('serves the world: sample libraries and token rules', async () => {
		const sections = await sendTo(`${url('Okafor Vault')}/library/sections?X-Plex-Token=${TOKENS.owned}`, { headers: JSON_ACCEPT });
		expect(JSON.parse(sections.body.toString())).toEqual(samples.sections);
		const denied = await sendTo(`${url('Okafor Vault')}/library/sections?X-Plex-Token=nope`, { headers: JSON_ACCEPT });
		expect(denied.status).toBe(401);
		expect(denied.headers['content-type']).toBe('text/html');
	});

	it('lists each listener in the resources as a plex.direct connection of its server', () => {
		const vault = fake.world.resource(VAULT_ID);
		const uris = vault.connections.map((c) => c.uri);
		expect(uris).toContain(fake.byName('Okafor Vault').plexDirectUrl);
		expect(uris).toContain(fake.byName('Okafor Vault slow').plexDirectUrl);
		expect(fake.byName('Okafor Vault').plexDirectUrl).toMatch(/^https:\/\/127-0-0-1\.[0-9a-f]{32}\.plex\.direct:\d+$/);
	});

	it('delays answers by delayMs', async () => {
		const started = performance.now();
		const res = await fetch(`${url('Okafor Vault slow')}/identity`, { headers: JSON_ACCEPT });
		expect(res.status).toBe(200);
		expect(performance.now() - started).toBeGreaterThanOrEqual(290);
	});

	it('refuses, resets and hangs like dead servers do', async () => {
		expect(await failureOf(fetch(`${url('Gone')}/identity`))).toBe('ECONNREFUSED');
		expect(await failureOf(fetch(`${url('Reset')}/identity`))).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
		const started = performance.now();
		expect(await failureOf(fetch(`${url('Hang')}/identity`, { signal: AbortSignal.timeout(200) }))).toBe('TimeoutError');
		expect(performance.now() - started).toBeLessThan(2000);
		expect(fake.world.requests({ machineIdentifier: fake.byName('Hang').machineIdentifier }).at(-1)?.note).toBe('hang');
	});

	it('answers 503 with Retry-After, a stranger\'s identity, or 401 for everything', async () => {
		const busy = await fetch(`${url('Busy')}/identity`);
		expect(busy.status).toBe(503);
		expect(busy.headers.get('retry-after')).toBe('5');
		const impostor = await (await fetch(`${url('Impostor')}/identity`, { headers: JSON_ACCEPT })).json();
		expect(impostor.MediaContainer.machineIdentifier).not.toBe(fake.byName('Impostor').machineIdentifier);
		const locked = fake.byName('Locked');
		expect((await fetch(`${locked.url}/library/sections?X-Plex-Token=${locked.token}`)).status).toBe(401);
		expect((await fetch(`${locked.url}/identity`)).status).toBe(200);
	});

	it('pages a 20,000-item library correctly over the socket', async () => {
		const big = fake.byName('Big');
		const seen = new Set<string>();
		let offset = 0;
		let total = Infinity;
		let pages = 0;
		while (offset < total) {
			const res = await fetch(`${big.url}/library/sections/1/all?X-Plex-Container-Start=${offset}&X-Plex-Container-Size=2500&X-Plex-Token=${big.token}`, { headers: JSON_ACCEPT });
			expect(res.headers.get('x-plex-container-start')).toBe(String(offset));
			const mc = (await res.json()).MediaContainer;
			total = mc.totalSize;
			for (const item of mc.Metadata) seen.add(item.ratingKey);
			offset = mc.offset + mc.size;
			pages++;
		}
		expect(total).toBe(20000);
		expect(pages).toBe(8);
		expect(seen.size).toBe(20000);
		// ~40 MB of real-shaped items (tests/fake-plex/generate.ts) through a socket: more than the default 5 s on a busy machine
	}, 20_000);
});

describe('lifecycle', () => {
	it('changes behaviour live: refuse closes the port, and it opens again', async () => {
		const fake = await startFakePlexServers([{ name: 'Flaky' }]);
		try {
			const flaky = fake.byName('Flaky');
			await flaky.setBehaviour({ failure: 'refuse' });
			expect(await portState(flaky.port)).toBe('refused');
			await flaky.setBehaviour({});
			expect((await fetch(`${flaky.url}/identity`)).status).toBe(200);
		} finally {
			await fake.close();
		}
	});

	it('shares a world given to it, and close() leaves no listening port even with a request hanging', async () => {
		const world = createWorld();
		const fake = await startFakePlexServers([{ name: 'A', tls: true }, { name: 'B', failure: 'hang' }, { name: 'C' }], { world });
		expect(fake.world).toBe(world);
		const ports = fake.servers.map((s) => s.port);
		expect(await Promise.all(ports.map(portState))).toEqual(['open', 'open', 'open']);
		const hanging = fetch(`${fake.byName('B').url}/identity`).catch(() => 'dropped');
		await new Promise((resolve) => setTimeout(resolve, 50));
		const started = performance.now();
		await fake.close();
		expect(performance.now() - started).toBeLessThan(1000);
		expect(await hanging).toBe('dropped');
		expect(await Promise.all(ports.map(portState))).toEqual(['refused', 'refused', 'refused']);
	});
});
