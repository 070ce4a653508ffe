import type { PlexClient } from '../plex/client.ts';
import { PlexError } from '../plex/client.ts';
import { t } from '../i18n/i18n.ts';
import { and } from '../i18n/intl.ts';
import {
	explainSharingError,
	getServerSections,
	inviteToServer,
	listShares,
	plexTvAnswers,
	removeShare,
	updateShare,
	type SharedSection,
	type Share,
	type SharingAction,
	type SharingProblem
} from '../plex/sharing.ts';

export interface SharingDeps {
	client: PlexClient;
	/** The owner's plex.tv (account) token; never a server's accessToken. */
	token: () => string | null;
	/** The owned server being managed. */
	server: { machineId: string; name: string };
	/** plex.tv answered 401 or 498: the account token is gone (or expired). */
	onUnauthorized?: () => void;
}

export type SharingStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What was just removed, so it can be undone by inviting again. */
export interface Removed {
	name: string;
	invitee: string | undefined;
	sectionIds: number[];
	allowDownloads: boolean;
	wasPending: boolean;
}

/** Who an owned server is shared with, and the changes the owner makes to that. */
export class SharingState {
	status = $state<SharingStatus>('idle');
	sections = $state.raw<SharedSection[]>([]);
	shares = $state.raw<Share[]>([]);
	problem = $state.raw<SharingProblem | null>(null);
	/** A calm line after a change that worked. */
	notice = $state<string | null>(null);
	removed = $state.raw<Removed | null>(null);
	/** Which change is on its way ('invite', or the share id), to disable its buttons. */
	busy = $state<string | null>(null);

	readonly #deps: SharingDeps;

	constructor(deps: SharingDeps) {
		this.#deps = deps;
	}

	get serverName(): string {
		return this.#deps.server.name;
	}

	async load(): Promise<void> {
		const token = this.#deps.token();
		if (!token) return;
		// A refresh keeps the list (and a half-typed invitation) on screen.
		if (this.status !== 'ready') this.status = 'loading';
		this.problem = null;
		try {
			const { client, server } = this.#deps;
			const [sections, shares] = await Promise.all([getServerSections(client, server.machineId, token), listShares(client, server.machineId, token)]);
			this.sections = sections;
			this.shares = shares;
			this.status = 'ready';
		} catch (error) {
			await this.#fail(error, 'load', undefined, token);
			this.status = 'error';
		}
	}

	async invite(invitee: string, sectionIds: number[], allowDownloads: boolean): Promise<boolean> {
		const who = invitee.trim();
		return this.#change('invite', 'invite', who, async (token) => {
			// Any 2xx is an invitation made; the answer may carry no share to name (docs/plex-api.md §12).
			const share = await inviteToServer(this.#deps.client, { machineId: this.#deps.server.machineId, invitee: who, sectionIds, allowDownloads }, token);
			this.removed = null;
			this.notice = t('together_invited', { name: share?.name ?? who, libraries: this.#titles(sectionIds) });
		});
	}

	async update(share: Share, sectionIds: number[]): Promise<boolean> {
		return this.#change(String(share.id), 'update', share.name, async (token) => {
			await updateShare(this.#deps.client, share, sectionIds, token);
			this.notice = t('together_now_sees', { name: share.name, libraries: this.#titles(sectionIds) });
		});
	}

	/** Removes an accepted share or cancels a pending invitation (the screen asks first). */
	async remove(share: Share): Promise<boolean> {
		return this.#change(String(share.id), 'remove', share.name, async (token) => {
			await removeShare(this.#deps.client, share.id, token);
			this.removed = {
				name: share.name,
				invitee: share.username ?? share.email,
				sectionIds: share.libraries.map((l) => l.id),
				allowDownloads: share.settings.allowSync === true,
				wasPending: share.pending
			};
			this.notice = share.pending ? t('together_invitation_cancelled', { name: share.name }) : t('together_access_removed', { name: share.name, server: this.serverName });
		});
	}

	/** Undo a removal: a new invitation with the same libraries (the person has to accept it again). */
	async reinvite(): Promise<boolean> {
		const removed = this.removed;
		if (!removed?.invitee) return false;
		return this.invite(removed.invitee, removed.sectionIds, removed.allowDownloads);
	}

	dismiss(): void {
		this.problem = null;
		this.notice = null;
	}

	#titles(sectionIds: number[]): string {
		// ids are not numbers to format: "library 12345", not "library 12,345"
		const titles = sectionIds.map((id) => this.sections.find((s) => s.id === id)?.title ?? t('together_library_id', { id: String(id) }));
		return and(titles);
	}

	async #change(busy: string, action: SharingAction, who: string, run: (token: string) => Promise<void>): Promise<boolean> {
		const token = this.#deps.token();
		if (!token || this.busy) return false;
		this.busy = busy;
		this.problem = null;
		this.notice = null;
		try {
			await run(token);
			await this.#refresh(token);
			return true;
		} catch (error) {
			const problem = await this.#fail(error, action, who, token);
			if (problem.kind === 'gone') await this.#refresh(token);
			return false;
		} finally {
			this.busy = null;
		}
	}

	/** Re-reads the lists after a change; a failure here keeps the old list (the change itself worked). */
	async #refresh(token: string): Promise<void> {
		try {
			this.shares = await listShares(this.#deps.client, this.#deps.server.machineId, token);
		} catch {
			// the next load shows it
		}
	}

	async #fail(error: unknown, action: SharingAction, who: string | undefined, token: string): Promise<SharingProblem> {
		const network = error instanceof PlexError && (error.kind === 'network' || error.kind === 'cors-refused');
		const answers = network ? await plexTvAnswers(this.#deps.client, token) : undefined;
		const problem = explainSharingError(error, { action, serverName: this.serverName, who, plexTvAnswers: answers });
		this.problem = problem;
		if (problem.kind === 'signed-out') this.#deps.onUnauthorized?.();
		return problem;
	}
}
