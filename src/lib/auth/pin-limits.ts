/** PIN polling cadence and limits (docs/plex-api.md §3): every 2 s, for at most 5 minutes. */
export const POLL_INTERVAL_MS = 2000;
export const POLL_LIMIT_MS = 5 * 60 * 1000;
export const POLL_MAX_FAILURES = 5;
