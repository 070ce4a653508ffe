/**
 * The fake Plex world: one account on plex.tv, its PINs, its resources (servers and players),
 * the Plex Media Servers behind them with their libraries, the shares of the owned servers,
 * and a log of every request anyone made. Pure, in memory, no I/O: transports (fetch.ts,
 * server.ts, playwright.ts) feed requests through handlers.ts into it.
 *
 *   const world = createWorld();                 // the samples, as they are
 *   const pin = world.createPin({ strong: true, clientIdentifier: 'abc' });
 *   world.approvePin();                          // the user said yes on app.plex.tv
 *   world.revokeToken();                         // signed out elsewhere: plex.tv now answers 401
 *   world.expireToken();                         // the token ran out: plex.tv now answers 498
 */
import { hash, makeSection, sampleSections } from './library.ts';
import type { PagingBehaviour, Section, SectionSpec } from './library.ts';
import { clone, samples, TOKENS } from './samples.ts';
import { FakeHome } from './home.ts';
import type { JsonObject, MetadataItem, Resource, ResourceConnection } from './samples.ts';
// ---- Watchlist (discover.provider.plex.tv, docs/plex-api.md §14) ----
import { defaultWatchlist, DISCOVER_ORIGIN, watchlistOf } from './watchlist.ts';
import type { WatchlistWorld } from './watchlist.ts';
// ---- end Watchlist ----

// ---------------------------------------------------------------------------------------------
// Types

export interface Pin {
	id: number;
	code: string;
	strong: boolean;
	clientIdentifier: string;
	product: string;
	/** ms since epoch (world clock). */
	createdAt: number;
	/** seconds the pin lives from createdAt. */
	expiresIn: number;
	authToken: string | null;
	/** Forced expiry (expirePin); a pin also expires when the clock passes createdAt + expiresIn. */
	expired: boolean;
}

export type Failure = 'refuse' | 'reset' | 'hang' | 'status-500' | 'status-503';

/**
 * How one origin (a PMS connection, or plex.tv itself) behaves. Transports honour delayMs and
 * the socket-level failures (refuse, reset, hang); handlers.ts honours the rest.
 */
export interface Behaviour {
	delayMs?: number;
	failure?: Failure;
	/** Seconds, sent as Retry-After with status-503. */
	retryAfter?: number;
	/** /identity answers another machineIdentifier (true = a fixed stranger's id). */
	wrongMachineIdentifier?: boolean | string;
	/** Every request except /identity gets the PMS 401 page. */
	unauthorized?: boolean;
	/** Overrides the server's paging for requests through this origin. */
	paging?: PagingBehaviour;
	/**
	 * CORS as real Plex hosts answer other sites (docs/plex-api.md §2): answers on matching paths
	 * carry `Access-Control-Allow-Origin: <origin>` (e.g. https://app.plex.tv) instead of `*`, so
	 * a browser on any other site is refused while a `no-cors` request still gets its opaque answer.
	 */
	allowOnly?: { origin: string; paths?: RegExp };
}

/** Plex's own web app: the one site real servers (and, for some calls, plex.tv) allow. */
export const PLEX_WEB_ORIGIN = 'https://app.plex.tv';

export interface Connection {
	origin: string;
	machineIdentifier: string;
	/** A real local listener (server.ts) this origin should be forwarded to, e.g. http://127.0.0.1:41234. */
	forwardTo?: string;
}

export type Transport = 'fetch' | 'http' | 'playwright' | 'direct';

export interface LogEntry {
	seq: number;
	/** World clock, ms. */
	at: number;
	transport: Transport;
	method: string;
	/** The URL as requested, with any X-Plex-Token query parameter removed. */
	url: string;
	origin: string;
	host: string;
	path: string;
	/** Query parameters except X-Plex-Token. */
	query: Record<string, string>;
	/** The token, kept apart so tests can check where tokens went. */
	token: string | null;
	tokenIn: 'query' | 'header' | null;
	/** Request headers, lower-cased, without x-plex-token. */
	headers: Record<string, string>;
	/** Parsed JSON body, else the raw text, else null. */
	body: unknown;
	/** Response status; null when the transport never answered (hang, reset). */
	status: number | null;
	/** Which PMS answered (machineIdentifier), for PMS requests. */
	machineIdentifier?: string;
	note?: string;
}

/** A canned answer for matching requests, checked before any route (e.g. 429 on pin polls, 503 on plex.tv). */
export interface Fault {
	host?: string;
	method?: string;
	/** Exact pathname, or a RegExp tested against the pathname. */
	path?: string | RegExp;
	/** How many requests it answers; default: all. */
	times?: number;
	status: number;
	body?: string | JsonObject | unknown[];
	headers?: Record<string, string>;
	/** false = answer without CORS headers (a browser then sees a network error). Default true. */
	cors?: boolean;
}

export interface ServerSpec {
	name: string;
	machineIdentifier: string;
	/** The token plex.tv hands out for this server (resource accessToken). */
	accessToken: string;
	/** Default true. Owned servers also accept the account token; shared ones only accessToken. */
	owned?: boolean;
	presence?: boolean;
	version?: string;
	sections?: SectionSpec[];
	/** Resource connections; default: a local and a remote https plex.direct address. */
	connections?: ResourceConnection[];
	/** Behaviour of every connection of this server (default: none; presence false: refuse). */
	behaviour?: Behaviour;
	paging?: PagingBehaviour;
	/**
	 * Default true: `/all` knows Plex's filter groups (push, or, pop: docs/plex-api.md §8). false: a
	 * server that does not, and ignores them like any unknown field (so it ANDs every filter).
	 */
	filterGroups?: boolean;
	playlists?: MetadataItem[];
	/** ratingKeys in each collection or playlist (by its ratingKey); default: see routes/pms.ts membersOf. */
	members?: Record<string, string[]>;
	/** plex.tv's numeric server id (shares show it as serverId). */
	serverId?: number;
}

export interface PmsServer {
	name: string;
	machineIdentifier: string;
	accessToken: string;
	owned: boolean;
	version: string;
	serverId: number;
	sections: Section[];
	playlists: MetadataItem[];
	members: Record<string, string[]>;
	paging: PagingBehaviour;
	filterGroups: boolean;
}

export interface WorldOptions {
	/** Clock in ms (default Date.now). Pins expire by it; log entries are stamped with it. */
	now?: () => number;
	/** Lifetime of new pins in seconds (default: 1800 strong, 900 otherwise, as plex.tv). */
	pinExpiresIn?: number;
	/** Generate the owned sample server's "Movies" with this many movies instead of the 9 samples. */
	librarySize?: number;
	librarySeed?: number;
	/** false = start with no servers and no devices (add them with addServer). Default true. */
	sampleServers?: boolean;
}

// ---------------------------------------------------------------------------------------------

const FIRST_PIN_ID = samples.pinCreate.id;
const STRANGER_ID = 'ffffffffffffffffffffffffffffffffffffffff';

/** `2026-11-25T18:02:11Z`: plex.tv's date format (no milliseconds). */
export function isoSeconds(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** 32 hex characters per server, like the `<hash>` of `*.<hash>.plex.direct`. */
export function plexDirectHash(machineIdentifier: string): string {
	let out = '';
	for (let i = 0; out.length < 32; i++) out += hash(`${machineIdentifier}:${i}`).toString(16).padStart(8, '0');
	return out.slice(0, 32);
}

/** `https://192-168-1-20.<hash>.plex.direct:32400` */
export function plexDirectUri(address: string, port: number, machineIdentifier: string): string {
	return `https://${address.replace(/[.:]/g, '-')}.${plexDirectHash(machineIdentifier)}.plex.direct:${port}`;
}

export function connection(address: string, port: number, machineIdentifier: string, extra: Partial<ResourceConnection> = {}): ResourceConnection {
	const local = /^(10|127|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(address);
	return { protocol: 'https', address, port, uri: plexDirectUri(address, port, machineIdentifier), local, relay: false, IPv6: false, ...extra };
}

export function originOf(url: string): string {
	return new URL(url).origin;
}

/**
 * How clients.plex.tv words its sharing answers. The default is the samples; the variants are the
 * ones other clients guard against (docs/plex-api.md §12), so the app is tested against them too.
 */
export interface SharingDialect {
	/** Share, section and user ids as strings of digits instead of numbers. */
	stringIds?: boolean;
	/** `LibrarySections` instead of `librarySections` in GET /api/v2/servers/{machineIdentifier}. */
	capitalSections?: boolean;
	/** An invite is answered with this status and no body, instead of 201 and the new share. */
	inviteStatus?: 200 | 201 | 202 | 204;
	/** A library change is answered with this status and no body, instead of 200 and the share. */
	updateStatus?: 200 | 201 | 204;
	/** A removal's status (default 204; always without a body). */
	removeStatus?: 200 | 202 | 204;
}

export class World {
	readonly now: () => number;
	readonly pinExpiresIn: number | undefined;
	readonly account: { token: string; user: JsonObject };
	/** Tokens that no longer work anywhere. */
	readonly revoked = new Set<string>();
	/** Revoked tokens that are refused with 498 ("token expired", docs/plex-api.md §4) rather than 401. */
	readonly expired = new Set<string>();
	readonly pins = new Map<number, Pin>();
	/** Every device of GET /api/v2/resources, in order (servers and players). */
	readonly devices: Resource[] = [];
	readonly servers = new Map<string, PmsServer>();
	/** origin → which PMS answers there. */
	readonly connections = new Map<string, Connection>();
	/** origin → behaviour (PMS connections, or https://plex.tv etc.). */
	readonly behaviours = new Map<string, Behaviour>();
	readonly sharing: { accepted: JsonObject[]; pending: JsonObject[]; nextShareId: number; nextInviteId: number };
	/** Change its fields to make clients.plex.tv answer in another of its dialects (see SharingDialect). */
	readonly sharingDialect: SharingDialect = {};
	readonly faults: Fault[] = [];
	readonly log: LogEntry[] = [];
	// ---- Watchlist (discover.provider.plex.tv, docs/plex-api.md §14) ----
	/** The account's Watchlist as the discover service serves it (entries, answer shape, page cap). */
	readonly watchlist: WatchlistWorld;
	// ---- end Watchlist ----
	// ---- Plex Home (home.ts, routes/home.ts; docs/plex-api.md §15) ----
	/** The account's Plex Home: the admin and two members with their own tokens and watch state (none without the sample servers). */
	home: FakeHome | undefined;
	// ---- end Plex Home ----
	#rand: () => number;
	#tokenSerial = 0;

	constructor(options: WorldOptions = {}) {
		this.now = options.now ?? Date.now;
		this.pinExpiresIn = options.pinExpiresIn;
		this.account = { token: TOKENS.account, user: clone(samples.user) };
		this.sharing = {
			accepted: options.sampleServers === false ? [] : clone(samples.sharedAccepted),
			pending: options.sampleServers === false ? [] : clone(samples.sharedPending),
			nextShareId: samples.shareCreated.id,
			nextInviteId: 77123002
		};
		let seed = 0x5eed;
		this.#rand = () => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return seed / 4294967296;
		};
		if (options.sampleServers !== false) this.#addSampleDevices(options);
		// ---- Watchlist ----
		this.watchlist =
			options.sampleServers === false
				? { entries: [], shape: 'Metadata', members: {} }
				: defaultWatchlist(this.section(samples.resources.find((r) => r.name === 'Okafor Vault')!.clientIdentifier, '1').items, this.section(samples.resources.find((r) => r.name === "Dad's Plex")!.clientIdentifier, '1').items);
		// ---- end Watchlist ----
		// Plex Home: after the servers, so members get tokens only for servers that exist.
		this.home = options.sampleServers === false ? undefined : new FakeHome(this);
		// Home members' own Watchlists: Ada (a Plex account in the Home) has two of Okafor Vault's
		// films on hers; Jonah, a managed user, has none (docs/plex-api.md §14, "Whose Watchlist").
		const ada = this.home?.members.find((m) => m.title === 'Ada');
		if (ada) this.watchlist.members[ada.token] = watchlistOf(this.section(samples.resources.find((r) => r.name === 'Okafor Vault')!.clientIdentifier, '1').items, ['1022', '1025']);
	}

	// ---- account and pins ------------------------------------------------------------------

	get user(): JsonObject {
		return { ...this.account.user, authToken: this.account.token };
	}

	createPin(request: { strong?: boolean; clientIdentifier: string; product?: string }): Pin {
		const strong = request.strong ?? false;
		const id = FIRST_PIN_ID + this.pins.size;
		const code = id === FIRST_PIN_ID && strong ? samples.pinCreate.code : this.#code(strong ? 25 : 4, strong);
		const pin: Pin = {
			id,
			code,
			strong,
			clientIdentifier: request.clientIdentifier,
			product: request.product ?? samples.pinCreate.product,
			createdAt: this.now(),
			expiresIn: this.pinExpiresIn ?? (strong ? 1800 : 900),
			authToken: null,
			expired: false
		};
		this.pins.set(id, pin);
		return pin;
	}

	/** The pin by id, or the newest one. Throws when there is none (a test bug). */
	pin(id?: number): Pin {
		const pin = id === undefined ? [...this.pins.values()].at(-1) : this.pins.get(id);
		if (!pin) throw new Error(id === undefined ? 'fake-plex: no PIN was created yet' : `fake-plex: no PIN ${id}`);
		return pin;
	}

	isPinExpired(pin: Pin): boolean {
		return pin.expired || this.now() >= pin.createdAt + pin.expiresIn * 1000;
	}

	/** The user approved the sign-in on app.plex.tv: the next poll sees the account token. */
	approvePin(id?: number): Pin {
		const pin = this.pin(id);
		pin.authToken = this.account.token;
		return pin;
	}

	/** The pin is gone: polls get 404 code 1020. */
	expirePin(id?: number): Pin {
		const pin = this.pin(id);
		pin.expired = true;
		return pin;
	}

	/**
	 * The token stops working (signed out elsewhere, password change). Revoking the account token
	 * also issues a fresh one for the next sign-in, like plex.tv does.
	 */
	revokeToken(token: string = this.account.token): void {
		this.revoked.add(token);
		if (token === this.account.token) {
			this.#tokenSerial++;
			this.account.token = `fake-acct-${String(this.#tokenSerial).padStart(2, '0')}${this.#code(8, true)}`;
		}
	}

	/**
	 * The token expires (newer, time-limited Plex tokens): it stops working like a revoked one, but
	 * plex.tv, and a server it belongs to, refuse it with 498 instead of 401 (docs/plex-api.md §4).
	 */
	expireToken(token: string = this.account.token): void {
		this.expired.add(token);
		this.revokeToken(token);
	}

	/** The status a refused token gets: 498 when it expired, else 401. */
	refusalStatus(token: string | null): 401 | 498 {
		return token !== null && this.expired.has(token) ? 498 : 401;
	}

	isAccountToken(token: string | null): boolean {
		return token !== null && token === this.account.token && !this.revoked.has(token);
	}

	// ---- servers, resources, connections --------------------------------------------------

	addServer(spec: ServerSpec): PmsServer {
		if (this.servers.has(spec.machineIdentifier)) throw new Error(`fake-plex: server ${spec.machineIdentifier} exists`);
		const owned = spec.owned ?? true;
		const server: PmsServer = {
			name: spec.name,
			machineIdentifier: spec.machineIdentifier,
			accessToken: spec.accessToken,
			owned,
			version: spec.version ?? samples.identity.MediaContainer.version,
			serverId: spec.serverId ?? 9900000 + (hash(spec.machineIdentifier) % 99999),
			sections: (spec.sections ?? [{ key: '1', type: 'movie', title: 'Movies', items: clone([...samples.moviesPage1.MediaContainer.Metadata, ...samples.moviesPage2.MediaContainer.Metadata]) }])
				.map((s) => makeSection(s, spec.machineIdentifier)),
			playlists: spec.playlists ?? clone(samples.playlists.MediaContainer.Metadata),
			members: spec.members ?? {},
			paging: spec.paging ?? {},
			filterGroups: spec.filterGroups ?? true
		};
		this.servers.set(server.machineIdentifier, server);

		const template = clone(samples.resources.find((r) => r.owned === owned && r.provides === 'server') ?? samples.resources[0]) as Resource;
		const n = 20 + this.servers.size;
		const resource: Resource = {
			...template,
			name: spec.name,
			productVersion: server.version,
			clientIdentifier: spec.machineIdentifier,
			accessToken: spec.accessToken,
			owned,
			presence: spec.presence ?? true,
			connections: spec.connections ?? [
				connection(`192.168.1.${n}`, 32400, spec.machineIdentifier),
				connection(`203.0.113.${n}`, 32400, spec.machineIdentifier)
			]
		};
		this.devices.push(resource);
		for (const c of resource.connections) this.#bind(c.uri, server.machineIdentifier, spec.behaviour ?? (resource.presence ? undefined : { failure: 'refuse' }));
		return server;
	}

	/** A server by machineIdentifier or name. Throws when unknown (a test bug). */
	server(idOrName: string): PmsServer {
		const found = this.servers.get(idOrName) ?? [...this.servers.values()].find((s) => s.name === idOrName);
		if (!found) throw new Error(`fake-plex: no server ${idOrName}`);
		return found;
	}

	resource(machineIdentifier: string): Resource {
		const found = this.devices.find((d) => d.clientIdentifier === machineIdentifier);
		if (!found) throw new Error(`fake-plex: no resource ${machineIdentifier}`);
		return found;
	}

	section(machineIdentifier: string, key: string): Section {
		const found = this.server(machineIdentifier).sections.find((s) => s.directory.key === key);
		if (!found) throw new Error(`fake-plex: server ${machineIdentifier} has no section ${key}`);
		return found;
	}

	/** Adds a connection to a server's resource (and makes its origin answer as that server). */
	addConnection(machineIdentifier: string, conn: ResourceConnection, options: { behaviour?: Behaviour; forwardTo?: string; advertise?: boolean; first?: boolean } = {}): void {
		const resource = this.resource(machineIdentifier);
		if (options.advertise !== false) {
			if (options.first) resource.connections.unshift(conn);
			else resource.connections.push(conn);
		}
		this.#bind(conn.uri, machineIdentifier, options.behaviour, options.forwardTo);
	}

	/** Makes an origin (any URL of it) answer as this server without listing it in resources. */
	bindOrigin(url: string, machineIdentifier: string, forwardTo?: string): void {
		this.#bind(url, machineIdentifier, undefined, forwardTo);
	}

	/** Sets how an origin behaves: a PMS connection URI, or e.g. 'https://plex.tv'. Replaces the old one. */
	setBehaviour(url: string, behaviour: Behaviour): void {
		this.behaviours.set(originOf(url), behaviour);
	}

	behaviour(url: string): Behaviour {
		return this.behaviours.get(originOf(url)) ?? {};
	}

	connectionFor(url: string): Connection | undefined {
		return this.connections.get(originOf(url));
	}

	/** Transport-level plan for one request: how long to wait and whether the socket fails. */
	transportPlan(url: string): { delayMs: number; failure?: 'refuse' | 'reset' | 'hang' } {
		const b = this.behaviour(url);
		const failure = b.failure === 'refuse' || b.failure === 'reset' || b.failure === 'hang' ? b.failure : undefined;
		return { delayMs: b.delayMs ?? 0, failure };
	}

	/** The machineIdentifier /identity reports through this origin. */
	identityFor(url: string, server: PmsServer): string {
		const wrong = this.behaviour(url).wrongMachineIdentifier;
		if (wrong === true) return STRANGER_ID;
		return typeof wrong === 'string' ? wrong : server.machineIdentifier;
	}

	/** Is `token` good for this server? Its own accessToken, or the account token on owned servers. */
	acceptsToken(server: PmsServer, token: string | null): boolean {
		if (token === null || this.revoked.has(token)) return false;
		return token === server.accessToken || (server.owned && token === this.account.token) || this.home?.byServerToken(server, token) !== undefined;
	}

	// ---- library changes -------------------------------------------------------------------

	/**
	 * Replaces a section's items and bumps its updatedAt/scannedAt/contentChangedAt, like a scan
	 * that found changes. `change` gets the current items (do not mutate them: return a new list).
	 */
	changeLibrary(machineIdentifier: string, key: string, change: (items: MetadataItem[]) => MetadataItem[]): Section {
		const section = this.section(machineIdentifier, key);
		section.items = change(section.items);
		const stamp = Math.max(Math.floor(this.now() / 1000), section.directory.updatedAt + 1);
		section.directory.updatedAt = stamp;
		section.directory.scannedAt = stamp;
		section.directory.contentChangedAt += 1;
		return section;
	}

	/** Marks an item watched (viewCount+1, lastViewedAt now). Like Plex, updatedAt is not bumped. */
	markWatched(machineIdentifier: string, ratingKey: string): MetadataItem {
		return this.#changeItem(machineIdentifier, ratingKey, (item) => ({ ...item, viewCount: (item.viewCount ?? 0) + 1, lastViewedAt: Math.floor(this.now() / 1000) }));
	}

	/** Marks an item unwatched: like Plex, viewCount and lastViewedAt go and no timestamp moves. */
	markUnwatched(machineIdentifier: string, ratingKey: string): MetadataItem {
		return this.#changeItem(machineIdentifier, ratingKey, ({ viewCount: _views, lastViewedAt: _last, ...item }) => item);
	}

	/** Replaces one item of a server (found in any of its sections) by `change` of it. */
	#changeItem(machineIdentifier: string, ratingKey: string, change: (item: MetadataItem) => MetadataItem): MetadataItem {
		for (const section of this.server(machineIdentifier).sections) {
			const index = section.items.findIndex((i) => i.ratingKey === ratingKey);
			const item = section.items[index];
			if (item) {
				const changed = change(item);
				section.items = section.items.with(index, changed);
				return changed;
			}
		}
		throw new Error(`fake-plex: no item ${ratingKey} on ${machineIdentifier}`);
	}

	// ---- sharing ---------------------------------------------------------------------------

	/** The invited user accepted: the share moves from the pending invites to the accepted list. */
	acceptInvite(shareId: number): JsonObject {
		for (const invite of this.sharing.pending) {
			const shares = invite.sharedServers as JsonObject[];
			const share = shares.find((s) => s.id === shareId);
			if (!share) continue;
			const at = isoSeconds(this.now());
			Object.assign(share, { accepted: true, acceptedAt: at, lastSeenAt: at });
			if (share.invited) share.invited = { ...(share.invited as JsonObject), status: 'accepted' };
			invite.sharedServers = shares.filter((s) => s !== share);
			this.sharing.pending = this.sharing.pending.filter((i) => (i.sharedServers as JsonObject[]).length > 0);
			this.sharing.accepted.push(share);
			return share;
		}
		throw new Error(`fake-plex: no pending share ${shareId}`);
	}

	// ---- faults and the log ----------------------------------------------------------------

	addFault(fault: Fault): Fault {
		this.faults.push(fault);
		return fault;
	}

	/**
	 * plex.tv refuses cross-origin calls to this endpoint: its preflight (createFakeFetch) and the
	 * request itself (Playwright, where Chromium answers preflights) come back without CORS headers,
	 * so the browser's fetch fails with a TypeError while other plex.tv calls still work.
	 */
	refuseCrossOrigin(where: { host?: string; method: string; path: string | RegExp }): void {
		const host = where.host ?? 'clients.plex.tv';
		this.addFault({ host, method: 'OPTIONS', path: where.path, status: 403, cors: false });
		this.addFault({ host, method: where.method, path: where.path, status: 403, cors: false });
	}

	/**
	 * Named refusal mode "pms-plex-web-only": every connection of this server answers other sites
	 * with `Access-Control-Allow-Origin: https://app.plex.tv`, as servers were seen doing for
	 * shared users (docs/plex-api.md §2). Real listeners take `allowOrigin` in their config instead.
	 */
	pmsAllowsOnlyPlexWeb(machineIdentifier: string): void {
		for (const c of this.resource(machineIdentifier).connections) this.setBehaviour(c.uri, { ...this.behaviour(c.uri), allowOnly: { origin: PLEX_WEB_ORIGIN } });
		for (const [origin, c] of this.connections) if (c.machineIdentifier === machineIdentifier) this.setBehaviour(origin, { ...this.behaviour(origin), allowOnly: { origin: PLEX_WEB_ORIGIN } });
	}

	/**
	 * Named refusal mode "plextv-pins-plex-web-only": plex.tv (and clients.plex.tv) answer the PIN
	 * calls of other sites with `Access-Control-Allow-Origin: https://app.plex.tv`, so sign-in with
	 * a PIN is refused from this site while /api/v2/user and /api/v2/resources still work
	 * (docs/plex-api.md §2).
	 */
	plexTvRefusesPins(): void {
		for (const host of ['https://plex.tv', 'https://clients.plex.tv']) {
			this.setBehaviour(host, { ...this.behaviour(host), allowOnly: { origin: PLEX_WEB_ORIGIN, paths: /^\/api\/v2\/pins(?:\/|$)/ } });
		}
	}

	// ---- Watchlist (discover.provider.plex.tv, docs/plex-api.md §14) ----

	/**
	 * Named refusal mode "discover-plex-web-only": the discover service answers other sites with
	 * `Access-Control-Allow-Origin: https://app.plex.tv`, so the browser refuses the Watchlist
	 * while plex.tv itself still works (docs/plex-api.md §2, §14).
	 */
	discoverRefuses(): void {
		this.setBehaviour(DISCOVER_ORIGIN, { ...this.behaviour(DISCOVER_ORIGIN), allowOnly: { origin: PLEX_WEB_ORIGIN } });
	}

	/** The discover service is down: nothing answers there (plex.tv and the servers still do). */
	discoverDown(): void {
		this.setBehaviour(DISCOVER_ORIGIN, { ...this.behaviour(DISCOVER_ORIGIN), failure: 'refuse' });
	}

	/** The discover service answers as usual again. */
	discoverBack(): void {
		this.setBehaviour(DISCOVER_ORIGIN, {});
	}

	// ---- end Watchlist ----

	/** Log entries matching all given fields (host, method, path string or RegExp, machineIdentifier). */
	requests(filter: { host?: string; method?: string; path?: string | RegExp; machineIdentifier?: string } = {}): LogEntry[] {
		return this.log.filter(
			(e) =>
				(filter.host === undefined || e.host === filter.host) &&
				(filter.method === undefined || e.method === filter.method) &&
				(filter.machineIdentifier === undefined || e.machineIdentifier === filter.machineIdentifier) &&
				(filter.path === undefined || (typeof filter.path === 'string' ? e.path === filter.path : filter.path.test(e.path)))
		);
	}

	// ---- internals -------------------------------------------------------------------------

	#bind(url: string, machineIdentifier: string, behaviour?: Behaviour, forwardTo?: string): void {
		const origin = originOf(url);
		this.connections.set(origin, { origin, machineIdentifier, forwardTo });
		if (behaviour) this.behaviours.set(origin, behaviour);
	}

	#code(length: number, lower: boolean): string {
		const alphabet = lower ? 'abcdefghijklmnopqrstuvwxyz0123456789' : 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
		let out = '';
		for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.#rand() * alphabet.length)];
		return out;
	}

	#addSampleDevices(options: WorldOptions): void {
		const sampleServers: Record<string, Partial<ServerSpec>> = {
			'Okafor Vault': { sections: sampleSections(options), serverId: samples.shareCreated.serverId },
			// A friend's server shared with us: the generated 300-movie library (make-library.mjs --seed 7) and the sample shows.
			"Dad's Plex": {
				sections: [
					{ key: '1', type: 'movie', title: 'Movies', movies: { count: 300, seed: 7 } },
					{ key: '2', type: 'show', title: 'TV Shows', items: clone(samples.showsAll.MediaContainer.Metadata) }
				]
			},
			'Cabin NAS': { sections: [{ key: '1', type: 'movie', title: 'Movies', movies: { count: 40, seed: 11 } }] }
		};
		for (const device of samples.resources) {
			const extra = sampleServers[device.name];
			if (device.provides.split(',').includes('server') && extra) {
				this.addServer({
					name: device.name,
					machineIdentifier: device.clientIdentifier,
					accessToken: device.accessToken ?? '',
					owned: device.owned,
					presence: device.presence,
					connections: clone(device.connections),
					version: String(device.productVersion),
					...extra
				});
				// keep the sample's own record (field values and order), not the template-built one
				const index = this.devices.findIndex((d) => d.clientIdentifier === device.clientIdentifier);
				this.devices[index] = clone(device);
			} else {
				this.devices.push(clone(device));
			}
		}
	}
}

export function createWorld(options: WorldOptions = {}): World {
	return new World(options);
}
