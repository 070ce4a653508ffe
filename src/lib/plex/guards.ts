/** Tiny validators for Plex JSON at the boundary: they throw on the wrong shape. */

export function obj(value: unknown, what: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${what}: expected an object`);
	return value as Record<string, unknown>;
}

export function str(value: unknown, what: string): string {
	if (typeof value !== 'string') throw new TypeError(`${what}: expected a string`);
	return value;
}

export function num(value: unknown, what: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${what}: expected a number`);
	return value;
}

export function optStr(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

export function optNum(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function optBool(value: unknown): boolean | undefined {
	return typeof value === 'boolean' ? value : undefined;
}

/**
 * A guid of Plex's current agents for a movie or show (`plex://movie/5d776…`), the id the Watchlist
 * names titles by (docs/plex-api.md §14); anything else (older agents' `com.plexapp.agents.…`) is undefined.
 */
export function plexGuid(value: unknown): string | undefined {
	return typeof value === 'string' && /^plex:\/\/(movie|show)\/[A-Za-z0-9]+$/.test(value) ? value : undefined;
}
