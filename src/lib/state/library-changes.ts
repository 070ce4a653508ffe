import type { LibraryCache } from '../cache/library-cache.ts';
import type { LibraryRecord } from '../library/types.ts';
import type { LibraryState } from './library.svelte.ts';

/*
 * LibraryState's changes after the first open: another saved library opened or joined, a sync that
 * saved or removed one, removing the Plex libraries after signing out. Only the screens that make
 * them (picking, servers, the page after a sign-out) call these, so a first visit does not load
 * them (the first-load budget, scripts/measure.mjs).
 */

/** What of LibraryState these change besides its public fields. */
export interface LibraryControl {
	readonly cache: LibraryCache;
	/** Shows `record` as the open library. */
	open(record: LibraryRecord): void;
	/** Remembers which libraries are picked from together with the open one. */
	keepAlso(ids: string[]): void;
	/** Says what went wrong (a storage error, in the app's words). */
	fail(error: unknown): void;
}

/** Adds a saved library to the ones picked from together, or takes it out again. */
export async function toggleAlso(state: LibraryState, c: LibraryControl, id: string): Promise<void> {
	if (state.also.some((r) => r.meta.id === id)) {
		state.also = state.also.filter((r) => r.meta.id !== id);
	} else {
		try {
			const record = await c.cache.load(id);
			if (record && state.meta && record.meta.type === state.meta.type && record.meta.id !== state.meta.id) state.also = [...state.also, record];
		} catch (error) {
			c.fail(error);
		}
	}
	c.keepAlso(state.also.map((r) => r.meta.id));
}

/** Opens another saved library for picking. */
export async function open(c: LibraryControl, id: string): Promise<void> {
	try {
		const record = await c.cache.load(id);
		if (record) c.open(record);
	} catch (error) {
		c.fail(error);
	}
}

/**
 * A library was saved (by a sync) or removed: refresh the list, and show the new copy if it is
 * open (the pick follows it: see PickSession.current), or open it if nothing is.
 */
export async function libraryChanged(state: LibraryState, c: LibraryControl, record?: LibraryRecord, removedId?: string): Promise<void> {
	try {
		state.cached = await c.cache.list();
	} catch (error) {
		c.fail(error);
	}
	if (record && state.also.some((r) => r.meta.id === record.meta.id)) {
		state.also = state.also.map((r) => (r.meta.id === record.meta.id ? record : r));
	} else if (removedId && state.also.some((r) => r.meta.id === removedId)) {
		state.also = state.also.filter((r) => r.meta.id !== removedId);
	} else if (record && state.library?.meta.id === record.meta.id) {
		state.library = record;
	} else if (record && !state.library) {
		c.open(record);
	} else if (removedId && state.library?.meta.id === removedId) {
		state.library = null;
		await state.start();
	}
}

/** Removes every saved library from Plex servers (after sign-out); the demo library stays. */
export async function removePlexLibraries(state: LibraryState, c: LibraryControl): Promise<void> {
	try {
		for (const meta of state.cached) if (meta.source === 'plex') await c.cache.remove(meta.id);
		state.cached = await c.cache.list();
		state.also = state.also.filter((r) => r.meta.source !== 'plex');
		if (state.library && state.library.meta.source === 'plex') {
			state.library = null;
			await state.start();
		}
	} catch (error) {
		c.fail(error);
	}
}
