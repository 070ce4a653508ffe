/**
 * The fake world's Plex Home (docs/plex-api.md §15): the account's Home with its admin and two
 * members, each with their own plex.tv token (handed out by the switch), their own token for
 * each server they can reach (plex.tv resources answer it to the member's token), and their own
 * watch state on those servers. The admin's watch state is the items themselves (world.ts);
 * a member's is kept here and laid over the items for requests carrying that member's token.
 *
 *   world.home.member('Ada').pin                  // "2468": Ada is protected
 *   world.home.member('Jonah').scrobbles          // what "Mark as watched" recorded for Jonah
 *   world.home.refuseFromBrowsers()               // plex.tv answers the Home calls for app.plex.tv only
 *
 * Shapes: samples/plextv-home-users.json, plextv-home-switch-201.json, plextv-home-switch-403-invalid-pin.json.
 */
import homeUsers from './samples/plextv-home-users.json' with { type: 'json' };
import switched from './samples/plextv-home-switch-201.json' with { type: 'json' };
import { clone } from './samples.ts';
import type { JsonObject, MetadataItem } from './samples.ts';
import type { PmsServer, World } from './world.ts';

/** Plex's own web app (world.ts PLEX_WEB_ORIGIN; repeated here so the two modules need not import each other's values). */
const PLEX_WEB_ORIGIN = 'https://app.plex.tv';

export const HOME_SAMPLES = { users: homeUsers, switched };

/** Okafor Vault, the sample server every member of the default Home can reach. */
const VAULT = 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6';

export interface HomeView {
	viewCount: number;
	lastViewedAt: number;
}

export interface FakeHomeMember {
	/** The `users[]` entry of GET /api/v2/home/users. */
	user: JsonObject;
	title: string;
	uuid: string;
	id: number;
	/** The member's plex.tv token, handed out by the switch. */
	token: string;
	/** The Home PIN of a protected member. */
	pin?: string;
	/** machineIdentifier → this member's token for that server (the servers the member can reach). */
	serverTokens: Record<string, string>;
	/** machineIdentifier → ratingKey → what this member watched (movies: views; shows: viewed episodes). */
	views: Record<string, Record<string, HomeView>>;
	/** Every "Mark as watched" (/:/scrobble) a server recorded for this member. */
	scrobbles: { machineIdentifier: string; ratingKey: string; at: number }[];
}

const ALL_MEMBERS = [
	{
		uuid: 'a1b2c3d4e5f60718',
		token: 'fake-home-jonah-Qm3Vx8Lb',
		serverTokens: { [VAULT]: 'fake-srvJ-Lp4Ws7Nc' },
		// Jonah watched the three films Mira has not, and all of Kitchen Table Science.
		watched: { '1022': 1, '1024': 2, '1025': 1, '2002': 24 }
	},
	{
		uuid: '9e8d7c6b5a4f3e2d',
		token: 'fake-home-ada-Rt6Yu1Pw',
		pin: '2468',
		serverTokens: { [VAULT]: 'fake-srvA-Kd2Fh9Qz' },
		watched: { '1021': 1, '1027': 1, '1029': 1, '2003': 8 }
	}
];

export class FakeHome {
	readonly members: FakeHomeMember[];
	readonly #world: World;

	constructor(world: World) {
		this.#world = world;
		const users = clone(homeUsers.users) as JsonObject[];
		const at = 1795629000;
		this.members = ALL_MEMBERS.map((spec) => {
			const user = users.find((u) => u.uuid === spec.uuid) as JsonObject;
			const views: Record<string, HomeView> = {};
			for (const [ratingKey, count] of Object.entries(spec.watched)) views[ratingKey] = { viewCount: count, lastViewedAt: at };
			return {
				user,
				title: String(user.title),
				uuid: spec.uuid,
				id: Number(user.id),
				token: spec.token,
				pin: spec.pin,
				serverTokens: Object.fromEntries(Object.entries(spec.serverTokens).filter(([id]) => world.servers.has(id))),
				views: { [VAULT]: views },
				scrobbles: []
			};
		});
	}

	/** The admin's entry (the signed-in account). */
	get admin(): JsonObject {
		return clone(homeUsers.users[0]) as JsonObject;
	}

	/** A member by title or uuid. Throws when unknown (a test bug). */
	member(titleOrUuid: string): FakeHomeMember {
		const found = this.members.find((m) => m.title === titleOrUuid || m.uuid === titleOrUuid);
		if (!found) throw new Error(`fake-plex: no Home member ${titleOrUuid}`);
		return found;
	}

	/** GET /api/v2/home/users: the Home and every member, the admin first. */
	list(): JsonObject {
		const { users: _users, ...home } = clone(homeUsers) as JsonObject;
		return { ...home, users: [this.admin, ...this.members.map((m) => clone(m.user))] };
	}

	/** The member a plex.tv token belongs to (not the admin: that is the account token). */
	byToken(token: string | null): FakeHomeMember | undefined {
		if (token === null || this.#world.revoked.has(token)) return undefined;
		return this.members.find((m) => m.token === token);
	}

	/** The member a server token belongs to on that server. */
	byServerToken(server: PmsServer, token: string | null): FakeHomeMember | undefined {
		if (token === null || this.#world.revoked.has(token)) return undefined;
		return this.members.find((m) => m.serverTokens[server.machineIdentifier] === token);
	}

	/** The member's /api/v2/user (the switch answers the same, with authToken). */
	userOf(member: FakeHomeMember): JsonObject {
		return {
			...clone(switched),
			id: member.id,
			uuid: member.uuid,
			username: member.user.username,
			title: member.title,
			email: member.user.email,
			friendlyName: member.user.friendlyName,
			thumb: member.user.thumb,
			protected: member.pin !== undefined,
			restricted: member.user.restricted,
			authToken: member.token
		};
	}

	/** The server as this member sees it: the same titles with the member's own watch state. */
	seenBy(server: PmsServer, member: FakeHomeMember): PmsServer {
		const views = member.views[server.machineIdentifier] ?? {};
		const overlay = (type: string) => (item: MetadataItem): MetadataItem => {
			const { viewCount: _count, lastViewedAt: _last, viewedLeafCount: _leaves, ...rest } = item;
			const seen = views[item.ratingKey];
			if (type === 'show') {
				const viewed = Math.min(seen?.viewCount ?? 0, item.leafCount ?? 0);
				return { ...rest, viewedLeafCount: viewed, ...(seen ? { lastViewedAt: seen.lastViewedAt } : {}), ...(viewed === (item.leafCount ?? 0) && viewed > 0 ? { viewCount: 1 } : {}) };
			}
			return seen ? { ...rest, viewCount: seen.viewCount, lastViewedAt: seen.lastViewedAt } : rest;
		};
		return { ...server, sections: server.sections.map((s) => ({ ...s, items: s.items.map(overlay(s.directory.type)) })) };
	}

	/** /:/scrobble with a member's server token: recorded for that member only. */
	scrobble(server: PmsServer, member: FakeHomeMember, ratingKey: string): boolean {
		if (!server.sections.some((s) => s.items.some((i) => i.ratingKey === ratingKey))) return false;
		const at = Math.floor(this.#world.now() / 1000);
		const views = (member.views[server.machineIdentifier] ??= {});
		views[ratingKey] = { viewCount: (views[ratingKey]?.viewCount ?? 0) + 1, lastViewedAt: at };
		member.scrobbles.push({ machineIdentifier: server.machineIdentifier, ratingKey, at: at * 1000 });
		return true;
	}

	/**
	 * Refusal mode "plextv-home-plex-web-only": plex.tv (and clients.plex.tv) answer the Home
	 * calls of other sites with `Access-Control-Allow-Origin: https://app.plex.tv` (docs/plex-api.md
	 * §2, §15: not reported, but possible like the PIN refusals); /user and /resources still work.
	 */
	refuseFromBrowsers(): void {
		for (const host of ['https://plex.tv', 'https://clients.plex.tv']) {
			this.#world.setBehaviour(host, { ...this.#world.behaviour(host), allowOnly: { origin: PLEX_WEB_ORIGIN, paths: /^\/api\/v2\/home(?:\/|$)/ } });
		}
	}

	/** Every token of the Home's members: plex.tv ones and server ones. */
	tokens(): string[] {
		return this.members.flatMap((m) => [m.token, ...Object.values(m.serverTokens)]);
	}
}
