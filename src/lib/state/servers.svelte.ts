import { t } from '../i18n/i18n.ts';
import { AppError, asAppError } from '../errors.ts';
import type { PlexClient } from '../plex/client.ts';
import { getServers, type PlexServer } from '../plex/resources.ts';
import type { ServerConnectionInfo } from '../connection/connect.ts';
import type { LibrarySection } from '../plex/library.ts';
import type { Excluded } from '../connection/candidates.ts';
import type { Reason } from '../connection/explain.ts';
import type { Attempt, Probe } from '../connection/race.ts';

export interface ServerDeps {
	client: PlexClient;
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
	/** What the page knows about its environment, asked at each connect. */
	environment: () => Promise<{ pageProtocol: string; localNetworkAccess?: 'granted' | 'denied' | 'prompt' | 'unsupported'; connectPolicy?: string; origin?: string }>;
	/** Called when plex.tv answers 401 or 498 (docs/plex-api.md §4): the account token is gone. */
	onUnauthorized: () => void;
	/** Called after every successful connect (e.g. to re-sync stale libraries). */
	onConnected?: (connection: ServerConnectionInfo) => void;
	probe?: Probe;
}

const SERVERS_KEY = 'plexpicker:servers';
const CHOSEN_KEY = 'plexpicker:chosen-server';
/** Servers (or addresses of listed servers) added by address: kept apart so a plex.tv refresh keeps them. */
const MANUAL_KEY = 'plexpicker:manual-servers';
/** Plex Home members' server lists (each with that member's own server tokens), by member id (docs/plex-api.md §15). */
const HOME_SERVERS_KEY = 'plexpicker:home-servers';

interface Remembered {
	machineId: string;
	uri?: string;
}

export type ListStatus = 'idle' | 'loading' | 'ready' | 'error';
export type ConnectStatus = 'idle' | 'connecting' | 'connected' | 'failed';

/** The account's servers, the chosen one, and a verified connection to it. */
export class ServerState {
	servers = $state.raw<PlexServer[]>([]);
	listStatus = $state<ListStatus>('idle');
	listError = $state.raw<AppError | null>(null);
	chosenId = $state<string | null>(null);
	connectStatus = $state<ConnectStatus>('idle');
	connection = $state.raw<ServerConnectionInfo | null>(null);
	failure = $state.raw<{ reasons: Reason[]; attempts: Attempt[]; excluded: Excluded[] } | null>(null);
	/**
	 * The chosen server's libraries as last seen; kept while reconnecting or after a failed
	 * connect, so the saved copies (and any sync error) stay on screen.
	 */
	sections = $state.raw<LibrarySection[]>([]);
	/** The attempts of the last race, also after a success (details view). */
	attempts = $state.raw<Attempt[]>([]);
	/** "Add a server by address": checking, and why the last try did not work. */
	adding = $state(false);
	addError = $state.raw<AppError | null>(null);

	readonly chosen = $derived(this.servers.find((s) => s.machineId === this.chosenId));

	#abort: AbortController | null = null;
	/** Plex Home: the member whose servers these are (null: the signed-in account). */
	#person: number | null = null;
	readonly #deps: ServerDeps;

	constructor(deps: ServerDeps) {
		this.#deps = deps;
	}

	/**
	 * Plex Home: from now on the servers are this member's (null: the signed-in account's). A
	 * member's token lists the servers that member can reach, each with the member's own
	 * accessToken (docs/plex-api.md §15), so the other person's list, tokens and connection go.
	 * The chosen server and the libraries on screen stay: the same server is the usual case.
	 */
	usePerson(id: number | null): void {
		if (id === this.#person) return;
		this.#person = id;
		this.#abort?.abort();
		this.servers = [];
		this.connection = null;
		this.connectStatus = 'idle';
		this.listStatus = 'idle';
		this.listError = null;
		this.failure = null;
		this.attempts = [];
	}

	#savedList(): unknown {
		if (this.#person === null) return JSON.parse(this.#deps.storage.getItem(SERVERS_KEY) ?? '[]');
		const lists = JSON.parse(this.#deps.storage.getItem(HOME_SERVERS_KEY) ?? '{}') as Record<string, unknown>;
		return lists[String(this.#person)] ?? [];
	}

	#saveList(): void {
		if (this.#person === null) return this.#deps.storage.setItem(SERVERS_KEY, JSON.stringify(this.servers));
		let lists: Record<string, unknown> = {};
		try {
			lists = JSON.parse(this.#deps.storage.getItem(HOME_SERVERS_KEY) ?? '{}') as Record<string, unknown>;
		} catch {
			// unreadable: start afresh
		}
		this.#deps.storage.setItem(HOME_SERVERS_KEY, JSON.stringify({ ...lists, [String(this.#person)]: this.servers }));
	}

	/** Shows the servers known from last time at once (offline start); connecting comes after. */
	restore(): void {
		try {
			const saved = this.#savedList() as PlexServer[];
			if (Array.isArray(saved) && saved.length > 0) {
				this.servers = saved;
				this.listStatus = 'ready';
			}
			const chosen = JSON.parse(this.#deps.storage.getItem(CHOSEN_KEY) ?? 'null') as Remembered | null;
			if (chosen?.machineId) this.chosenId = chosen.machineId;
		} catch {
			// nothing usable saved
		}
	}

	/**
	 * Signed in, or another Home member chose: the servers known from last time at once, then, once
	 * `opened` (the first pick does not wait for the network), the chosen one reconnected and plex.tv
	 * asked again with `token` (the member's, whose server list carries their own server tokens).
	 * `current()` turns false when the person signed out or switched meanwhile.
	 */
	async follow(token: string, person: number | null, opened: Promise<unknown>, current: () => boolean): Promise<void> {
		this.usePerson(person);
		this.restore();
		await opened;
		if (!current()) return;
		const known = !!this.chosen;
		if (known) void this.connect();
		await this.load(token);
		// A person whose list was not on this device yet: connect once plex.tv has listed it.
		if (!known && current() && this.chosen) void this.connect();
	}

	/** Asks plex.tv for the account's servers (owned and shared). */
	async load(accountToken: string): Promise<void> {
		this.listStatus = this.servers.length > 0 ? 'ready' : 'loading';
		this.listError = null;
		try {
			const listed = await getServers(this.#deps.client, accountToken);
			// Servers added by address carry the token typed for them: the signed-in account's list only.
			const manual = this.#person === null ? this.#deps.storage.getItem(MANUAL_KEY) : null;
			const servers = manual ? (await import('../connection/manual.ts')).withManual(listed, manual) : listed;
			this.servers = servers.sort((a, b) => Number(b.owned) - Number(a.owned) || Number(b.presence) - Number(a.presence) || a.name.localeCompare(b.name));
			this.listStatus = 'ready';
			this.#saveList();
			if (this.chosenId && !this.chosen) this.chosenId = null;
		} catch (error) {
			if (error instanceof AppError && error.kind === 'unauthorized') {
				this.#deps.onUnauthorized();
				return;
			}
			this.listError = error instanceof AppError ? error : new AppError('unknown', t('plex_list_failed_unknown'), { cause: error });
			this.listStatus = this.servers.length > 0 ? 'ready' : 'error';
		}
	}

	/**
	 * "Add a server by address" (README "Finding servers and connecting"): checks the address
	 * (identity first, then the token), remembers the server and connects to it like any other.
	 * Resolves true when it was added; otherwise `addError` says why.
	 */
	async addByAddress(address: string, token?: string): Promise<boolean> {
		if (this.adding) return false;
		this.adding = true;
		this.addError = null;
		try {
			const [{ addServerByAddress, withManual }, env] = await Promise.all([import('../connection/manual.ts'), this.#deps.environment()]);
			const { server, uri, saved } = await addServerByAddress(address, token, env.pageProtocol, this.#deps.storage.getItem(MANUAL_KEY), {
				client: this.#deps.client,
				known: this.servers,
				connectPolicy: env.connectPolicy,
				pageOrigin: env.origin
			});
			this.#deps.storage.setItem(MANUAL_KEY, saved);
			this.servers = withManual(this.servers.filter((s) => !s.manual || s.machineId !== server.machineId), JSON.stringify([server]));
			this.#saveList();
			this.listStatus = 'ready';
			this.chosenId = null; // connect afresh, with the typed address first
			this.#remember({ machineId: server.machineId, uri });
			await this.choose(server.machineId);
			return true;
		} catch (error) {
			this.addError = asAppError(error, t('plex_add_failed_unknown'));
			return false;
		} finally {
			this.adding = false;
		}
	}

	/** Chooses a server and connects to it. */
	async choose(machineId: string): Promise<void> {
		if (machineId !== this.chosenId) this.sections = [];
		this.chosenId = machineId;
		this.#remember({ machineId });
		await this.connect();
	}

	/** Races the chosen server's connections (again). */
	async connect(): Promise<void> {
		const server = this.chosen;
		if (!server) return;
		this.#abort?.abort();
		const abort = new AbortController();
		this.#abort = abort;
		this.connectStatus = 'connecting';
		this.failure = null;
		try {
			// Loaded when first needed: the race and its explanations are not part of the first paint.
			const [{ connectToServer }, env] = await Promise.all([import('../connection/connect.ts'), this.#deps.environment()]);
			const lastWorking = this.#remembered()?.machineId === server.machineId ? this.#remembered()?.uri : undefined;
			const result = await connectToServer(server, {
				client: this.#deps.client,
				context: { ...env, lastWorking, allowInsecureLocal: env.localNetworkAccess === 'granted' },
				signal: abort.signal,
				probe: this.#deps.probe
			});
			if (abort.signal.aborted) return;
			this.attempts = result.attempts;
			if (result.ok) {
				this.connection = result.connection;
				this.sections = result.connection.sections;
				this.connectStatus = 'connected';
				this.#remember({ machineId: server.machineId, uri: result.connection.uri });
				this.#deps.onConnected?.(result.connection);
			} else {
				this.connection = null;
				this.failure = { reasons: result.reasons, attempts: result.attempts, excluded: result.excluded };
				this.connectStatus = 'failed';
			}
		} catch (error) {
			if (abort.signal.aborted) return;
			const e = asAppError(error, t('plex_connect_failed_unknown'));
			this.connection = null;
			const kind = e.kind === 'cors-refused' ? 'cors-refused' : 'unreachable';
			this.failure = { reasons: [{ kind, group: 'all', text: e.message }], attempts: this.attempts, excluded: [] };
			this.connectStatus = 'failed';
		} finally {
			if (this.#abort === abort) this.#abort = null;
		}
	}

	/** A request through the current connection failed on the network (phone left home Wi-Fi…): race again. */
	async connectionLost(): Promise<void> {
		if (this.connectStatus === 'connecting') return;
		await this.connect();
	}

	/** The token this server accepts, only for requests to this server's connection. */
	tokenFor(machineId: string): string | undefined {
		return this.servers.find((s) => s.machineId === machineId)?.accessToken;
	}

	/** On sign-out: forget servers, their tokens and the chosen one. */
	clear(): void {
		this.#abort?.abort();
		this.servers = [];
		this.chosenId = null;
		this.connection = null;
		this.sections = [];
		this.failure = null;
		this.attempts = [];
		this.connectStatus = 'idle';
		this.listStatus = 'idle';
		this.addError = null;
		this.#deps.storage.removeItem(SERVERS_KEY);
		this.#deps.storage.removeItem(CHOSEN_KEY);
		this.#deps.storage.removeItem(MANUAL_KEY);
		this.#deps.storage.removeItem(HOME_SERVERS_KEY);
		this.#person = null;
	}

	#remembered(): Remembered | null {
		try {
			return JSON.parse(this.#deps.storage.getItem(CHOSEN_KEY) ?? 'null') as Remembered | null;
		} catch {
			return null;
		}
	}

	#remember(value: Remembered): void {
		const previous = this.#remembered();
		const keepUri = previous?.machineId === value.machineId ? previous.uri : undefined;
		this.#deps.storage.setItem(CHOSEN_KEY, JSON.stringify({ machineId: value.machineId, uri: value.uri ?? keepUri }));
	}
}

