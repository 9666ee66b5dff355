import type { BackupPolicy } from '../store/project-backups';

export interface ProjectServiceOptions {
  /** Where settings and the sample project live (Electron's userData, or its equivalent). */
  userDataDir: string;
  /** The seed texts the sample project is made from. */
  seedsDir: string;
  annotator?: string;
  debounceMs?: number;
  now?: () => Date;
  newId?: () => string;
  /** Written into lock files so another user sees which Tagwright holds a project. */
  appVersion?: string;
  backupPolicy?: BackupPolicy;
  /** A periodic backup is taken after a save when the last one is older than this (default 10 min). */
  backupIntervalMs?: number;
  /** How often the open file is polled for changes made outside Tagwright (default 2 s). */
  watchIntervalMs?: number;
  lockHeartbeatMs?: number;
  lockStaleAfterMs?: number;
  /** The built search worker (<build>/main/search-worker.js, beside the entry); without it, search is refused. */
  searchWorkerFile?: string;
  /** How long a search may run before it is stopped (default 2 s). */
  searchTimeLimitMs?: number;
}
