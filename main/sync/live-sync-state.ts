import type { SyncActivity } from '../../shared/ipc/sync-views';
import { syncProblem } from './sync-problem';

export type Direction = 'down' | 'up';

/** What a live sync's replications and rounds tell as they go (SyncSession.live's watch). */
export interface LiveWatch {
  /** A batch moved; `pending` is what the source says is left, when it says. */
  moved(direction: Direction, pending: number | null): void;
  /** The replication caught up and waits for more. */
  caughtUp(direction: Direction): void;
  /** A request failed; the replication tries again after `delayMs`. */
  retrying(direction: Direction, error: unknown, delayMs: number): void;
  /** A round (take in what came down, publish the owned layers) was asked for, or ended. */
  round(phase: 'asked' | 'done'): void;
}

type DirectionState =
  | { kind: 'active'; pending: number | null }
  | { kind: 'caught-up' }
  | { kind: 'retrying'; error: unknown; nextTryAt: Date };

/**
 * A live sync's activity from its two replications and its rounds: offline while either retries,
 * syncing while either moves or a round is under way, synced once both caught up and the last
 * round is done (that is when `lastSyncedAt` moves).
 */
export class LiveSyncState implements LiveWatch {
  readonly #directions: Record<Direction, DirectionState> = {
    down: { kind: 'active', pending: null },
    up: { kind: 'active', pending: null },
  };
  #roundsAsked = 0;
  #lastSyncedAt: Date | null = null;

  constructor(
    private readonly server: string,
    private readonly now: () => Date,
    /** Told after every event, with the activity it leaves. */
    private readonly changed: (activity: SyncActivity, lastSyncedAt: Date | null) => void,
  ) {}

  moved(direction: Direction, pending: number | null): void {
    this.#set(direction, { kind: 'active', pending });
  }

  caughtUp(direction: Direction): void {
    this.#set(direction, { kind: 'caught-up' });
  }

  retrying(direction: Direction, error: unknown, delayMs: number): void {
    this.#set(direction, { kind: 'retrying', error, nextTryAt: new Date(this.now().getTime() + delayMs) });
  }

  round(phase: 'asked' | 'done'): void {
    this.#roundsAsked += phase === 'asked' ? 1 : -1;
    this.#tell();
  }

  #set(direction: Direction, state: DirectionState): void {
    this.#directions[direction] = state;
    this.#tell();
  }

  #tell(): void {
    const activity = this.#activity();
    if (activity.state === 'synced') this.#lastSyncedAt = this.now();
    this.changed(activity, this.#lastSyncedAt);
  }

  #activity(): SyncActivity {
    const { down, up } = this.#directions;
    const retrying = [down, up].find((d) => d.kind === 'retrying');
    if (retrying?.kind === 'retrying') {
      return {
        state: 'offline',
        nextTryAt: retrying.nextTryAt.toISOString(),
        problem: syncProblem(retrying.error, this.server),
      };
    }
    if (down.kind === 'caught-up' && up.kind === 'caught-up' && this.#roundsAsked === 0) return { state: 'synced' };
    return {
      state: 'syncing',
      pendingDown: down.kind === 'active' ? down.pending : 0,
      pendingUp: up.kind === 'active' ? up.pending : 0,
    };
  }
}
