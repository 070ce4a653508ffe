/**
 * Reads a whole Plex list page by page (docs/plex-api.md §7, §9): asks for
 * X-Plex-Container-Start/Size and follows what the server really sent, because a server may
 * cap a page below the size asked for, or page a list nobody asked it to page.
 * One page at a time: these lists are small next to a library sync.
 */

/** What one page says about itself: its entries, the whole list's totalSize, and where it starts. */
export interface ListPage<T> {
	items: T[];
	totalSize: number;
	/** Where the server says this page starts (absent when it does not say, i.e. it did not page). */
	offset?: number;
	/** Entries the server sent on this page, usable or not (default: items.length). */
	count?: number;
}

/** The paging fields of a MediaContainer: `size` (this page), `totalSize`, `offset`. */
export function pageInfo(body: unknown): { count: number; totalSize: number; offset: number | undefined } {
	const container = (typeof body === 'object' && body !== null ? (body as { MediaContainer?: unknown }).MediaContainer : undefined) as Record<string, unknown> | undefined;
	const sent = Array.isArray(container?.Metadata) ? container.Metadata.length : 0;
	const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
	const count = number(container?.size) ?? sent;
	return { count, totalSize: number(container?.totalSize) ?? count, offset: number(container?.offset) };
}

export interface PagingOptions {
	/** Entries asked for per page. */
	pageSize?: number;
	/** Stops a list that never ends (a server that keeps answering the same page) after this many pages. */
	maxPages?: number;
}

export const LIST_PAGE_SIZE = 200;
const MAX_PAGES = 500;

/**
 * Every entry of a paged list. `page(start, size)` fetches one page. Stops when the server's
 * totalSize is reached, when a page comes back empty, or when a later page does not report the
 * offset asked for (the server ignored paging; a paged answer carries `offset`, docs/plex-api.md §7).
 */
export async function allPages<T>(page: (start: number, size: number) => Promise<ListPage<T>>, options: PagingOptions = {}): Promise<T[]> {
	const size = options.pageSize ?? LIST_PAGE_SIZE;
	const maxPages = options.maxPages ?? MAX_PAGES;
	const items: T[] = [];
	let start = 0;
	for (let n = 0; n < maxPages; n++) {
		const p = await page(start, size);
		// A later page must say it starts where we asked; one that does not (no offset, or 0 again)
		// ignored the paging and would repeat what we have.
		if (start > 0 && p.offset !== start) break;
		items.push(...p.items);
		const count = p.count ?? p.items.length;
		start += count;
		if (count === 0 || start >= p.totalSize) break;
	}
	return items;
}
