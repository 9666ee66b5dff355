import type { DamagedProjectRecovery, ProjectLockInfo } from '../../shared/ipc/views';
import type { CallError } from '../../shared/ipc/result';

/** The backup offer main attaches to a failed open of a damaged project file; null for other errors. */
export function damagedProjectOf(error: CallError | null): DamagedProjectRecovery | null {
  if (error?.code !== 'project-file') return null;
  const details = error.details as { recovery?: DamagedProjectRecovery } | undefined;
  return details?.recovery ?? null;
}

/** What main says about a project another Tagwright holds (or one in a folder where it cannot write); null for other errors. */
export interface LockedProject {
  message: string;
  holder: ProjectLockInfo | null;
  /** Whether the lock cannot be written at all (a read-only folder): then read-only is the only way. */
  unwritable: boolean;
  /** Whether the user may take the lock over: its holder is gone, or on another computer. */
  canTakeOver: boolean;
  projectPath: string;
}

export function lockedProjectOf(error: CallError | null): LockedProject | null {
  if (error?.code !== 'conflict') return null;
  const details = error.details as
    { lock?: ProjectLockInfo | null; refusal?: string; canTakeOver?: boolean; projectPath?: string } | undefined;
  if (!details || typeof details.canTakeOver !== 'boolean' || typeof details.projectPath !== 'string') return null;
  return {
    message: error.message,
    holder: details.lock ?? null,
    unwritable: details.refusal === 'unwritable',
    canTakeOver: details.canTakeOver,
    projectPath: details.projectPath,
  };
}

/** A backup's time for people: local date and time. */
export function formatBackupTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
