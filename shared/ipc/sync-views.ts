/** A sync address as the page may see it: never the account (docs/security.md). */
export interface SyncAddressView {
  /** The server as given, with any user name and password taken out. */
  server: string;
  /** The database asked for; null for the default (tagwright-<the project's id>). */
  database: string | null;
  live: boolean;
  /** Synced as the curator: the gold layer and the schema go up too (docs/team.md). */
  curator: boolean;
}

/** What the app's sync is doing now. */
export type SyncActivity =
  | { state: 'idle' }
  | { state: 'connecting' }
  /** Documents are moving; the counts are the server's or the replica's, null where it does not say. */
  | { state: 'syncing'; pendingDown: number | null; pendingUp: number | null }
  /** Everything here is on the server and everything there is here (live: until the next change). */
  | { state: 'synced' }
  /** The server cannot be reached: the sync tries again by itself at `nextTryAt`. */
  | { state: 'offline'; nextTryAt: string; problem: string }
  /** The sync stopped: what went wrong, with the server named. */
  | { state: 'error'; message: string };

/** The syncStatus event and getSyncStatus's answer. */
export interface SyncStatus {
  activity: SyncActivity;
  /** The address syncing now, or the one last used with the open project (offered again); null if none. */
  address: SyncAddressView | null;
  /** When the replica last caught up with the server both ways (ISO time); null until then. */
  lastSyncedAt: string | null;
}
