import type { PlexClient } from './client.ts';
import { obj, optNum, optStr, str } from './guards.ts';

export type SectionType = 'movie' | 'show' | 'artist' | 'photo' | 'other';

/** One library of a server (GET <connection>/library/sections). `key` is the server's local id (a string). */
export interface LibrarySection {
	key: string;
	type: SectionType;
	title: string;
	updatedAt: number | undefined;
	scannedAt: number | undefined;
	contentChangedAt: number | undefined;
}

const TYPES = new Set(['movie', 'show', 'artist', 'photo']);

export function parseSections(body: unknown): LibrarySection[] {
	const container = obj(obj(body, 'sections').MediaContainer, 'sections.MediaContainer');
	const dirs = container.Directory === undefined ? [] : container.Directory;
	if (!Array.isArray(dirs)) throw new TypeError('sections.Directory: expected an array');
	return dirs.map((d: unknown, i) => {
		const o = obj(d, `sections.Directory[${i}]`);
		const type = optStr(o.type) ?? 'other';
		return {
			key: String(typeof o.key === 'number' ? o.key : str(o.key, 'section.key')),
			type: (TYPES.has(type) ? type : 'other') as SectionType,
			title: optStr(o.title) ?? `Library ${String(o.key)}`,
			updatedAt: optNum(o.updatedAt),
			scannedAt: optNum(o.scannedAt),
			contentChangedAt: optNum(o.contentChangedAt)
		};
	});
}

/** The server's libraries; also the proof that its token is accepted (401 otherwise). */
export function getSections(client: PlexClient, uri: string, serverToken: string, signal?: AbortSignal): Promise<LibrarySection[]> {
	return client.json({ base: uri, path: '/library/sections', token: serverToken, signal, label: 'Plex server libraries' }, parseSections);
}
