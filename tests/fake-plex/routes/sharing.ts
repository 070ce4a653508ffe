/**
 * Owner-side sharing on clients.plex.tv (docs/plex-api.md §12): the section-id map, the lists of shares and
 * pending invites, invite / update / remove. State lives in world.sharing; every request is in
 * world.log with its parsed body, so tests can assert what plex.tv received.
 * Shapes: samples/plextv-v2-servers-machineid.json, plextv-shared-servers-*.json.
 */
import { clone, samples } from '../samples.ts';
import type { JsonObject } from '../samples.ts';
import { empty, json, plexError } from '../respond.ts';
import type { Ctx, FakeResponse, Route } from '../respond.ts';
import { isoSeconds } from '../world.ts';
import type { PmsServer } from '../world.ts';
import { requireAccount } from './plextv.ts';

const ID_FIELDS = new Set(['id', 'key', 'invitedId', 'ownerId', 'serverId']);

/** Numeric ids as strings of digits, everywhere in a body (SharingDialect.stringIds). */
function idsAsStrings(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(idsAsStrings);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value).map(([k, v]) => [k, ID_FIELDS.has(k) && typeof v === 'number' ? String(v) : idsAsStrings(v)])
	);
}

/** A sharing answer in the world's dialect (docs/plex-api.md §12). */
function answer(ctx: Ctx, status: number, data: unknown): FakeResponse {
	return json(ctx, status, ctx.world.sharingDialect.stringIds ? idsAsStrings(data) : data);
}

/** Settings a share gets when an update leaves them out (the README warns they reset). */
const RESET_SETTINGS: JsonObject = {
	allowSync: false,
	allowChannels: false,
	allowTuners: 0,
	allowSubtitleAdmin: false,
	allowCameraUpload: false,
	filterAll: null,
	filterMovies: '',
	filterMusic: '',
	filterPhotos: null,
	filterTelevision: ''
};

/** Plex users the samples know, by username (email local part is matched against it). */
function knownUser(email: string): JsonObject | undefined {
	const users = [samples.shareCreated.invited, ...samples.sharedAccepted.map((s) => s.invited as JsonObject | null)];
	const name = email.split('@')[0];
	const found = users.find((u) => u !== null && (u.username === name || u.username === email));
	return found ? clone(found) : undefined;
}

/** Request settings in the order and with the defaults of the sample's sharingSettings. */
function sharingSettings(requested: unknown): JsonObject {
	const given = (requested ?? {}) as JsonObject;
	const out: JsonObject = {};
	for (const [key, fallback] of Object.entries(samples.shareCreated.sharingSettings)) out[key] = key in given ? given[key] : fallback;
	return { ...out, ...given };
}

function ownedServer(ctx: Ctx, machineIdentifier: unknown): PmsServer | undefined {
	const server = ctx.world.servers.get(String(machineIdentifier));
	return server?.owned ? server : undefined;
}

/** A server the world knows but the account does not own (e.g. Dad's Plex): plex.tv refuses with 403 (guess). */
function notOwner(ctx: Ctx, machineIdentifier: unknown): FakeResponse | undefined {
	const server = ctx.world.servers.get(String(machineIdentifier));
	return server && !server.owned ? plexError(ctx, 403, 0, 'You are not the owner of this server') : undefined; // (guess) code and message
}

/** plex.tv global section ids → `libraries` entries; undefined when any id is not this server's. */
function libraries(server: PmsServer, ids: unknown): { libraries: JsonObject[]; all: boolean } | undefined {
	if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'number')) return undefined;
	const chosen = ids.length === 0 ? server.sections : ids.map((id) => server.sections.find((s) => s.globalId === id));
	if (chosen.some((s) => s === undefined)) return undefined;
	return {
		libraries: chosen.map((s) => ({ id: s?.globalId, key: Number(s?.directory.key), title: s?.directory.title, type: s?.directory.type })),
		all: ids.length === 0 || server.sections.every((s) => chosen.includes(s))
	};
}

/** Every share the owner has: accepted ones and those inside pending invites. */
function allShares(ctx: Ctx): JsonObject[] {
	return [...ctx.world.sharing.accepted, ...ctx.world.sharing.pending.flatMap((i) => i.sharedServers as JsonObject[])];
}

function getServer(ctx: Ctx, machineIdentifier: string): FakeResponse {
	const denied = requireAccount(ctx);
	if (denied) return denied;
	const server = ownedServer(ctx, machineIdentifier);
	if (!server) return notOwner(ctx, machineIdentifier) ?? plexError(ctx, 404, 0, 'Server not found'); // (guess) code and message
	const resource = ctx.world.resource(machineIdentifier);
	const sectionsKey = ctx.world.sharingDialect.capitalSections ? 'LibrarySections' : 'librarySections';
	return answer(ctx, 200, {
		name: server.name,
		machineIdentifier,
		ownerId: ctx.world.account.user.id,
		version: server.version,
		createdAt: resource.createdAt,
		updatedAt: resource.lastSeenAt,
		[sectionsKey]: server.sections.map((s) => ({ id: s.globalId, key: Number(s.directory.key), title: s.directory.title, type: s.directory.type }))
	});
}

function invite(ctx: Ctx): FakeResponse {
	const denied = requireAccount(ctx);
	if (denied) return denied;
	const body = (ctx.body ?? {}) as JsonObject;
	const email = typeof body.invitedEmail === 'string' ? body.invitedEmail : '';
	if (!email) return plexError(ctx, 400, 0, 'invitedEmail is missing'); // (guess)
	const server = ownedServer(ctx, body.machineIdentifier);
	if (!server) return notOwner(ctx, body.machineIdentifier) ?? plexError(ctx, 404, 0, 'Server not found'); // (guess)
	const chosen = libraries(server, body.librarySectionIds);
	if (!chosen) return plexError(ctx, 422, 0, 'Invalid librarySectionIds'); // (guess) README: PMS keys give 404/422
	const invited = knownUser(email);
	// A username (no @) that is no Plex user cannot be invited; an unknown email gets an email invitation.
	if (!invited && !email.includes('@')) return plexError(ctx, 404, 0, 'User not found'); // (guess) status, code and message
	const who = String(invited?.username ?? email);
	const duplicate = allShares(ctx).some(
		(s) => s.machineIdentifier === server.machineIdentifier && ((s.invited as JsonObject | null)?.username === who || s.invitedEmail === email)
	);
	if (duplicate) {
		const error = clone(samples.shareAlready);
		for (const e of error.errors) e.message = `You're already sharing this server with ${who}`;
		return json(ctx, 422, error);
	}
	const world = ctx.world;
	const now = isoSeconds(world.now());
	const share: JsonObject = {
		id: world.sharing.nextShareId++,
		name: server.name,
		ownerId: world.account.user.id,
		invitedId: invited?.id ?? null,
		serverId: server.serverId,
		machineIdentifier: server.machineIdentifier,
		numLibraries: chosen.libraries.length,
		allLibraries: chosen.all,
		owned: true,
		accepted: false,
		invitedAt: now,
		acceptedAt: null,
		deletedAt: null,
		leftAt: null,
		lastSeenAt: null,
		invitedEmail: invited ? null : email,
		invited: invited ? { ...invited, status: 'pending' } : null,
		sharingSettings: sharingSettings(body.settings),
		libraries: chosen.libraries
	};
	world.sharing.pending.push({
		id: world.sharing.nextInviteId++,
		createdAt: now,
		friend: body.skipFriendship !== true,
		home: false,
		server: true,
		invitedEmail: invited ? null : email,
		invited: invited ?? null,
		sharedServers: [share]
	});
	const status = world.sharingDialect.inviteStatus;
	return status === undefined ? answer(ctx, 201, share) : empty(status);
}

function update(ctx: Ctx, id: string): FakeResponse {
	const denied = requireAccount(ctx);
	if (denied) return denied;
	const share = allShares(ctx).find((s) => s.id === Number(id));
	const status = ctx.world.sharingDialect.updateStatus;
	if (!share) return plexError(ctx, 404, 0, 'Shared server not found'); // (guess)
	const body = (ctx.body ?? {}) as JsonObject;
	const server = ctx.world.server(String(share.machineIdentifier));
	const chosen = libraries(server, body.librarySectionIds);
	if (!chosen) return plexError(ctx, 422, 0, 'Invalid librarySectionIds'); // (guess)
	Object.assign(share, {
		numLibraries: chosen.libraries.length,
		allLibraries: chosen.all,
		sharingSettings: body.settings === undefined ? { ...RESET_SETTINGS } : sharingSettings(body.settings),
		libraries: chosen.libraries
	});
	return status === undefined ? answer(ctx, 200, share) : empty(status);
}

function remove(ctx: Ctx, id: string): FakeResponse {
	const denied = requireAccount(ctx);
	if (denied) return denied;
	const sharing = ctx.world.sharing;
	const before = allShares(ctx).length;
	sharing.accepted = sharing.accepted.filter((s) => s.id !== Number(id));
	sharing.pending = sharing.pending
		.map((i) => ({ ...i, sharedServers: (i.sharedServers as JsonObject[]).filter((s) => s.id !== Number(id)) }))
		.filter((i) => i.sharedServers.length > 0);
	if (allShares(ctx).length === before) return plexError(ctx, 404, 0, 'Shared server not found'); // (guess)
	return empty(ctx.world.sharingDialect.removeStatus ?? 204); // (uncertain) docs/plex-api.md §12: "2xx, no body"
}

export const sharingRoutes: Route[] = [
	{ method: 'GET', path: /^\/api\/v2\/servers\/([^/]+)$/, run: getServer },
	{ method: 'GET', path: /^\/api\/v2\/shared_servers\/owned\/accepted$/, run: (ctx) => requireAccount(ctx) ?? answer(ctx, 200, ctx.world.sharing.accepted) },
	{ method: 'GET', path: /^\/api\/v2\/shared_servers\/invites\/owned\/pending$/, run: (ctx) => requireAccount(ctx) ?? answer(ctx, 200, ctx.world.sharing.pending) },
	{ method: 'POST', path: /^\/api\/v2\/shared_servers$/, run: invite },
	{ method: 'POST', path: /^\/api\/v2\/shared_servers\/(\d+)$/, run: update },
	{ method: 'DELETE', path: /^\/api\/v2\/shared_servers\/(\d+)$/, run: remove }
];
