import { describe, expect, it } from 'vitest';
import { clientInfo } from '#lib/config.ts';

const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.73 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1';

describe('clientInfo', () => {
	it('defaults to PlexPicker and describes the browser and device', () => {
		expect(clientInfo({}, CHROME_LINUX, '0.1.0')).toEqual({
			product: 'PlexPicker',
			version: '0.1.0',
			platform: 'Chrome',
			platformVersion: '156.0.8078.73',
			device: 'Linux',
			deviceName: 'PlexPicker (Chrome on Linux)'
		});
		expect(clientInfo({}, SAFARI_IPHONE, '1')).toMatchObject({ platform: 'Safari', device: 'iPhone' });
	});

	it('takes the product, device name and platform from build-time env vars', () => {
		const info = clientInfo({ VITE_PLEX_PRODUCT: 'Movie Night', VITE_PLEX_DEVICE_NAME: 'Living room tablet', VITE_PLEX_PLATFORM: 'Web' }, CHROME_LINUX, '2');
		expect(info).toMatchObject({ product: 'Movie Night', deviceName: 'Living room tablet', platform: 'Web' });
	});

	it('ignores blank env vars', () => {
		expect(clientInfo({ VITE_PLEX_PRODUCT: '  ' }, 'curl/8', '1')).toMatchObject({ product: 'PlexPicker', platform: 'Web', device: 'Web' });
	});
});
