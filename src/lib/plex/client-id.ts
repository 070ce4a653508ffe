/**
 * The client identifier: a random UUID made once per browser and kept, so Plex sees one device
 * across reloads and sign-ins (X-Plex-Client-Identifier). PIN polling must use the same one.
 */
const KEY = 'plexpicker:client-id';

export function clientIdentifier(storage: Pick<Storage, 'getItem' | 'setItem'>, uuid: () => string = () => crypto.randomUUID()): string {
	const existing = storage.getItem(KEY);
	if (existing && /^[0-9a-f-]{16,64}$/i.test(existing)) return existing;
	const made = uuid();
	storage.setItem(KEY, made);
	return made;
}
