import { PlexError, type Identity } from '#lib/plex/client.ts';

/** The identity a desktop Chrome would send (the client id is fixed so tests can look for it). */
export const testIdentity: Identity = {
	clientId: '3c7f2a9e-5b1d-4e8a-9f60-2d4c8b1a7e35',
	product: 'PlexPicker',
	version: '0.1.0',
	platform: 'Chrome',
	platformVersion: '156',
	device: 'Linux',
	deviceName: 'PlexPicker (Chrome on Linux)'
};

/** Resolves with the PlexError a call failed with (fails the test if it succeeded or failed otherwise). */
export async function plexFailure(call: Promise<unknown>): Promise<PlexError> {
	try {
		await call;
	} catch (error) {
		if (error instanceof PlexError) return error;
		throw error;
	}
	throw new Error('expected the call to fail');
}
