import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Project } from '../../shared/model';
import { layerDocs, ownedLayers, ownsDoc } from '../../shared/sync/layer-docs';
import type { SyncDoc } from '../../shared/sync/sync-docs';
import { PublishedLayerFile } from './published-layer-file';
import type { ReplicaChange } from './replica-change';
import type { SyncAddress } from './sync-address';
import type { SyncedBatch } from './synced-batch';
import type { EventHub } from '../service/event-hub';
import type { Direction, LiveWatch } from './live-sync-state';
import {
  memoryReplica,
  serverDatabase,
  type DocWrite,
  type Replication,
  type ReplicationOptions,
  type StoredDoc,
  type SyncDatabase,
} from './sync-pouch';

/** What a sync needs of the service (ProjectService has it): who writes, the project, and the one way in. */
export interface SyncTarget {
  readonly annotator: string;
  readonly projectPath: string | null;
  /** Its projectChanged events tell a live sync that the owned layers may have changed. */
  readonly events: EventHub;
  syncedProject(): Project;
  applySyncedChanges(changes: readonly ReplicaChange[], owned: ReadonlySet<string>): SyncedBatch;
}

export interface SyncSessionOptions {
  address: SyncAddress;
  /** The curator also owns the gold layer and the schema. */
  curator: boolean;
  /** Told after each batch a replication writes (the tests cut the connection there). */
  onProgress?: (progress: { direction: 'down' | 'up'; docs: number }) => void;
}

/** What one sync did: documents that came down and what they changed, and what went up. */
export interface SyncReport {
  down: { documents: number; put: number; removed: number; waiting: number; refused: string[] };
  up: { documents: number; written: number; removed: number };
}

/** What a round of a live sync did (what came in, what went into the replica to go up). */
export interface LiveRound {
  down: Pick<SyncReport['down'], 'put' | 'removed' | 'waiting' | 'refused'>;
  up: Pick<SyncReport['up'], 'written' | 'removed'>;
}

/** A live sync: stop() ends its replications and waits for the round under way. */
export interface LiveSync {
  stop(): Promise<void>;
}

/** Replication batches: bigger than PouchDB's 100, fewer round trips for a layer of thousands. */
const BATCH_SIZE = 500;

/**
 * One project syncing with one database: a local replica in memory (PouchDB), replicated to and
 * from the server with PouchDB's checkpoints, so a sync cut off half-way continues where it stopped
 * when run again; what comes down goes into the project through the service, applied by id (twice
 * is once); the owned layers go up, each of their things one document only this replica writes.
 */
export class SyncSession {
  readonly #replica = memoryReplica(`tagwright-sync-${randomUUID()}`);
  readonly #server: SyncDatabase;
  readonly #owned: ReadonlySet<string>;
  /** How far into the replica's changes the project has taken in. */
  #since: string | number = 0;
  #waiting: ReplicaChange[] = [];
  /** True while the service applies what came down (its projectChanged events are the sync's own). */
  #applying = false;

  private constructor(
    private readonly target: SyncTarget,
    private readonly options: SyncSessionOptions,
    private readonly published: PublishedLayerFile,
  ) {
    this.#server = serverDatabase(options.address.url, options.address.credentials);
    this.#owned = ownedLayers({ annotator: target.annotator, curator: options.curator });
  }

  static async open(target: SyncTarget, options: SyncSessionOptions): Promise<SyncSession> {
    if (!target.projectPath) throw new Error('Open a project to sync it.');
    // Refuses a project opened read-only before anything is replicated into it.
    target.syncedProject();
    return new SyncSession(target, options, await PublishedLayerFile.open(target.projectPath));
  }

  /** Pulls, takes in what came, publishes the owned layers, pushes. Rejects when the connection fails; run it again to resume. */
  async syncOnce(): Promise<SyncReport> {
    const pulled = await this.#replicate(
      this.#replica.replicate.from(this.#server, { batch_size: BATCH_SIZE }),
      'down',
    );
    const batch = await this.#takeIn();
    const up = await this.#publish();
    const pushed = await this.#replicate(this.#replica.replicate.to(this.#server, { batch_size: BATCH_SIZE }), 'up');
    return {
      down: {
        documents: pulled,
        put: batch.put,
        removed: batch.removed,
        waiting: batch.held.length,
        refused: batch.refused,
      },
      up: { documents: pushed, ...up },
    };
  }

  /**
   * Keeps syncing until stopped: replications both ways that retry by themselves when the server
   * is away (PouchDB's backoff), and a round (take in, publish) whenever something came down or
   * the project changed. Rounds never overlap; one asked for during a round runs after it.
   */
  live(onRound: (round: LiveRound) => void, onError: (error: unknown) => void, watch?: LiveWatch): LiveSync {
    const failures: Record<Direction, unknown> = { down: null, up: null };
    const pull = this.#replica.replicate.from(this.#server, liveOptions('down', failures, watch));
    const push = this.#replica.replicate.to(this.#server, liveOptions('up', failures, watch));
    let running: Promise<void> = Promise.resolve();
    let queued = false;
    const round = async () => {
      queued = false;
      try {
        const batch = await this.#takeIn();
        const up = await this.#publish();
        onRound({
          down: { put: batch.put, removed: batch.removed, waiting: batch.held.length, refused: batch.refused },
          up,
        });
      } catch (error) {
        onError(error);
      } finally {
        watch?.round('done');
      }
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      watch?.round('asked');
      running = running.then(round);
    };
    pull.on('change', (info) => {
      this.options.onProgress?.({ direction: 'down', docs: info.docs_written });
      schedule();
    });
    push.on('change', (info) => this.options.onProgress?.({ direction: 'up', docs: info.docs_written }));
    watchReplications({ down: pull, up: push }, failures, watch);
    // The sync's own changes to the project need no round of their own.
    const off = this.target.events.on('projectChanged', () => (this.#applying ? undefined : schedule()));
    // A live replication that gives up (a refused login) ends its promise: say so, once.
    for (const replication of [pull, push]) replication.catch(onError);
    schedule();
    return {
      stop: async () => {
        off();
        pull.cancel();
        push.cancel();
        await running;
      },
    };
  }

  /** Sends what the replica holds and the server lacks, once: what a live sync leaves when it stops. */
  async pushPending(): Promise<number> {
    return this.#replicate(this.#replica.replicate.to(this.#server, { batch_size: BATCH_SIZE }), 'up');
  }

  async close(): Promise<void> {
    await this.#replica.destroy();
  }

  async #replicate(replication: Replication, direction: 'down' | 'up'): Promise<number> {
    replication.on('change', (info) => this.options.onProgress?.({ direction, docs: info.docs_written }));
    const info = await replication;
    return info.docs_written;
  }

  /** The replica's changes since the last batch (and those still waiting) into the project. */
  async #takeIn(): Promise<SyncedBatch> {
    const feed = await this.#replica.changes({ since: this.#since, include_docs: true });
    const latest = new Map(this.#waiting.map((c) => [c.id, c]));
    for (const r of feed.results) latest.set(r.id, { id: r.id, deleted: r.deleted === true, doc: r.doc });
    this.#applying = true;
    let batch: SyncedBatch;
    try {
      batch = this.target.applySyncedChanges([...latest.values()], this.#owned);
    } finally {
      this.#applying = false;
    }
    this.#since = feed.last_seq;
    this.#waiting = batch.held;
    return batch;
  }

  /**
   * Makes the replica's documents of the owned layers what the project holds: new and changed
   * things written, and a tombstone for each this project published before and no longer has.
   * Texts are written once; another layer's document is never written here. What this copy
   * published of a layer it does not own in this session (gold and the schema, synced once as the
   * curator) stays recorded, so its next sync as the curator still tombstones what was deleted.
   */
  async #publish(): Promise<{ written: number; removed: number }> {
    const desired = new Map(
      layerDocs(this.target.syncedProject(), { annotator: this.target.annotator, curator: this.options.curator }).map(
        (d) => [d._id, d],
      ),
    );
    const recorded = [...desired.values()].filter((d) => d.kind !== 'document').map((d) => d._id);
    const published = this.published.published(this.options.address.url);
    const { rows } = await this.#replica.allDocs({ include_docs: true });
    const writes: DocWrite[] = [];
    let removed = 0;
    for (const { id, doc } of rows) {
      const wanted = desired.get(id);
      desired.delete(id);
      if (!doc || !ownsDoc(this.#owned, doc)) {
        if (doc && published.has(id)) recorded.push(id);
        continue;
      }
      if (wanted && !sameContent(wanted, doc)) writes.push({ ...wanted, _rev: doc._rev });
      if (!wanted && published.has(id)) {
        writes.push({ _id: id, _rev: doc._rev, _deleted: true });
        removed++;
      }
    }
    for (const wanted of desired.values()) writes.push({ ...wanted });
    const failed = (await this.#replica.bulkDocs(writes)).filter((r) => 'error' in r);
    if (failed.length > 0)
      throw new Error(`The local replica refused ${failed.length} documents (first: ${failed[0]!.id}).`);
    await this.published.record(this.options.address.url, recorded);
    return { written: writes.length - removed, removed };
  }
}

/** Live replications that retry by themselves, with a back-off the watch is told (the status shows the next try). */
function liveOptions(
  direction: Direction,
  failures: Record<Direction, unknown>,
  watch: LiveWatch | undefined,
): ReplicationOptions {
  return {
    live: true,
    retry: true,
    batch_size: BATCH_SIZE,
    back_off_function: (previous) => {
      const delay = nextBackOff(previous);
      watch?.retrying(direction, failures[direction], delay);
      return delay;
    },
  };
}

/** 1 s after the first failure, doubling to a minute: soon back after a blip, quiet through an outage. */
export function nextBackOff(previousMs: number): number {
  return previousMs === 0 ? 1000 : Math.min(previousMs * 2, 60_000);
}

/** Tells the watch what each replication does; keeps each one's last failed request for its back-off. */
function watchReplications(
  replications: Record<Direction, Replication>,
  failures: Record<Direction, unknown>,
  watch: LiveWatch | undefined,
): void {
  for (const direction of ['down', 'up'] as const) {
    const replication = replications[direction];
    // PouchDB emits it before it backs off: the back-off function is told the failure it waits out.
    replication.on('requestError', (error) => (failures[direction] = error));
    if (!watch) continue;
    replication.on('active', () => watch.moved(direction, null));
    replication.on('change', (info) => watch.moved(direction, info.pending ?? null));
    // A pause with an error is followed by the back-off, which tells the watch when it retries.
    replication.on('paused', (error) => (error ? undefined : watch.caughtUp(direction)));
  }
}

function sameContent(wanted: SyncDoc, stored: StoredDoc): boolean {
  const { _rev: _, ...content } = stored;
  return isDeepStrictEqual(content, wanted);
}
