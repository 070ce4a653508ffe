/**
 * One Plex Media Server's libraries: sections, their items and the `/all` query language
 * (filters, sort, paging). Pure data + functions; the HTTP side lives in routes/pms.ts.
 */
import { generateMovies, generateShows } from './generate.ts';
import { clone, containerHeader, samples } from './samples.ts';
import type { JsonObject, MetadataItem, SectionDirectory } from './samples.ts';

export type SectionType = 'movie' | 'show' | 'artist' | 'photo';

export interface SectionSpec {
	/** PMS section key, a string like Plex's ("1", "2", ...). */
	key: string;
	type?: SectionType;
	title?: string;
	/** Items as `/all` lists them (default order = this order). */
	items?: MetadataItem[];
	/** Generate this many movies instead (generateMovies, seeded). */
	movies?: { count: number; seed?: number; startRatingKey?: number };
	/** Generate this many shows instead (generateShows, seeded; a `show` section). */
	shows?: { count: number; seed?: number; startRatingKey?: number };
	/** The `/library/sections` entry to start from (default: the sample entry of the same type). */
	directory?: SectionDirectory;
	/** plex.tv's global id of this section (sharing uses it); derived when absent. */
	globalId?: number;
	uuid?: string;
	/** Unix seconds for updatedAt/scannedAt of the section. */
	updatedAt?: number;
	/** `/genre` Directory entries; derived from the items' Genre tags when absent. */
	genres?: JsonObject[];
	/** `/collections` Metadata entries (default: none). */
	collections?: MetadataItem[];
}

export interface Section {
	directory: SectionDirectory;
	globalId: number;
	/** MediaContainer fields of `/all` other than size/totalSize/offset/Metadata. */
	header: JsonObject;
	items: MetadataItem[];
	genres?: JsonObject[];
	collections: MetadataItem[];
}

/** How `/all` pages: a real PMS honours the requested size; these let a test bend that. */
export interface PagingBehaviour {
	/** Never return more than this many items per page, whatever was asked. */
	maxPageSize?: number;
	/** Ignore X-Plex-Container-Start/Size and return everything (offset 0). */
	ignorePaging?: boolean;
}

const TEMPLATE_BY_TYPE: Record<SectionType, string> = { movie: '1', show: '2', artist: '3', photo: '4' };
const ALL_TITLE: Record<SectionType, string> = { movie: 'All Movies', show: 'All Shows', artist: 'All Artists', photo: 'All Photos' };

function directoryTemplate(type: SectionType): SectionDirectory {
	const found = samples.sections.MediaContainer.Directory.find((d) => d.key === TEMPLATE_BY_TYPE[type]);
	if (!found) throw new Error(`fake-plex: no sample section of type ${type}`);
	return clone(found);
}

function headerTemplate(type: SectionType, empty: boolean): JsonObject {
	if (type === 'movie' && !empty) return containerHeader(samples.moviesPage1);
	if (type === 'show') return containerHeader(samples.showsAll);
	return { ...containerHeader(samples.emptyAll), title2: ALL_TITLE[type], viewGroup: type };
}

/** Small stable string hash (FNV-1a) for derived ids. */
export function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

export function makeSection(spec: SectionSpec, serverSeed: string): Section {
	const type = spec.type ?? 'movie';
	const directory = spec.directory ? clone(spec.directory) : directoryTemplate(type);
	const title = spec.title ?? directory.title;
	const items = spec.movies
		? generateMovies({ ...spec.movies, sectionId: Number(spec.key) }).items
		: spec.shows
			? generateShows({ ...spec.shows, sectionId: Number(spec.key) }).items
			: (spec.items ?? []);
	const h = hash(`${serverSeed}/${spec.key}`).toString(16).padStart(8, '0');
	const uuid = spec.uuid ?? `${h}-0000-4000-8000-${h}${h.slice(0, 4)}`;
	Object.assign(directory, {
		composite: `/library/sections/${spec.key}/composite/${spec.updatedAt ?? directory.updatedAt}`,
		key: spec.key,
		title,
		uuid,
		...(spec.updatedAt === undefined ? {} : { updatedAt: spec.updatedAt, scannedAt: spec.updatedAt })
	});
	const header = {
		...headerTemplate(type, items.length === 0),
		librarySectionID: Number(spec.key),
		librarySectionTitle: title,
		librarySectionUUID: uuid,
		title1: title
	};
	return {
		directory,
		globalId: spec.globalId ?? 150000000 + (hash(`${serverSeed}#${spec.key}`) % 50000000),
		header,
		items,
		genres: spec.genres,
		collections: spec.collections ?? []
	};
}

/** The sample server's sections: Movies (the 9 sample movies), TV Shows (3 shows), Music, Photos, Documentaries (empty). */
export function sampleSections(options: { librarySize?: number; librarySeed?: number } = {}): SectionSpec[] {
	const globalIds = new Map(samples.v2Server.librarySections.map((s) => [String(s.key), s.id]));
	return samples.sections.MediaContainer.Directory.map((dir): SectionSpec => {
		const spec: SectionSpec = {
			key: dir.key,
			type: dir.type as SectionType,
			title: dir.title,
			uuid: dir.uuid,
			directory: dir,
			globalId: globalIds.get(dir.key)
		};
		if (dir.key === '1') {
			spec.genres = clone(samples.genres.MediaContainer.Directory);
			spec.collections = clone(samples.collections.MediaContainer.Metadata);
			if (options.librarySize === undefined) {
				spec.items = clone([...samples.moviesPage1.MediaContainer.Metadata, ...samples.moviesPage2.MediaContainer.Metadata]);
			} else {
				spec.movies = { count: options.librarySize, seed: options.librarySeed ?? 1 };
				spec.genres = undefined; // derive from the generated items
			}
		}
		if (dir.key === '2') spec.items = clone(samples.showsAll.MediaContainer.Metadata);
		return spec;
	});
}

/** `/genre` entries: the section's own list, else one per distinct Genre tag of its items. */
export function sectionGenres(section: Section): JsonObject[] {
	if (section.genres) return section.genres;
	const known = new Map(samples.genres.MediaContainer.Directory.map((g) => [String(g.title), String(g.key)]));
	const tags = new Set<string>();
	for (const item of section.items) for (const g of item.Genre ?? []) tags.add(g.tag);
	return [...tags].sort().map((title, i) => {
		const key = known.get(title) ?? String(1000 + i);
		return { fastKey: `/library/sections/${section.directory.key}/all?genre=${key}`, key, title, type: 'genre' };
	});
}

const NUMERIC_FIELDS = new Set(['year', 'duration', 'addedAt', 'updatedAt', 'lastViewedAt', 'viewCount', 'rating', 'audienceRating', 'leafCount']);

/** Plex's numeric result types (`type=`): docs/plex-api.md §8. */
export const TYPE_NUMBER: Partial<Record<SectionType, number>> = { movie: 1, show: 2, artist: 8, photo: 14 };

function unwatchedMovie(item: MetadataItem): boolean {
	return !item.viewCount;
}

/** A show with at least one unwatched episode (Plex's show-level `unwatchedLeaves`). */
function unwatchedLeaves(item: MetadataItem): boolean {
	return (item.viewedLeafCount ?? 0) < (item.leafCount ?? 0);
}

/**
 * Applies the `/all` filters this fake understands; like Plex, anything it does not know is
 * silently ignored (docs/plex-api.md §8). Field scoping follows Plex's media-query rules:
 *  - `type=` names the result type (1 movie, 2 show). A type other than the section's own
 *    top level lists nothing here (the fake has no season/episode listings on `/all`).
 *  - Without `type`, a movie section still reads unqualified fields as movie fields (one level,
 *    nothing to confuse), but a show section applies NO filter at all: what a bare field means
 *    there is not what a client would assume (python-plexapi maps `unwatched` on a show library to
 *    `episode.unwatched`), so a client that leaves the type out gets the whole library back.
 *  - With `type=2`, `unwatchedLeaves` (or `show.unwatchedLeaves`, or `episode.unwatched`) is the
 *    "has an unwatched episode" filter; a bare `unwatched` is not a show field and is ignored.
 * Supported: unwatched=0|1 (movies), unwatchedLeaves=0|1 (shows), genre=<id>, year=, decade=,
 * contentRating=a,b, <field>>>=n and <field><<=n (numeric fields; STRICT, "after"/"before", as
 * Plex documents them), sort=<field>[:asc|:desc] (titleSort = title).
 * Filters are ANDed, except inside a filter group: `push=1` opens one, `or=1` between its filters
 * makes it "match any" (`and=1` "match all"), `pop=1` closes it, as Plex's advanced filters
 * (docs/plex-api.md §8). With `groups: false` (a server without filter groups) push, or, and and
 * pop are unknown fields: ignored, so every filter is ANDed.
 */
export function filterItems(section: Section, query: URLSearchParams, options: { groups?: boolean } = {}): MetadataItem[] {
	const own = section.directory.type as SectionType;
	const typeParam = query.get('type');
	let items = section.items;
	if (typeParam !== null && Number(typeParam) !== TYPE_NUMBER[own]) items = [];
	const scoped = typeParam !== null || own === 'movie';
	const groups = options.groups ?? true;
	const root: Group = { any: false, parts: [] };
	const open: Group[] = [root];
	for (const [name, value] of scoped ? query : []) {
		const group = open.at(-1)!;
		if (groups && name === 'push' && value === '1') {
			const inner: Group = { any: false, parts: [] };
			group.parts.push(inner);
			open.push(inner);
		} else if (groups && (name === 'or' || name === 'and') && value === '1') group.any = name === 'or';
		else if (groups && name === 'pop' && value === '1') {
			if (open.length > 1) open.pop();
		} else {
			const test = filterOf(section, own, name, value);
			if (test) group.parts.push(test);
		}
	}
	if (root.parts.length > 0) items = items.filter((i) => matches(root, i));
	const sort = query.get('sort');
	if (sort) items = sortItems(items, sort);
	return items;
}

interface Group {
	/** "Match any" (or=1) rather than "match all". */
	any: boolean;
	parts: Array<Group | ((item: MetadataItem) => boolean)>;
}

function matches(group: Group, item: MetadataItem): boolean {
	const one = (part: Group['parts'][number]) => (typeof part === 'function' ? part(item) : matches(part, item));
	// An empty group matches everything, as no filter does.
	if (group.parts.length === 0) return true;
	return group.any ? group.parts.some(one) : group.parts.every(one);
}

/** The test one known filter applies, or undefined for a field the fake does not know (ignored). */
function filterOf(section: Section, own: SectionType, name: string, value: string): ((item: MetadataItem) => boolean) | undefined {
	const unwatchedField = own === 'show' ? ['unwatchedLeaves', 'show.unwatchedLeaves', 'episode.unwatched'].includes(name) : name === 'unwatched';
	if (unwatchedField && (value === '1' || value === '0')) {
		const test = own === 'show' ? unwatchedLeaves : unwatchedMovie;
		return (i) => test(i) === (value === '1');
	}
	if (name === 'year') return (i) => i.year === Number(value);
	if (name === 'decade') return (i) => i.year !== undefined && i.year >= Number(value) && i.year < Number(value) + 10;
	if (name === 'contentRating') {
		const wanted = value.split(',');
		return (i) => i.contentRating !== undefined && wanted.includes(i.contentRating);
	}
	if (name === 'genre') {
		const genre = sectionGenres(section).find((g) => String(g.key) === value);
		return (i) => genre !== undefined && (i.Genre ?? []).some((g) => g.tag === genre.title);
	}
	if (/^\w+(>>|<<)$/.test(name) && NUMERIC_FIELDS.has(name.slice(0, -2))) {
		const field = name.slice(0, -2);
		const bound = Number(value);
		const after = name.endsWith('>>');
		return (i) => {
			const v = i[field];
			return typeof v === 'number' && (after ? v > bound : v < bound);
		};
	}
	return undefined;
}

// A paged sync asks for the same sorted listing once per page: sort each list once per order
// (a 50,000-item library would otherwise be sorted 250 times). Keyed by the list itself, which a
// library change replaces (changeLibrary, markWatched), so a change is never served stale.
const sorted = new WeakMap<MetadataItem[], Map<string, MetadataItem[]>>();

function sortItems(items: MetadataItem[], sort: string): MetadataItem[] {
	let orders = sorted.get(items);
	if (!orders) sorted.set(items, (orders = new Map()));
	let result = orders.get(sort);
	if (!result) orders.set(sort, (result = sortItemsOnce(items, sort)));
	return result;
}

function sortItemsOnce(items: MetadataItem[], sort: string): MetadataItem[] {
	const [rawField = 'titleSort', direction = 'asc'] = sort.split(':');
	const field = rawField === 'titleSort' ? 'title' : rawField;
	const sign = direction === 'desc' ? -1 : 1;
	const value = (i: MetadataItem) => i[field];
	return [...items].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
		return sign * String(x ?? '').localeCompare(String(y ?? ''), 'en');
	});
}

export interface Page {
	items: MetadataItem[];
	/** Present only when paging was asked for (Plex adds offset/totalSize then). */
	paging?: { offset: number; totalSize: number };
}

/** X-Plex-Container-Start/Size (query or header) → the page to return. */
export function pageOf(items: MetadataItem[], start: string | null, size: string | null, behaviour: PagingBehaviour = {}): Page {
	if ((start === null && size === null) || behaviour.ignorePaging) {
		return behaviour.ignorePaging && (start !== null || size !== null)
			? { items, paging: { offset: 0, totalSize: items.length } }
			: { items };
	}
	const offset = Math.max(0, Math.floor(Number(start ?? 0)) || 0);
	let count = size === null ? items.length : Math.max(0, Math.floor(Number(size)) || 0);
	if (behaviour.maxPageSize !== undefined) count = Math.min(count, behaviour.maxPageSize);
	return { items: items.slice(offset, offset + count), paging: { offset, totalSize: items.length } };
}
