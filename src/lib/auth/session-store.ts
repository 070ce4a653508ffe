import type { Account } from '../plex/account.ts';

/**
 * What survives a reload: the signed-in account with its token, and a PIN being approved
 * (so a same-tab redirect to app.plex.tv can come back and keep polling the same PIN).
 * Kept in localStorage: small, synchronous, shared by the app's tabs (which see each other's
 * changes through the `storage` event).
 */
export const SESSION_KEY = 'plexpicker:session';
export const PENDING_PIN_KEY = 'plexpicker:pending-pin';

export interface SavedSession {
	token: string;
	account: Account;
}

export interface PendingPin {
	id: number;
	code: string;
	expiresAt: number;
	/** When sign-in began (ms): the 5-minute limit counts from here. */
	startedAt: number;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read<T>(storage: Store, key: string, valid: (v: Record<string, unknown>) => boolean): T | undefined {
	try {
		const raw = storage.getItem(key);
		if (!raw) return undefined;
		const value = JSON.parse(raw) as unknown;
		return typeof value === 'object' && value !== null && valid(value as Record<string, unknown>) ? (value as T) : undefined;
	} catch {
		return undefined;
	}
}

export function loadSession(storage: Store): SavedSession | undefined {
	return read<SavedSession>(
		storage,
		SESSION_KEY,
		(v) => typeof v.token === 'string' && v.token !== '' && typeof v.account === 'object' && v.account !== null && typeof (v.account as Account).username === 'string'
	);
}

export function saveSession(storage: Store, session: SavedSession): void {
	storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function loadPendingPin(storage: Store): PendingPin | undefined {
	return read<PendingPin>(
		storage,
		PENDING_PIN_KEY,
		(v) => typeof v.id === 'number' && typeof v.code === 'string' && typeof v.expiresAt === 'number' && typeof v.startedAt === 'number'
	);
}

export function savePendingPin(storage: Store, pin: PendingPin): void {
	storage.setItem(PENDING_PIN_KEY, JSON.stringify(pin));
}

export function forget(storage: Store, ...keys: string[]): void {
	for (const key of keys) storage.removeItem(key);
}
