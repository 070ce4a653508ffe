/**
 * Starts a few fake Plex Media Servers on 127.0.0.1 for poking at by hand, and prints their URLs.
 *
 *   npm exec -- node tests/fake-plex/cli.ts [--size 20000] [--delay 1500]
 *
 * (Node >= 22.18 runs TypeScript directly; on older 22.x add --experimental-strip-types.)
 * Ctrl+C closes everything.
 */
import { samples, TOKENS } from './samples.ts';
import { startFakePlexServers } from './server.ts';

function option(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	const value = at === -1 ? undefined : Number(process.argv[at + 1]);
	return value === undefined || Number.isNaN(value) ? fallback : value;
}

const vault = samples.resources[0];
if (!vault) throw new Error('plextv-resources.json has no devices');
const fake = await startFakePlexServers([
	{ name: vault.name, machineIdentifier: vault.clientIdentifier, tls: true },
	{ name: `${vault.name} (slow connection)`, machineIdentifier: vault.clientIdentifier, delayMs: option('delay', 1500) },
	{ name: 'Big Library', librarySize: option('size', 20000), librarySeed: 3 },
	{ name: 'Hanging Server', failure: 'hang' }
]);

console.log('Fake Plex Media Servers (loopback only):\n');
for (const s of fake.servers) {
	const b = s.behaviour();
	const how = [b.delayMs ? `delay ${b.delayMs} ms` : '', b.failure ?? ''].filter(Boolean).join(', ') || 'normal';
	console.log(`  ${s.name}\n    url:   ${s.url}\n    id:    ${s.machineIdentifier}\n    token: ${s.token}\n    how:   ${how}\n`);
}
const first = fake.servers[0];
if (first) {
	console.log('Try:');
	console.log(`  curl -k -H 'Accept: application/json' ${first.url}/identity`);
	console.log(`  curl -k -H 'Accept: application/json' '${first.url}/library/sections/1/all?X-Plex-Container-Start=0&X-Plex-Container-Size=5&X-Plex-Token=${first.token}'`);
	console.log(`  (the account token ${TOKENS.account} works on owned servers too)\n`);
}
console.log('Ctrl+C to stop.');

const stop = () => {
	fake.close().then(
		() => process.exit(0),
		(error: unknown) => {
			console.error(error);
			process.exit(1);
		}
	);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
