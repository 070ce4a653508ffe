import { AppError } from '../errors.ts';
import type { PlexClient } from '../plex/client.ts';
import { getSections, type LibrarySection } from '../plex/library.ts';
import type { PlexServer } from '../plex/resources.ts';
import { buildCandidates, type Candidate, type CandidateContext, type Excluded } from './candidates.ts';
import { explainFailure, type ExplainContext, type Reason } from './explain.ts';
import { raceConnections, type Attempt, type Probe, type RaceOptions } from './race.ts';
import { probeIdentity } from '../plex/identity.ts';

/** A verified way to one server: its base URL and its own token. */
export interface ServerConnectionInfo {
	machineId: string;
	uri: string;
	kind: Candidate['kind'];
	sections: LibrarySection[];
}

export type ConnectResult =
	| { ok: true; connection: ServerConnectionInfo; attempts: Attempt[] }
	| { ok: false; reasons: Reason[]; attempts: Attempt[]; excluded: Excluded[] };

export interface ConnectDeps {
	client: PlexClient;
	context: CandidateContext & Omit<ExplainContext, 'tokenRejected'>;
	race?: Partial<Omit<RaceOptions, 'machineId' | 'signal'>>;
	signal?: AbortSignal;
	/** Replaces the real /identity probe (tests, benchmarks). */
	probe?: Probe;
}

/**
 * Finds the fastest verified connection to `server`, then confirms its token with
 * /library/sections (which also gives the libraries). Only that server's own token is sent, and
 * only to the winning address.
 */
export async function connectToServer(server: PlexServer, deps: ConnectDeps): Promise<ConnectResult> {
	const { candidates, excluded } = buildCandidates(server, deps.context);
	const probe: Probe = deps.probe ?? ((uri, signal) => probeIdentity(deps.client, uri, signal));
	const { winner, attempts } = await raceConnections(candidates, probe, { ...deps.race, machineId: server.machineId, signal: deps.signal });
	if (!winner) return { ok: false, reasons: explainFailure(server, attempts, excluded, deps.context), attempts, excluded };
	try {
		const sections = await getSections(deps.client, winner.uri, server.accessToken, deps.signal);
		return { ok: true, connection: { machineId: server.machineId, uri: winner.uri, kind: winner.kind, sections }, attempts };
	} catch (error) {
		if (error instanceof AppError && error.kind === 'unauthorized') {
			return { ok: false, reasons: explainFailure(server, attempts, excluded, { ...deps.context, tokenRejected: true }), attempts, excluded };
		}
		throw error;
	}
}
