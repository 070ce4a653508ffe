import type { PlexClient } from './client.ts';
import type { PlexMetadata } from './types.ts';
import { obj, optNum, optStr, str } from './guards.ts';
import { t } from '../i18n/i18n.ts';

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
	const sections = dirs.map((d: unknown, i) => {
		const o = obj(d, `sections.Directory[${i}]`);
		const type = optStr(o.type) ?? 'other';
		return {
			key: String(typeof o.key === 'number' ? o.key : str(o.key, 'section.key')),
			type: (TYPES.has(type) ? type : 'other') as SectionType,
			title: optStr(o.title) ?? t('plex_library_fallback', { key: String(o.key) }),
			updatedAt: optNum(o.updatedAt),
			scannedAt: optNum(o.scannedAt),
			contentChangedAt: optNum(o.contentChangedAt)
		};
	});
	// A key listed twice is one library (the first entry counts): libraries are told apart by key.
	return sections.filter((s, i) => sections.findIndex((t) => t.key === s.key) === i);
}

/** The server's libraries; also the proof that its token is accepted (401 otherwise). */
export function getSections(client: PlexClient, uri: string, serverToken: string, signal?: AbortSignal): Promise<LibrarySection[]> {
	return client.json({ base: uri, path: '/library/sections', token: serverToken, signal, label: t('plex_label_libraries') }, parseSections);
}

export interface LibraryPage {
	items: PlexMetadata[];
	/** Items in the whole (filtered) listing, as the server counts them now. */
	totalSize: number;
	offset: number;
}

/** Reads the paging fields of one /all answer; an empty page has no Metadata key at all. */
export function parsePage(body: unknown): LibraryPage {
	const container = obj(obj(body, 'page').MediaContainer, 'page.MediaContainer');
	const raw = container.Metadata === undefined ? [] : container.Metadata;
	if (!Array.isArray(raw)) throw new TypeError('page.Metadata: expected an array');
	const items: PlexMetadata[] = [];
	for (const entry of raw) {
		if (typeof entry !== 'object' || entry === null) continue;
		const m = entry as Record<string, unknown>;
		const ratingKey = typeof m.ratingKey === 'number' ? String(m.ratingKey) : m.ratingKey;
		if (typeof ratingKey !== 'string' || typeof m.title !== 'string') continue; // unusable entry: skip it
		items.push({ ...(m as unknown as PlexMetadata), ratingKey });
	}
	const size = optNum(container.size) ?? items.length;
	return { items, totalSize: optNum(container.totalSize) ?? size, offset: optNum(container.offset) ?? 0 };
}

/** One page of /library/sections/{key}/all (X-Plex-Container-Start/Size as query parameters). */
export function getPage(
	client: PlexClient,
	uri: string,
	serverToken: string,
	sectionKey: string,
	start: number,
	size: number,
	query: Record<string, string | number> = {},
	signal?: AbortSignal
): Promise<LibraryPage> {
	return client.json(
		{
			base: uri,
			path: `/library/sections/${encodeURIComponent(sectionKey)}/all`,
			query: { ...query, 'X-Plex-Container-Start': start, 'X-Plex-Container-Size': size },
			token: serverToken,
			signal,
			timeoutMs: 30_000,
			label: t('plex_label_library')
		},
		parsePage
	);
}
