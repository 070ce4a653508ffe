import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCandidates } from '#lib/connection/candidates.ts';
import { parseResources } from '#lib/plex/resources.ts';

const resources = parseResources(JSON.parse(readFileSync(new URL('../../fake-plex/samples/plextv-resources.json', import.meta.url), 'utf8')));
const vault = resources.find((s) => s.name === 'Okafor Vault')!;
const dads = resources.find((s) => s.name === "Dad's Plex")!;

describe('parseResources on the real shape', () => {
	it('keeps servers only, owned and shared, each with its own token', () => {
		expect(resources.map((s) => s.name)).toEqual(['Okafor Vault', "Dad's Plex", 'Cabin NAS']);
		expect(vault).toMatchObject({ owned: true, accessToken: 'fake-srv1-Hn3Kd8Lq2V', presence: true, machineId: 'a3f1c9d27b4e58f6012c3d4e5f60718293a4b5c6' });
		expect(dads).toMatchObject({ owned: false, ownerName: 'okafor.senior', accessToken: 'fake-shrd-Ab4Cd5Ef6G' });
		expect(resources.find((s) => s.name === 'Cabin NAS')?.presence).toBe(false);
	});

	it('rejects a body that is not a list, and skips entries it cannot use', () => {
		expect(() => parseResources({ MediaContainer: {} })).toThrow();
		expect(parseResources([{ provides: 'server', name: 'no token', clientIdentifier: 'x' }, 7, null])).toEqual([]);
	});
});

describe('buildCandidates', () => {
	it('owned server on an http page: https before http, local before remote, relay last', () => {
		const { candidates, excluded } = buildCandidates(vault, { pageProtocol: 'http:' });
		expect(candidates.map((c) => `${c.kind}:${c.protocol}${c.ipv6 ? ':v6' : ''}`)).toEqual([
			'local:https',
			'local:https:v6',
			'remote:https',
			'local:http',
			'relay:https'
		]);
		expect(excluded).toEqual([]);
	});

	it('on an https page leaves plain-http addresses out as mixed content', () => {
		const { candidates, excluded } = buildCandidates(vault, { pageProtocol: 'https:' });
		expect(candidates.every((c) => c.protocol === 'https')).toBe(true);
		expect(excluded).toEqual([{ uri: 'http://192.168.1.20:32400', kind: 'local', reason: 'mixed-content' }]);
		// Local Network Access granted: Chrome lets local http through, so it is tried.
		expect(buildCandidates(vault, { pageProtocol: 'https:', allowInsecureLocal: true }).excluded).toEqual([]);
	});

	it('drops a shared server’s LAN addresses unless we are on its network', () => {
		const away = buildCandidates(dads, { pageProtocol: 'https:' });
		expect(away.candidates.map((c) => c.kind)).toEqual(['remote', 'relay']);
		expect(away.excluded).toEqual([{ uri: 'https://10-0-0-5.41b7e9c3a2d84f10b5c6d7e8f9a0b1c2.plex.direct:32400', kind: 'local', reason: 'shared-lan' }]);
		const there = buildCandidates({ ...dads, publicAddressMatches: true }, { pageProtocol: 'https:' });
		expect(there.candidates.map((c) => c.kind)).toEqual(['local', 'remote', 'relay']);
	});

	it('tries the connection that worked last time first, but never puts the relay first', () => {
		const remote = vault.connections.find((c) => !c.local && !c.relay)!.uri;
		const { candidates } = buildCandidates(vault, { pageProtocol: 'https:', lastWorking: remote });
		expect(candidates[0]).toMatchObject({ uri: remote, remembered: true });
		const relay = vault.connections.find((c) => c.relay)!.uri;
		expect(buildCandidates(vault, { pageProtocol: 'https:', lastWorking: relay }).candidates.at(-1)?.uri).toBe(relay);
	});
});
