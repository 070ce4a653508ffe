/**
 * plex.tv / clients.plex.tv account endpoints (pins, user, resources, the removed friends API)
 * and the app.plex.tv pages. Shapes: samples/plextv-*.json.
 */
import { clone, samples } from '../samples.ts';
import type { Resource } from '../samples.ts';
import { html, json, plexError } from '../respond.ts';
import type { Ctx, FakeResponse, Route } from '../respond.ts';
import { isoSeconds } from '../world.ts';
import type { Pin, World } from '../world.ts';

/** An identity parameter: query string first (what browsers should send), then header. */
export function identityParam(ctx: Ctx, name: string): string | undefined {
	return ctx.query.get(name) ?? ctx.headers[name.toLowerCase()];
}

export function pinJson(world: World, pin: Pin) {
	const expiresAt = pin.createdAt + pin.expiresIn * 1000;
	return {
		id: pin.id,
		code: pin.code,
		product: pin.product,
		trusted: false,
		qr: `https://plex.tv/api/v2/pins/qr/${pin.code}`,
		clientIdentifier: pin.clientIdentifier,
		location: clone(samples.pinCreate.location),
		expiresIn: Math.max(0, Math.round((expiresAt - world.now()) / 1000)),
		createdAt: isoSeconds(pin.createdAt),
		expiresAt: isoSeconds(expiresAt),
		authToken: pin.authToken,
		newRegistration: pin.authToken === null ? null : false
	};
}

/**
 * 401 `plextv-401-invalid-token.json` unless the account token came along; 498 for a token that
 * expired (docs/plex-api.md §4; its body has no public sample, so the code/message are a guess).
 */
export function requireAccount(ctx: Ctx): FakeResponse | undefined {
	if (ctx.world.isAccountToken(ctx.token)) return undefined;
	if (ctx.world.refusalStatus(ctx.token) === 498) return plexError(ctx, 498, 0, 'Token expired');
	return json(ctx, 401, samples.invalidToken);
}

function createPin(ctx: Ctx): FakeResponse {
	const clientIdentifier = identityParam(ctx, 'X-Plex-Client-Identifier');
	// (guess) plex.tv refuses pins without a client id; the exact code/message are not from a sample
	if (!clientIdentifier) return plexError(ctx, 400, 1000, 'X-Plex-Client-Identifier is missing');
	const strong = ['true', '1'].includes(ctx.query.get('strong') ?? '');
	const pin = ctx.world.createPin({ strong, clientIdentifier, product: identityParam(ctx, 'X-Plex-Product') });
	return json(ctx, 201, pinJson(ctx.world, pin));
}

function getPin(ctx: Ctx, id: string): FakeResponse {
	const pin = ctx.world.pins.get(Number(id));
	// A pin is only visible to the client id that created it (README: "same client id!").
	const sameClient = pin !== undefined && identityParam(ctx, 'X-Plex-Client-Identifier') === pin.clientIdentifier;
	if (!pin || !sameClient || ctx.world.isPinExpired(pin)) return json(ctx, 404, samples.pinExpired);
	return json(ctx, 200, pinJson(ctx.world, pin));
}

function getUser(ctx: Ctx): FakeResponse {
	return requireAccount(ctx) ?? json(ctx, 200, ctx.world.user);
}

function getResources(ctx: Ctx): FakeResponse {
	const denied = requireAccount(ctx);
	if (denied) return denied;
	// (guess) without includeRelay=1 / includeIPv6=1 plex.tv leaves those connections out
	const relay = ctx.query.get('includeRelay') === '1';
	const ipv6 = ctx.query.get('includeIPv6') === '1';
	const devices: Resource[] = ctx.world.devices.map((d) => ({
		...clone(d),
		connections: d.connections.filter((c) => (relay || !c.relay) && (ipv6 || !c.IPv6)).map((c) => ({ ...c }))
	}));
	return json(ctx, 200, devices);
}

/** v1 endpoints removed by Plex answer this XML whatever the Accept header (docs/plex-api.md §12). */
function goneV1(): FakeResponse {
	return {
		status: 410,
		headers: { 'Content-Type': 'text/xml;charset=utf-8' },
		body: '<?xml version="1.0" encoding="UTF-8"?>\n<Response code="410" status="This endpoint was deprecated and removed"/>\n'
	};
}

export const plexTvRoutes: Route[] = [
	{ method: 'POST', path: /^\/api\/v2\/pins$/, run: createPin },
	{ method: 'GET', path: /^\/api\/v2\/pins\/(\d+)$/, run: getPin },
	{ method: 'GET', path: /^\/api\/v2\/user$/, run: getUser },
	{ method: 'GET', path: /^\/api\/v2\/resources$/, run: getResources },
	{ method: 'GET', path: /^\/api\/v2\/friends$/, run: (ctx) => json(ctx, 410, samples.friendsGone) },
	{ method: 'GET', path: /^\/api\/(?:friends|invites\/requested|invites\/requests)(?:\/.*)?$/, run: goneV1 },
	{ method: 'PUT', path: /^\/api\/friends\/.*$/, run: goneV1 },
	{ method: 'DELETE', path: /^\/api\/friends\/.*$/, run: goneV1 }
];

function page(title: string, text: string): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1><p>${text}</p><p id="code"></p>
<script>
const params = new URLSearchParams(location.hash.replace(/^#!?\\??/, ''));
document.getElementById('code').textContent = params.get('code') ? 'Code: ' + params.get('code') : '';
</script></body></html>
`;
}

export const appRoutes: Route[] = [
	{
		method: 'GET',
		path: /^\/auth\/?$/,
		run: () => html(200, page('Plex sign-in (fake)', 'This page stands in for app.plex.tv/auth. The test approves the PIN through the fake world.'))
	},
	{ method: 'GET', path: /^\/(?:desktop\/?)?$/, run: () => html(200, page('Plex Web (fake)', 'This page stands in for Plex Web.')) }
];
