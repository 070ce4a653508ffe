import { t } from './i18n/i18n.ts';

/**
 * Errors are values with a kind and a sentence a person understands, saying what to do next.
 * Later modules add kinds (network, timeout, unauthorized, pin-expired, ...).
 * The sentence is worded in the app's language when the error is made (i18n's `t`).
 */
export type AppErrorKind =
	| 'storage-unavailable'
	| 'quota'
	| 'storage'
	| 'network'
	/** The host answered, but refused to let this site read the answer (CORS): Plex's policy, not the network. */
	| 'cors-refused'
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
			t('core_storage_quota'),
			{ cause: error }
		);
	}
	if (isDomException(error, 'InvalidStateError') || isDomException(error, 'SecurityError')) {
		return new AppError(
			'storage-unavailable',
			t('core_storage_unavailable'),
			{ cause: error }
		);
	}
	return new AppError('storage', t('core_storage_failed'), { cause: error });
}

/**
 * Parts of the app are loaded when first needed (sign-in, sync, connecting). Offline, or when the
 * connection drops at that moment, the browser fails the import with a TypeError whose words
 * differ per browser: recognise it, so the person hears "check your connection", not "unknown".
 */
export function isModuleLoadError(error: unknown): boolean {
	return (
		error instanceof TypeError &&
		/dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(error.message)
	);
}

/** An AppError as it is, a failed module load as a network error, anything else with `fallback`'s words. */
export function asAppError(error: unknown, fallback: string): AppError {
	if (error instanceof AppError) return error;
	if (isModuleLoadError(error)) {
		return new AppError('network', t('core_module_load_failed'), { cause: error });
	}
	return new AppError('unknown', fallback, { cause: error });
}
