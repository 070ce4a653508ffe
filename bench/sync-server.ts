/**
 * The fake Plex server the sync bench (bench/sync.ts) talks to, in a process of its own so its
 * work (generating, JSON-encoding pages) is not counted as the app's. Prints one JSON line
 * { url, token } when listening; stops when its stdin closes (the bench ends) or on SIGTERM.
 * Sections: 1 = 20,000 movies, 2 = 2,000 shows, 3 = 50,000 movies (tests/fake-plex/generate.ts).
 */
import { startFakePlexServers } from '../tests/fake-plex/server.ts';

export const SECTIONS = { movies: '1', shows: '2', movies50k: '3' } as const;

const fake = await startFakePlexServers([
	{
		name: 'Bench Server',
		token: 'bench-token',
		sections: [
			{ key: SECTIONS.movies, type: 'movie', title: 'Movies', movies: { count: 20_000, seed: 21 } },
			{ key: SECTIONS.shows, type: 'show', title: 'TV Shows', shows: { count: 2_000, seed: 22 } },
			{ key: SECTIONS.movies50k, type: 'movie', title: 'Big Movies', movies: { count: 50_000, seed: 23 } }
		]
	}
]);
// Every request is logged by the fake world; the bench makes thousands, none of which it reads back.
setInterval(() => fake.log.splice(0), 5_000).unref();
const server = fake.servers[0]!;
console.log(JSON.stringify({ url: server.url, token: server.token }));

const stop = () => void fake.close().then(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.resume();
process.once('SIGTERM', stop);
