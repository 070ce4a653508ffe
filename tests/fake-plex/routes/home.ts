/**
 * plex.tv's Plex Home calls (docs/plex-api.md §15), and what plex.tv answers a Home member's own
 * token: /api/v2/user (the member) and /api/v2/resources (the servers the member can reach, each
 * with the member's own accessToken). Asked before the other plex.tv routes (handlers.ts): it
 * answers only Home paths and requests carrying a member's token, and leaves the rest to them.
 * Shapes: samples/plextv-home-*.json.
 */
import { clone, samples } from '../samples.ts';
import type { Resource } from '../samples.ts';
import { json, plexError } from '../respond.ts';
import type { Ctx, FakeResponse } from '../respond.ts';
import type { FakeHomeMember } from '../home.ts';
import { requireAccount } from './plextv.ts';

/** The account token, or a member's token (a member may list the Home and switch too). */
function caller(ctx: Ctx): { member?: FakeHomeMember; denied?: FakeResponse } {
	const member = ctx.world.home?.byToken(ctx.token);
	if (member) return { member };
	return { denied: requireAccount(ctx) };
}

function list(ctx: Ctx): FakeResponse {
	const who = caller(ctx);
	if (who.denied) return who.denied;
	const home = ctx.world.home;
	// (guess) an account in no Home: no public source shows the answer (docs/plex-api.md §15)
	if (!home) return plexError(ctx, 404, 1002, 'Not in a Plex Home');
	return json(ctx, 200, home.list());
}

function switchTo(ctx: Ctx, uuid: string): FakeResponse {
	const who = caller(ctx);
	if (who.denied) return who.denied;
	const home = ctx.world.home;
	if (!home) return plexError(ctx, 404, 1002, 'Not in a Plex Home');
	if (uuid === home.admin.uuid) return json(ctx, 201, ctx.world.user);
	const member = home.members.find((m) => m.uuid === uuid);
	if (!member) return plexError(ctx, 404, 1002, 'User not found');
	if (member.pin !== undefined && ctx.query.get('pin') !== member.pin) {
		// samples/plextv-home-switch-403-invalid-pin.json (code 1041 from public clients; the message is a guess)
		return plexError(ctx, 403, 1041, 'Invalid PIN');
	}
	return json(ctx, 201, home.userOf(member));
}

/** GET /api/v2/resources with a member's token: the servers that member can reach, with the member's tokens. */
function memberResources(ctx: Ctx, member: FakeHomeMember): FakeResponse {
	const owner = samples.user.username;
	const devices: Resource[] = ctx.world.devices
		.filter((d) => member.serverTokens[d.clientIdentifier] !== undefined)
		.map((d) => ({
			...clone(d),
			accessToken: member.serverTokens[d.clientIdentifier] ?? null,
			owned: false,
			home: true,
			ownerId: samples.user.id,
			sourceTitle: owner,
			connections: d.connections.map((c) => ({ ...c }))
		}));
	return json(ctx, 200, devices);
}

/** Answers Home paths, and /user and /resources for a member's token; undefined for everything else. */
export function homeRoute(ctx: Ctx): FakeResponse | undefined {
	const users = /^\/api\/v2\/home\/users\/?$/;
	const switchPath = /^\/api\/v2\/home\/users\/([^/]+)\/switch$/.exec(ctx.path);
	if (users.test(ctx.path)) return ctx.method === 'GET' ? list(ctx) : undefined;
	if (switchPath) return ctx.method === 'POST' ? switchTo(ctx, decodeURIComponent(switchPath[1] ?? '')) : undefined;
	const member = ctx.world.home?.byToken(ctx.token);
	if (!member || ctx.method !== 'GET') return undefined;
	if (ctx.path === '/api/v2/user') return json(ctx, 200, ctx.world.home?.userOf(member));
	if (ctx.path === '/api/v2/resources') return memberResources(ctx, member);
	return undefined;
}
