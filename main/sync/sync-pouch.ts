import { createRequire } from 'node:module';

// PouchDB's @types name `lib="dom"`, which would give all of main the DOM's globals (and break its
// Buffer types): the few calls the sync makes are typed here instead, and the modules are loaded
// by require (they are CommonJS, and dependencies of the app, so packaged beside it).

/** A document as the replica holds it. */
export interface StoredDoc {
  _id: string;
  _rev: string;
  [field: string]: unknown;
}

/** A write: a new document, a new revision of one (`_rev`), or a tombstone (`_deleted`). */
export interface DocWrite {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

export interface ReplicationInfo {
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  /** What the source says is left (CouchDB 2+ servers, PouchDB replicas). */
  pending?: number;
}

/** One replication: a promise of its end, and an emitter of its batches. */
export interface Replication extends Promise<ReplicationInfo> {
  on(event: 'change', listener: (info: ReplicationInfo) => void): this;
  /** Caught up (no error), or a request failed and a retry follows (the error). */
  on(event: 'paused', listener: (error?: unknown) => void): this;
  on(event: 'active' | 'requestError', listener: (error?: unknown) => void): this;
  cancel(): void;
}

export interface ReplicationOptions {
  batch_size?: number;
  live?: boolean;
  retry?: boolean;
  /** The delay before the next try, given the last one (0 at first). */
  back_off_function?: (previousMs: number) => number;
}

export interface SyncDatabase {
  info(): Promise<{ db_name: string; update_seq: number | string }>;
  bulkDocs(docs: DocWrite[]): Promise<({ ok: true; id: string } | { error: string; id: string })[]>;
  allDocs(options: { include_docs: true }): Promise<{ rows: { id: string; doc?: StoredDoc }[] }>;
  changes(options: { since: string | number; include_docs: true }): Promise<{
    results: { id: string; deleted?: boolean; doc?: StoredDoc }[];
    last_seq: string | number;
  }>;
  destroy(): Promise<unknown>;
  replicate: {
    to(target: SyncDatabase, options?: ReplicationOptions): Replication;
    from(source: SyncDatabase, options?: ReplicationOptions): Replication;
  };
}

interface PouchStatic {
  new (name: string, options: { adapter: string; auth?: { username: string; password: string } }): SyncDatabase;
  plugin(plugin: unknown): PouchStatic;
}

let loaded: PouchStatic | null = null;

/** PouchDB with its plugins, loaded on the first sync: the service imports this module, and most sessions never sync. */
function pouchDB(): PouchStatic {
  if (loaded) return loaded;
  const loadCommonJs = createRequire(import.meta.url);
  loaded = (loadCommonJs('pouchdb-core') as PouchStatic)
    .plugin(loadCommonJs('pouchdb-adapter-memory'))
    .plugin(loadCommonJs('pouchdb-adapter-http'))
    .plugin(loadCommonJs('pouchdb-replication'));
  return loaded;
}

/** A local replica in memory (filled from the project each session: the project file is what lasts). */
export function memoryReplica(name: string): SyncDatabase {
  const PouchDB = pouchDB();
  return new PouchDB(name, { adapter: 'memory' });
}

/** A database on a CouchDB-compatible server. */
export function serverDatabase(url: string, credentials: { username: string; password: string } | null): SyncDatabase {
  const PouchDB = pouchDB();
  const database = new PouchDB(url, { adapter: 'http', ...(credentials ? { auth: credentials } : {}) });
  // PouchDB 9's replication asks the source for its info after each batch, for its progress count
  // only, and chains on the answer without catching it (pouchdb-replication, onBatchComplete): a
  // connection lost right then became an unhandled rejection, which ends a Node process. The
  // replication's own next request meets the lost connection and fails the sync as it should, so
  // a failed info answers a stand-in with no progress instead.
  const info = database.info.bind(database);
  database.info = () => info().catch(() => ({ db_name: url, update_seq: 0 }));
  return database;
}
