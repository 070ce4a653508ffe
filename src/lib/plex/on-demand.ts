/**
 * Server requests made while picking (not by the sync): a show's episodes, the members of a
 * collection or playlist, the playlists themselves, and "mark as watched". Each goes through the
 * one PlexClient with that server's own token, to that server's verified connection.
 */
import type { PlexClient, PlexRequest } from './client.ts';
import { obj, optNum, optStr } from './guards.ts';
import { parsePage } from './library.ts';
import { allPages, pageInfo, type ListPage, type PagingOptions } from './paging.ts';
import type { PlexMetadata } from './types.ts';
import { t } from '../i18n/i18n.ts';

export interface ServerTarget {
	uri: string;
	token: string;
}

/**
 * Every page of one list (docs/plex-api.md §9): X-Plex-Container-Start/Size go in the query (no
 * preflight), and the next page starts where the server's answer really ended.
 */
function paged<T>(client: PlexClient, req: PlexRequest, parse: (body: unknown) => T[], paging?: PagingOptions): Promise<T[]> {
	return allPages(
		(start, size) =>
			client.json({ ...req, query: { ...req.query, 'X-Plex-Container-Start': start, 'X-Plex-Container-Size': size } }, (body): ListPage<T> => ({
				items: parse(body),
				...pageInfo(body)
			})),
		paging
	);
}

function list(client: PlexClient, to: ServerTarget, path: string, label: string, signal?: AbortSignal, paging?: PagingOptions): Promise<PlexMetadata[]> {
	return paged(client, { base: to.uri, path, token: to.token, signal, timeoutMs: 20_000, label }, (body) => parsePage(body).items, paging);
}

/** Every episode of a show (`/library/metadata/{id}/allLeaves`), all pages. */
export function getEpisodes(client: PlexClient, to: ServerTarget, showKey: string, signal?: AbortSignal, paging?: PagingOptions): Promise<PlexMetadata[]> {
	return list(client, to, `/library/metadata/${encodeURIComponent(showKey)}/allLeaves`, t('plex_label_episodes'), signal, paging);
}

/** The titles in a collection (`/library/collections/{id}/children`), all pages. */
export function getCollectionItems(client: PlexClient, to: ServerTarget, collectionKey: string, signal?: AbortSignal, paging?: PagingOptions): Promise<PlexMetadata[]> {
	return list(client, to, `/library/collections/${encodeURIComponent(collectionKey)}/children`, t('plex_label_collection'), signal, paging);
}

/** The titles in a playlist (`/playlists/{id}/items`), all pages. */
export function getPlaylistItems(client: PlexClient, to: ServerTarget, playlistKey: string, signal?: AbortSignal, paging?: PagingOptions): Promise<PlexMetadata[]> {
	return list(client, to, `/playlists/${encodeURIComponent(playlistKey)}/items`, t('plex_label_playlist'), signal, paging);
}

export interface Collection {
	ratingKey: string;
	title: string;
	/** Titles in it (Plex sends childCount as a string). */
	count: number;
	smart: boolean;
}

export interface Playlist {
	ratingKey: string;
	title: string;
	count: number;
	smart: boolean;
}

function entries(body: unknown, what: string): Record<string, unknown>[] {
	const container = obj(obj(body, what).MediaContainer, `${what}.MediaContainer`);
	const raw = container.Metadata ?? [];
	if (!Array.isArray(raw)) throw new TypeError(`${what}.Metadata: expected an array`);
	return raw.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null);
}

function key(value: unknown): string | undefined {
	return typeof value === 'number' ? String(value) : optStr(value);
}

function count(value: unknown): number {
	const n = typeof value === 'string' ? Number(value) : optNum(value);
	return n !== undefined && Number.isFinite(n) ? n : 0;
}

/** Plex lists repeat entries sometimes; the Source menu is keyed by ratingKey, so keep the first. */
function unique<T extends { ratingKey: string }>(list: T[]): T[] {
	const seen = new Set<string>();
	return list.filter((x) => !seen.has(x.ratingKey) && seen.add(x.ratingKey));
}

export function parseCollections(body: unknown): Collection[] {
	return unique(entries(body, 'collections').flatMap((m) => {
		const ratingKey = key(m.ratingKey);
		const title = optStr(m.title);
		return ratingKey && title ? [{ ratingKey, title, count: count(m.childCount), smart: m.smart === '1' || m.smart === true }] : [];
	}));
}

/** Video playlists only: music and photo playlists have nothing to watch. */
export function parsePlaylists(body: unknown): Playlist[] {
	return unique(entries(body, 'playlists').flatMap((m) => {
		const ratingKey = key(m.ratingKey);
		const title = optStr(m.title);
		if (!ratingKey || !title || m.playlistType !== 'video') return [];
		return [{ ratingKey, title, count: count(m.leafCount), smart: m.smart === true || m.smart === '1' }];
	}));
}

export async function getCollections(client: PlexClient, to: ServerTarget, sectionKey: string, signal?: AbortSignal, paging?: PagingOptions): Promise<Collection[]> {
	const req = { base: to.uri, path: `/library/sections/${encodeURIComponent(sectionKey)}/collections`, token: to.token, signal, label: t('plex_label_collections') };
	return unique(await paged(client, req, parseCollections, paging));
}

export async function getPlaylists(client: PlexClient, to: ServerTarget, signal?: AbortSignal, paging?: PagingOptions): Promise<Playlist[]> {
	const req = { base: to.uri, path: '/playlists', query: { playlistType: 'video' }, token: to.token, signal, label: t('plex_label_playlists') };
	return unique(await paged(client, req, parsePlaylists, paging));
}

/** Marks an item as watched for the token's user (Plex's own scrobble endpoint). */
export async function scrobble(client: PlexClient, to: ServerTarget, ratingKey: string, signal?: AbortSignal): Promise<void> {
	await client.send({
		base: to.uri,
		path: '/:/scrobble',
		query: { identifier: 'com.plexapp.plugins.library', key: ratingKey },
		token: to.token,
		signal,
		label: t('plex_label_mark_watched')
	});
}
