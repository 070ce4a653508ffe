/**
 * Plex's discover service (discover.provider.plex.tv): the account's Watchlist
 * (docs/plex-api.md §14). Shapes: samples/discover-watchlist-*.json.
 */
import { containerHeader } from '../samples.ts';
import { json, plexError } from '../respond.ts';
import type { Ctx, FakeResponse, Route } from '../respond.ts';
import { requireAccount } from './plextv.ts';
import { watchlistSamples } from '../watchlist.ts';

function paging(ctx: Ctx, name: string): number | undefined {
	const raw = ctx.query.get(name) ?? ctx.headers[name.toLowerCase()];
	return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** `GET /library/sections/watchlist/{all|available|released}`, paged like a PMS list (totalSize, offset, size). */
function watchlist(ctx: Ctx): FakeResponse {
	// (guess) the 401 body: plex.tv's invalid-token shape; no public sample shows discover's own
	// A Plex Home member's token reads that member's own Watchlist (docs/plex-api.md §14).
	const member = ctx.world.home?.byToken(ctx.token);
	const denied = member ? undefined : requireAccount(ctx);
	if (denied) return denied;
	const world = member ? { ...ctx.world.watchlist, entries: ctx.world.watchlist.members[member.token] ?? [] } : ctx.world.watchlist;
	const start = paging(ctx, 'X-Plex-Container-Start') ?? 0;
	const asked = paging(ctx, 'X-Plex-Container-Size');
	const cap = world.maxPageSize;
	const size = Math.min(asked ?? world.entries.length, cap ?? Infinity);
	const page = world.entries.slice(start, start + size);
	const key = world.shape === 'Video' || (world.shape === 'mixed' && start > 0) ? 'Video' : 'Metadata';
	return json(ctx, 200, {
		MediaContainer: {
			...containerHeader(watchlistSamples.page1),
			offset: start,
			totalSize: world.entries.length,
			size: page.length,
			// an empty page has no entry list at all, like a PMS (docs/plex-api.md §7)
			...(page.length > 0 ? { [key]: page } : {})
		}
	});
}

export const discoverRoutes: Route[] = [
	{ method: 'GET', path: /^\/library\/sections\/watchlist\/(?:all|available|released)$/, run: watchlist },
	{ method: 'GET', path: /^\/library\/sections\/(?!watchlist\/).*$/, run: (ctx) => plexError(ctx, 404, 0, 'Section not found') }
];
