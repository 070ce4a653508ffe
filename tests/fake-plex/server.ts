/**
 * Real sockets for the fake world: HTTP/HTTPS listeners on 127.0.0.1 that pretend to be Plex Media
 * Servers, each with its own delay and failure mode, so connection racing meets real TCP/TLS.
 * Every answer comes from handlers.ts, so it matches what fetch.ts and playwright.ts serve.
 *
 *   const fake = await startFakePlexServers([
 *     { name: 'Fast', tls: true },
 *     { name: 'Slow', delayMs: 2000 },
 *     { name: 'Gone', failure: 'refuse' },
 *   ]);
 *   await fetch(`${fake.servers[0].url}/identity`);
 *   await fake.close();
 *
 * Two entries with the same machineIdentifier are two connections of one server.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { generate } from 'selfsigned';
import { generateMovies } from './generate.ts';
import { handle, record } from './handlers.ts';
import type { FakeRequest } from './handlers.ts';
import { hash } from './library.ts';
import type { PagingBehaviour, SectionSpec } from './library.ts';
import { connection, createWorld, plexDirectUri } from './world.ts';
import type { Behaviour, Failure, LogEntry, PmsServer, World } from './world.ts';

export interface FakeServerConfig {
	name: string;
	/** Default: derived from the name. Reuse a world server's id (e.g. a sample's) to serve that server. */
	machineIdentifier?: string;
	/** The server's accessToken. Default: the world server's, or derived from the name. */
	token?: string;
	/** Default true (owned servers also accept the account token). */
	owned?: boolean;
	tls?: boolean;
	/** Fixed port (default: any free port). */
	port?: number;
	delayMs?: number;
	failure?: Failure;
	/** Seconds for Retry-After with 'status-503'. */
	retryAfter?: number;
	wrongMachineIdentifier?: boolean | string;
	/** 401 for everything but /identity. */
	unauthorized?: boolean;
	/**
	 * The one site this server lets a browser read answers from (sent as Access-Control-Allow-Origin),
	 * e.g. 'https://app.plex.tv' as real servers answer other sites (docs/plex-api.md §2). Default: any.
	 */
	allowOrigin?: string;
	paging?: PagingBehaviour;
	/** Section "1" (Movies) gets this many generated movies. */
	librarySize?: number;
	librarySeed?: number;
	/** Sections of a new server (ignored when librarySize is set or the server exists). */
	sections?: SectionSpec[];
	/** List this listener in the server's plex.tv resource as an https plex.direct connection (default true). */
	advertise?: boolean;
}

export interface RunningServer {
	readonly name: string;
	readonly machineIdentifier: string;
	readonly token: string;
	readonly tls: boolean;
	readonly port: number;
	/** Where the socket really is: http(s)://127.0.0.1:<port>. */
	readonly url: string;
	/** The plex.direct name the resources advertise for it (playwright.ts forwards it to `url`). */
	readonly plexDirectUrl: string;
	readonly server: PmsServer;
	behaviour(): Behaviour;
	/** Changes delay/failure live; 'refuse' closes the port, leaving 'refuse' opens it again. */
	setBehaviour(behaviour: Behaviour): Promise<void>;
}

export interface FakePlexServers {
	servers: RunningServer[];
	world: World;
	/** world.log (every request to every server and to plex.tv). */
	log: LogEntry[];
	byName(name: string): RunningServer;
	/** Stops all listeners, drops open (hanging) connections, cancels pending delays. */
	close(): Promise<void>;
}

export interface StartOptions {
	/** Share an existing world (e.g. the Playwright fixture's). Default: createWorld(). */
	world?: World;
}

const MAX_BODY = 1_000_000;
let certificate: Promise<{ key: string; cert: string }> | undefined;

/** One self-signed certificate per process (localhost, 127.0.0.1, *.plex.direct), made in memory. */
export function tlsCertificate(): Promise<{ key: string; cert: string }> {
	certificate ??= generate([{ name: 'commonName', value: 'fake-plex.plex.direct' }], {
		keyType: 'ec',
		curve: 'P-256',
		algorithm: 'sha256',
		extensions: [
			{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 2, value: '*.plex.direct' }, { type: 7, ip: '127.0.0.1' }] }
		]
	}).then((pems) => ({ key: pems.private, cert: pems.cert }));
	return certificate;
}

function derivedId(name: string): string {
	let out = '';
	for (let i = 0; out.length < 40; i++) out += hash(`${name}#${i}`).toString(16).padStart(8, '0');
	return out.slice(0, 40);
}

function ensureServer(world: World, config: FakeServerConfig): PmsServer {
	const machineIdentifier = config.machineIdentifier ?? derivedId(config.name);
	const movies = config.librarySize === undefined ? undefined : { count: config.librarySize, seed: config.librarySeed ?? 1 };
	const existing = world.servers.get(machineIdentifier);
	if (!existing) {
		return world.addServer({
			name: config.name,
			machineIdentifier,
			accessToken: config.token ?? `fake-${hash(config.name).toString(36)}-tok`,
			owned: config.owned,
			connections: [],
			sections: movies ? [{ key: '1', type: 'movie', title: 'Movies', movies }] : config.sections
		});
	}
	if (config.token !== undefined) {
		existing.accessToken = config.token;
		world.resource(machineIdentifier).accessToken = config.token;
	}
	if (movies) world.section(machineIdentifier, '1').items = generateMovies(movies).items;
	return existing;
}

class Listener implements RunningServer {
	readonly name: string;
	readonly machineIdentifier: string;
	readonly tls: boolean;
	readonly server: PmsServer;
	port = 0;
	url = '';
	plexDirectUrl = '';
	readonly #world: World;
	readonly #node: http.Server;
	readonly #sockets = new Set<Socket>();
	readonly #timers = new Set<ReturnType<typeof setTimeout>>();
	#listening = false;

	constructor(world: World, config: FakeServerConfig, server: PmsServer, tlsOptions?: { key: string; cert: string }) {
		this.#world = world;
		this.name = config.name;
		this.server = server;
		this.machineIdentifier = server.machineIdentifier;
		this.tls = tlsOptions !== undefined;
		const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => this.#onRequest(req, res);
		this.#node = tlsOptions ? https.createServer(tlsOptions, onRequest) : http.createServer(onRequest);
		this.#node.on('connection', (socket: Socket) => {
			this.#sockets.add(socket);
			socket.on('close', () => this.#sockets.delete(socket));
		});
		this.#node.on('clientError', (_error, socket) => socket.destroy());
		this.#node.on('tlsClientError', () => undefined);
	}

	get token(): string {
		return this.server.accessToken;
	}

	behaviour(): Behaviour {
		return this.#world.behaviour(this.url);
	}

	async start(config: FakeServerConfig): Promise<void> {
		await this.#listen(config.port ?? 0);
		this.url = `${this.tls ? 'https' : 'http'}://127.0.0.1:${this.port}`;
		this.plexDirectUrl = plexDirectUri('127.0.0.1', this.port, this.machineIdentifier);
		const { delayMs, failure, retryAfter, wrongMachineIdentifier, unauthorized, paging, allowOrigin } = config;
		const behaviour: Behaviour = { delayMs, failure, retryAfter, wrongMachineIdentifier, unauthorized, paging, ...(allowOrigin ? { allowOnly: { origin: allowOrigin } } : {}) };
		this.#world.bindOrigin(this.url, this.machineIdentifier);
		this.#world.addConnection(this.machineIdentifier, connection('127.0.0.1', this.port, this.machineIdentifier, { local: true }), {
			forwardTo: this.url,
			advertise: config.advertise !== false,
			first: true
		});
		await this.setBehaviour(behaviour);
	}

	async setBehaviour(behaviour: Behaviour): Promise<void> {
		this.#world.setBehaviour(this.url, behaviour);
		this.#world.setBehaviour(this.plexDirectUrl, behaviour);
		if (behaviour.failure === 'refuse' && this.#listening) await this.stop();
		else if (behaviour.failure !== 'refuse' && !this.#listening) await this.#listen(this.port);
	}

	/** Closes the port and every connection on it (the behaviour stays as it is). */
	async stop(): Promise<void> {
		if (!this.#listening) return;
		this.#listening = false;
		for (const timer of this.#timers) clearTimeout(timer);
		this.#timers.clear();
		const closed = new Promise<void>((resolve) => this.#node.close(() => resolve()));
		for (const socket of this.#sockets) socket.destroy();
		await closed;
	}

	#listen(port: number): Promise<void> {
		return new Promise((resolve, reject) => {
			this.#node.once('error', reject);
			this.#node.listen(port, '127.0.0.1', () => {
				this.#node.off('error', reject);
				this.#listening = true;
				this.port = (this.#node.address() as AddressInfo).port;
				resolve();
			});
		});
	}

	#delay(ms: number, req: http.IncomingMessage): Promise<boolean> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.#timers.delete(timer);
				resolve(!req.socket.destroyed);
			}, ms);
			this.#timers.add(timer);
		});
	}

	#onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY) req.socket.destroy();
			else chunks.push(chunk);
		});
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			void this.#answer(req, res, { method: req.method, url: this.url + (req.url ?? '/'), headers: req.headers, body: text || null });
		});
	}

	async #answer(req: http.IncomingMessage, res: http.ServerResponse, request: FakeRequest): Promise<void> {
		const behaviour = this.behaviour();
		if (behaviour.failure === 'hang') {
			record(this.#world, request, 'http', 'hang'); // the socket stays open until the client gives up or close()
			return;
		}
		if (behaviour.delayMs && !(await this.#delay(behaviour.delayMs, req))) return;
		if (behaviour.failure === 'reset' || behaviour.failure === 'refuse') {
			record(this.#world, request, 'http', 'reset');
			req.socket.resetAndDestroy();
			return;
		}
		const answer = handle(this.#world, request, { transport: 'http' });
		res.writeHead(answer.status, answer.headers);
		res.end(answer.body);
	}
}

export interface SentResponse {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host', 'upgrade', 'proxy-connection']);

/**
 * One request to a local listener with node:http(s) (self-signed certificates accepted, no
 * connection reuse). Rejects with Node's error (code ECONNREFUSED, ECONNRESET, ...) or the
 * signal's reason. Hop-by-hop headers are dropped both ways, so the result can be replayed.
 */
export function sendTo(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer | null; signal?: AbortSignal } = {}): Promise<SentResponse> {
	return new Promise((resolve, reject) => {
		const target = new URL(url);
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(init.headers ?? {})) if (!HOP_BY_HOP.has(name.toLowerCase()) && !name.startsWith(':')) headers[name] = value;
		const options = { method: init.method ?? 'GET', headers, agent: false as const, rejectUnauthorized: false, signal: init.signal };
		const req = (target.protocol === 'https:' ? https : http).request(target, options, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('error', reject);
			res.on('end', () => {
				const out: Record<string, string> = {};
				for (const [name, value] of Object.entries(res.headers)) {
					if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = Array.isArray(value) ? value.join(', ') : value;
				}
				resolve({ status: res.statusCode ?? 0, headers: out, body: Buffer.concat(chunks) });
			});
		});
		req.on('error', reject);
		req.end(init.body ?? undefined);
	});
}

export async function startFakePlexServers(configs: FakeServerConfig[], options: StartOptions = {}): Promise<FakePlexServers> {
	const world = options.world ?? createWorld();
	const needsTls = configs.some((c) => c.tls);
	const tlsOptions = needsTls ? await tlsCertificate() : undefined;
	const listeners: Listener[] = [];
	const close = async () => {
		await Promise.all(listeners.map((l) => l.stop()));
	};
	try {
		for (const config of configs) {
			const listener = new Listener(world, config, ensureServer(world, config), config.tls ? tlsOptions : undefined);
			listeners.push(listener);
			await listener.start(config);
		}
	} catch (error) {
		await close();
		throw error;
	}
	return {
		servers: listeners,
		world,
		log: world.log,
		byName(name) {
			const found = listeners.find((l) => l.name === name);
			if (!found) throw new Error(`fake-plex: no running server ${name}`);
			return found;
		},
		close
	};
}
