/**
 * Connection race benchmark (issue: "connect the fastest safe way"). Real sockets on 127.0.0.1:
 * candidates answering after 20 ms, 200 ms and 2 s, one refusing connections and one that never
 * answers. Measured from "choose server" to connected (race + /identity + /library/sections):
 *   baseline    = the 20 ms candidate alone
 *   full race   = all five at once
 *   fast + dead = the 20 ms candidate with the two dead ones
 * race-overhead-ms = median(full race) − median(baseline); race-dead-wait-ms = median(fast + dead) − median(baseline).
 * Run: node bench/race.ts (Node ≥ 22.18 strips the types), or `npm run bench`.
 */
import { connectToServer } from '../src/lib/connection/connect.ts';
import { PlexClient } from '../src/lib/plex/client.ts';
import type { PlexServer, ServerConnection } from '../src/lib/plex/resources.ts';
import { startFakePlexServers } from '../tests/fake-plex/server.ts';

const ID = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
const ROUNDS = 9;

const fake = await startFakePlexServers([
	{ name: 'Bench', machineIdentifier: ID, token: 'bench-token', delayMs: 20, advertise: false },
	{ name: 'Bench', machineIdentifier: ID, delayMs: 200, advertise: false },
	{ name: 'Bench', machineIdentifier: ID, delayMs: 2000, advertise: false },
	{ name: 'Bench', machineIdentifier: ID, failure: 'refuse', advertise: false },
	{ name: 'Bench', machineIdentifier: ID, failure: 'hang', advertise: false }
]);
const [fast, mid, slow, refused, hanging] = fake.servers.map((s) => s.url);

const client = new PlexClient({
	fetch: (input, init) => fetch(input, init),
	identity: () => ({ clientId: 'bench', product: 'PlexPicker', version: 'bench', platform: 'Node', platformVersion: process.version, device: 'bench', deviceName: 'bench' })
});

const conn = (uri: string): ServerConnection => ({ uri, protocol: 'http', address: '127.0.0.1', port: Number(new URL(uri).port), local: false, relay: false, ipv6: false });
const server = (uris: string[]): PlexServer => ({
	name: 'Bench',
	machineId: ID,
	accessToken: 'bench-token',
	owned: true,
	ownerName: undefined,
	presence: true,
	lastSeenAt: undefined,
	publicAddressMatches: true,
	httpsRequired: false,
	dnsRebindingProtection: false,
	version: undefined,
	connections: uris.map(conn)
});

async function timeConnect(uris: string[]): Promise<number> {
	const started = performance.now();
	const result = await connectToServer(server(uris), { client, context: { pageProtocol: 'http:' } });
	const ms = performance.now() - started;
	if (!result.ok) throw new Error('bench: the race did not connect');
	if (result.connection.uri !== fast) throw new Error(`bench: connected through ${result.connection.uri}, not the fastest`);
	return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round1 = (x: number) => Math.round(x * 10) / 10;

try {
	await timeConnect([fast!]); // warm-up (sockets, JIT)
	const baseline: number[] = [];
	const full: number[] = [];
	const withDead: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		baseline.push(await timeConnect([fast!]));
		full.push(await timeConnect([slow!, refused!, mid!, hanging!, fast!]));
		withDead.push(await timeConnect([refused!, hanging!, fast!]));
	}
	const b = median(baseline);
	console.log(`bench: race-fastest-alone-ms = ${round1(b)} ms`);
	console.log(`bench: race-full-ms = ${round1(median(full))} ms`);
	console.log(`bench: race-overhead-ms = ${round1(median(full) - b)} ms (target <= 50)`);
	console.log(`bench: race-dead-wait-ms = ${round1(median(withDead) - b)} ms (target <= 50)`);
	console.log(`bench: race-ratio = ${Math.round((median(full) / b) * 100) / 100} x (full race / fastest alone)`);
} finally {
	await fake.close();
}
