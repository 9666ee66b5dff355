import type { DamagedProjectRecovery, ProjectLockInfo } from '../../shared/ipc/views';
import type { CallError } from '../../shared/ipc/result';

/** The backup offer main attaches to a failed open of a damaged project file; null for other errors. */
export function damagedProjectOf(error: CallError | null): DamagedProjectRecovery | null {
  if (error?.code !== 'project-file') return null;
  const details = error.details as { recovery?: DamagedProjectRecovery } | undefined;
  return details?.recovery ?? null;
}

/** What main says about a project another Tagwright holds; null for other errors. */
export interface LockedProject {
  message: string;
  holder: ProjectLockInfo | null;
  /** Whether the holder is gone, so taking the lock over is allowed. */
  stale: boolean;
  projectPath: string;
}

export function lockedProjectOf(error: CallError | null): LockedProject | null {
  if (error?.code !== 'conflict') return null;
  const details = error.details as { lock?: ProjectLockInfo | null; stale?: boolean; projectPath?: string } | undefined;
  if (!details || typeof details.stale !== 'boolean' || typeof details.projectPath !== 'string') return null;
  return {
    message: error.message,
    holder: details.lock ?? null,
    stale: details.stale,
    projectPath: details.projectPath,
  };
}

/** A backup's time for people: local date and time. */
export function formatBackupTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
