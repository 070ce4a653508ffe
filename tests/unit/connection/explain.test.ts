import { describe, expect, it } from 'vitest';
import { explainFailure } from '#lib/connection/explain.ts';
import type { Attempt } from '#lib/connection/race.ts';

const server = { name: 'Okafor Vault', owned: true, ownerName: undefined, presence: true, lastSeenAt: Date.now() - 3 * 86_400_000, dnsRebindingProtection: false };
const a = (uri: string, kind: Attempt['kind'], outcome: Attempt['outcome']): Attempt => ({ uri, kind, outcome, ms: 10 });
const LAN = 'https://192-168-1-20.abc.plex.direct:32400';
const WAN = 'https://203-0-113-45.abc.plex.direct:32400';
const kinds = (r: { kind: string }[]) => r.map((x) => x.kind);

describe('explainFailure', () => {
	it('server offline: says plex.tv has not heard from it and what to do', () => {
		const r = explainFailure({ ...server, presence: false }, [a(LAN, 'local', 'unreachable')], [], { pageProtocol: 'https:' });
		expect(r[0]).toMatchObject({ kind: 'server-offline' });
		expect(r[0]!.text).toMatch(/not heard from Okafor Vault for 3 days.*Start it/);
	});

	it('mixed content: an https page and only http addresses', () => {
		const r = explainFailure(server, [], [{ uri: 'http://192.168.1.20:32400', kind: 'local', reason: 'mixed-content' }], { pageProtocol: 'https:' });
		expect(kinds(r)).toEqual(['mixed-content']);
		expect(r[0]!.text).toMatch(/Secure connections/);
	});

	it('local network access denied or not yet asked (Chrome 142+)', () => {
		const denied = explainFailure(server, [a(LAN, 'local', 'unreachable')], [], { pageProtocol: 'https:', localNetworkAccess: 'denied' });
		expect(kinds(denied)).toContain('local-network-access');
		expect(denied.find((x) => x.kind === 'local-network-access')!.text).toMatch(/Allow “Local network access”/);
		const prompt = explainFailure(server, [a(LAN, 'local', 'unreachable')], [], { pageProtocol: 'https:', localNetworkAccess: 'prompt' });
		expect(prompt.find((x) => x.kind === 'local-network-access')!.text).toMatch(/choose “Allow”/);
	});

	it('DNS rebinding protection blocking plex.direct', () => {
		const r = explainFailure({ ...server, dnsRebindingProtection: true }, [a(LAN, 'local', 'unreachable'), a(WAN, 'remote', 'timeout')], [], { pageProtocol: 'https:' });
		expect(kinds(r)).toContain('dns-rebinding');
	});

	it('certificate problems on secure addresses that are not plex.direct', () => {
		const r = explainFailure(server, [a('https://plex.example.org:32400', 'remote', 'unreachable')], [], { pageProtocol: 'https:' });
		expect(r.find((x) => x.kind === 'certificate')!.text).toMatch(/plex\.example\.org:32400.*certificate/);
	});

	it('token rejected on a shared server: names the owner', () => {
		const r = explainFailure({ ...server, owned: false, ownerName: 'okafor.senior' }, [a(WAN, 'remote', 'connected')], [], { pageProtocol: 'https:', tokenRejected: true });
		expect(kinds(r)).toEqual(['token-rejected']);
		expect(r[0]!.text).toMatch(/okafor\.senior may have stopped sharing/);
	});

	it('all timed out', () => {
		const r = explainFailure(server, [a(LAN, 'local', 'timeout'), a(WAN, 'remote', 'timeout')], [], { pageProtocol: 'https:' });
		expect(kinds(r)).toEqual(['timeout']);
	});

	it('a different machine answered', () => {
		const r = explainFailure(server, [a(LAN, 'local', 'wrong-server'), a(WAN, 'remote', 'timeout')], [], { pageProtocol: 'https:' });
		expect(kinds(r)).toContain('wrong-server');
	});

	it('a shared server with only its owner’s LAN addresses', () => {
		const r = explainFailure({ ...server, owned: false, ownerName: 'okafor.senior' }, [], [{ uri: LAN, kind: 'local', reason: 'shared-lan' }], { pageProtocol: 'https:' });
		expect(r[0]!.text).toMatch(/Remote Access/);
	});

	it('always gives at least one reason when nothing connected', () => {
		const r = explainFailure(server, [a(WAN, 'remote', 'unreachable')], [], { pageProtocol: 'https:' });
		expect(r.length).toBeGreaterThan(0);
	});
});

describe('explainFailure: CORS refusals (docs/plex-api.md §2)', () => {
	it('names the server and the host that refused, says it is Plex policy, and never "check Remote Access"', () => {
		const r = explainFailure({ ...server, owned: false, ownerName: 'okafor.senior' }, [a(WAN, 'remote', 'cors-refused'), a(LAN, 'local', 'cors-refused')], [], { pageProtocol: 'https:' });
		expect(kinds(r)).toEqual(['cors-refused']);
		expect(r[0]!.text).toContain('Okafor Vault');
		expect(r[0]!.text).toContain('203-0-113-45.abc.plex.direct:32400');
		expect(r[0]!.text).toMatch(/app\.plex\.tv.*Plex's policy, not a problem with your network/);
		expect(r[0]!.text).toMatch(/ask okafor\.senior/);
		expect(r.map((x) => x.text).join(' ')).not.toMatch(/Remote Access/);
	});

	it('a refusal next to a dead address still does not send the person to Remote Access', () => {
		const r = explainFailure(server, [a(LAN, 'local', 'unreachable'), a(WAN, 'remote', 'cors-refused')], [], { pageProtocol: 'https:' });
		expect(kinds(r)).toContain('cors-refused');
		expect(r.map((x) => x.text).join(' ')).not.toMatch(/Remote Access/);
	});
});
