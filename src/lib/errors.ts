/**
 * Errors are values with a kind and a sentence a person understands, saying what to do next.
 * Later modules add kinds (network, timeout, unauthorized, pin-expired, ...).
 */
export type AppErrorKind =
	| 'storage-unavailable'
	| 'quota'
	| 'storage'
	| 'network'
	| 'offline'
	| 'timeout'
	| 'unauthorized'
	| 'not-found'
	| 'rate-limited'
	| 'server-error'
	| 'pin-expired'
	| 'cancelled'
	| 'bad-response'
	| 'unknown';

export class AppError extends Error {
	readonly kind: AppErrorKind;
	constructor(kind: AppErrorKind, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.kind = kind;
		this.name = 'AppError';
	}
}

function isDomException(error: unknown, name: string): boolean {
	return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/** Turns whatever IndexedDB threw into an AppError a person can act on. */
export function storageError(error: unknown): AppError {
	if (error instanceof AppError) return error;
	if (isDomException(error, 'QuotaExceededError')) {
		return new AppError(
			'quota',
			'Your browser ran out of storage space for PlexPicker. Free some space (or remove a cached library) and try again; what was saved before is still there.',
			{ cause: error }
		);
	}
	if (isDomException(error, 'InvalidStateError') || isDomException(error, 'SecurityError')) {
		return new AppError(
			'storage-unavailable',
			'This browser will not let PlexPicker store data (private browsing or blocked site data). Allow site data for this page, or use a normal window.',
			{ cause: error }
		);
	}
	return new AppError('storage', 'Saving or reading the library copy on this device failed. Reload the page and try again.', {
		cause: error
	});
}
