/**
 * The response shapes the fake world is built from. The files were copied from the team's Plex
 * reference pack (reconstructed bodies, not captures; see README.md "Where the samples come
 * from"); what Plex really does, with public sources, is docs/plex-api.md. Imported as JSON
 * modules so this file works in Node, vitest (node and jsdom) and Playwright alike, with no file
 * system access.
 *
 * Everything here is read-only: the world deep-clones what it keeps (`clone()`).
 */
import index from './samples/index.json' with { type: 'json' };
import pinCreate from './samples/plextv-pins-create-strong.json' with { type: 'json' };
import pinAuthorised from './samples/plextv-pins-get-authorised.json' with { type: 'json' };
import pinExpired from './samples/plextv-pins-get-expired-404.json' with { type: 'json' };
import invalidToken from './samples/plextv-401-invalid-token.json' with { type: 'json' };
import friendsGone from './samples/plextv-friends-410-gone.json' with { type: 'json' };
import user from './samples/plextv-user.json' with { type: 'json' };
import resources from './samples/plextv-resources.json' with { type: 'json' };
import v2Server from './samples/plextv-v2-servers-machineid.json' with { type: 'json' };
import sharedAccepted from './samples/plextv-shared-servers-owned-accepted.json' with { type: 'json' };
import sharedPending from './samples/plextv-shared-servers-invites-owned-pending.json' with { type: 'json' };
import shareCreated from './samples/plextv-shared-servers-create-response-201.json' with { type: 'json' };
import shareAlready from './samples/plextv-shared-servers-create-422-already-shared.json' with { type: 'json' };
import shareUpdated from './samples/plextv-shared-servers-id-update-response.json' with { type: 'json' };
import identity from './samples/pms-identity.json' with { type: 'json' };
import sections from './samples/pms-library-sections.json' with { type: 'json' };
import moviesPage1 from './samples/pms-library-sections-1-all-page1.json' with { type: 'json' };
import moviesPage2 from './samples/pms-library-sections-1-all-page2.json' with { type: 'json' };
import showsAll from './samples/pms-library-sections-2-all.json' with { type: 'json' };
import emptyAll from './samples/pms-library-sections-6-all-empty.json' with { type: 'json' };
import genres from './samples/pms-library-sections-1-genre.json' with { type: 'json' };
import collections from './samples/pms-library-sections-1-collections.json' with { type: 'json' };
import playlists from './samples/pms-playlists.json' with { type: 'json' };
import seasons from './samples/pms-library-metadata-2001-children.json' with { type: 'json' };
import episodes from './samples/pms-library-metadata-2001-allLeaves.json' with { type: 'json' };

/** Any JSON object the fake serves. Sample types are kept loose on purpose: Plex adds fields. */
export type JsonObject = Record<string, unknown>;

/** A `Metadata[]` entry of a PMS MediaContainer (movie, show, season, episode, collection...). */
export interface MetadataItem {
	ratingKey: string;
	key: string;
	type: string;
	title: string;
	year?: number;
	contentRating?: string;
	duration?: number;
	addedAt?: number;
	updatedAt?: number;
	viewCount?: number;
	lastViewedAt?: number;
	leafCount?: number;
	viewedLeafCount?: number;
	childCount?: number;
	Genre?: { tag: string }[];
	[field: string]: unknown;
}

/** A device of `GET plex.tv/api/v2/resources`. */
export interface ResourceConnection {
	protocol: string;
	address: string;
	port: number;
	uri: string;
	local: boolean;
	relay: boolean;
	IPv6: boolean;
}
export interface Resource {
	name: string;
	clientIdentifier: string;
	provides: string;
	accessToken: string | null;
	owned: boolean;
	presence: boolean;
	ownerId: number | null;
	sourceTitle: string | null;
	connections: ResourceConnection[];
	[field: string]: unknown;
}

/** A PMS `Directory` of `/library/sections`. */
export interface SectionDirectory {
	key: string;
	type: string;
	title: string;
	uuid: string;
	updatedAt: number;
	scannedAt: number;
	contentChangedAt: number;
	[field: string]: unknown;
}

/** Deep copy, so that a world can change what it holds without touching the samples. */
export function clone<T>(value: T): T {
	return structuredClone(value);
}

/** `{ MediaContainer }` minus `Metadata`/`Directory`/paging fields: the header a response reuses. */
export function containerHeader(body: { MediaContainer: JsonObject }): JsonObject {
	const header: JsonObject = {};
	for (const [field, value] of Object.entries(body.MediaContainer)) {
		if (!['size', 'totalSize', 'offset', 'Metadata', 'Directory'].includes(field)) header[field] = value;
	}
	return header;
}

export const TOKENS = {
	account: index.tokens.account,
	owned: index.tokens['Okafor Vault (owned)'],
	shared: index.tokens["Dad's Plex (shared)"],
	offline: index.tokens['Cabin NAS (owned, offline)']
} as const;

/**
 * `pms-401-unauthorized.html`, inlined because HTML cannot be imported as a module everywhere.
 * tests/unit/fake-plex/samples.test.ts checks it still equals the file byte for byte.
 */
export const PMS_401_HTML =
	'<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>\n';

export const samples = {
	index,
	pinCreate,
	pinAuthorised,
	pinExpired,
	invalidToken,
	friendsGone,
	user,
	resources: resources as Resource[],
	v2Server,
	sharedAccepted: sharedAccepted as JsonObject[],
	sharedPending: sharedPending as JsonObject[],
	shareCreated,
	shareAlready,
	shareUpdated,
	identity,
	sections: sections as { MediaContainer: JsonObject & { Directory: SectionDirectory[] } },
	moviesPage1: moviesPage1 as { MediaContainer: JsonObject & { Metadata: MetadataItem[] } },
	moviesPage2: moviesPage2 as { MediaContainer: JsonObject & { Metadata: MetadataItem[] } },
	showsAll: showsAll as { MediaContainer: JsonObject & { Metadata: MetadataItem[] } },
	emptyAll: emptyAll as { MediaContainer: JsonObject },
	genres: genres as { MediaContainer: JsonObject & { Directory: JsonObject[] } },
	collections: collections as unknown as { MediaContainer: JsonObject & { Metadata: MetadataItem[] } },
	playlists: playlists as { MediaContainer: JsonObject & { Metadata: MetadataItem[] } },
	seasons: seasons as { MediaContainer: JsonObject & { Metadata: MetadataItem[]; Directory: JsonObject[] } },
	episodes: episodes as { MediaContainer: JsonObject & { Metadata: MetadataItem[] } }
};
