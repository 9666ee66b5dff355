import { TagwrightError } from '../../shared/ipc/result';
import type { SyncActivity, SyncAddressView, SyncStatus } from '../../shared/ipc/sync-views';
import { probeCouchServer } from './couch-probe';
import { LiveSyncState } from './live-sync-state';
import { SyncSession, type LiveSync, type SyncTarget } from './sync-session';
import { requestedAddress, type SyncRequest } from './sync-request';
import { syncProblem } from './sync-problem';

/** Where the last address of each project is kept (main/settings: never the account). */
export interface SyncAddressMemory {
  syncAddressOf(projectPath: string): SyncAddressView | null;
  rememberSyncAddress(projectPath: string, address: SyncAddressView): Promise<void>;
}

/** What the app's sync needs of the service: the sync's target, the open project's id, and the events it tells. */
export interface AppSyncHost extends SyncTarget {
  projectId(): string | null;
}

interface Running {
  session: SyncSession;
  live: LiveSync | null;
}

/**
 * The app's one sync (docs/team.md): started and stopped by the page's calls, stopped when the
 * project is closed or replaced; every change of its status is a syncStatus event to every window.
 * Synced as the curator (the dialog's box), it is the session `tagwright sync --curator` runs:
 * the gold layer and the schema go up too.
 * The account stays inside the SyncAddress given to PouchDB: the status shows the server without it.
 */
export class AppSync {
  #running: Running | null = null;
  /** Bumped by every start and stop: a start overtaken while it connects lets go of what it opened. */
  #generation = 0;
  #activity: SyncActivity = { state: 'idle' };
  #shown: SyncAddressView | null = null;
  #lastSyncedAt: Date | null = null;

  constructor(
    private readonly host: AppSyncHost,
    private readonly memory: SyncAddressMemory,
    private readonly now: () => Date,
  ) {}

  status(): SyncStatus {
    const path = this.host.projectPath;
    return {
      activity: this.#activity,
      address: this.#shown ?? (path ? this.memory.syncAddressOf(path) : null),
      lastSyncedAt: this.#lastSyncedAt?.toISOString() ?? null,
    };
  }

  /** Starts syncing the open project (replacing a sync under way); a server that fails is a status, not a throw. */
  async start(request: SyncRequest): Promise<SyncStatus> {
    const path = this.host.projectPath;
    const id = this.host.projectId();
    if (!path || !id) throw new TagwrightError('no-project', 'Open a project to sync it.');
    const { address, shown } = requestedAddress(request, id);
    await this.stop();
    const generation = ++this.#generation;
    await this.memory.rememberSyncAddress(path, shown);
    this.#shown = shown;
    this.#lastSyncedAt = null;
    this.#tell({ state: 'connecting' });
    try {
      await probeCouchServer(address, shown.server);
      const session = await SyncSession.open(this.host, { address, curator: request.curator });
      if (generation !== this.#generation) {
        await session.close();
        return this.status();
      }
      if (request.live) this.#running = { session, live: this.#goLive(session, shown.server, generation) };
      else await this.#syncOnce(session, generation);
    } catch (error) {
      if (generation === this.#generation) this.#tell({ state: 'error', message: messageOf(error, shown.server) });
    }
    return this.status();
  }

  /**
   * Stops the sync: waits for the round under way (what came down is in the project), then, unless
   * the server is away, sends once more what the replica holds, so the last edits land there.
   */
  async stop(): Promise<SyncStatus> {
    const running = this.#running;
    this.#running = null;
    this.#generation++;
    if (running) {
      await running.live?.stop();
      const online = this.#activity.state === 'synced' || this.#activity.state === 'syncing';
      if (online) await running.session.pushPending().catch(() => undefined);
      await running.session.close();
    }
    if (this.#activity.state !== 'idle')
      this.#tell(this.#activity.state === 'error' ? this.#activity : { state: 'idle' });
    return this.status();
  }

  /** The project is closing or being replaced: stop, and forget the address shown (the next project has its own). */
  async projectLeaving(): Promise<void> {
    await this.stop();
    this.#shown = null;
    this.#lastSyncedAt = null;
    this.#tell({ state: 'idle' });
  }

  async #syncOnce(session: SyncSession, generation: number): Promise<void> {
    this.#running = { session, live: null };
    this.#tell({ state: 'syncing', pendingDown: null, pendingUp: null });
    try {
      await session.syncOnce();
    } finally {
      if (generation === this.#generation) {
        this.#running = null;
        await session.close();
      }
    }
    this.#lastSyncedAt = this.now();
    this.#tell({ state: 'synced' });
  }

  #goLive(session: SyncSession, server: string, generation: number): LiveSync {
    const state = new LiveSyncState(server, this.now, (activity, lastSyncedAt) => {
      if (generation !== this.#generation || this.#activity.state === 'error') return;
      this.#lastSyncedAt = lastSyncedAt;
      this.#tell(activity);
    });
    const failed = (error: unknown) => {
      if (generation !== this.#generation) return;
      // A refused account or a replica that refuses a write does not mend by retrying: stop and say it.
      this.#tell({ state: 'error', message: syncProblem(error, server) });
      void this.stop();
    };
    return session.live(() => undefined, failed, state);
  }

  #tell(activity: SyncActivity): void {
    this.#activity = activity;
    this.host.events.emit('syncStatus', this.status());
  }
}

function messageOf(error: unknown, server: string): string {
  return error instanceof TagwrightError ? error.message : syncProblem(error, server);
}
