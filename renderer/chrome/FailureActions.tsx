import type { DamagedProjectRecovery } from '../../shared/ipc/views';
import { openLockedProject, restoreBackup } from '../store/recovery-commands';
import { useWorkbench } from '../store/workbench-store';

interface LockDetails {
  projectPath: string;
  stale: boolean;
}

const isLock = (d: unknown): d is LockDetails =>
  typeof d === 'object' && d !== null && 'projectPath' in d && 'stale' in d && 'lock' in d;
const recoveryOf = (d: unknown): DamagedProjectRecovery | null =>
  typeof d === 'object' && d !== null && 'recovery' in d ? (d as { recovery: DamagedProjectRecovery }).recovery : null;

const when = (iso: string) => new Date(iso).toLocaleString();
const counts = (c: { documents: number; annotations: number } | null) =>
  c ? `${c.documents} documents and ${c.annotations} annotations` : 'contents that could not be counted';

/** What the user can do about a failed open: a locked project, or a damaged one with a backup. */
export function FailureActions() {
  const failure = useWorkbench((s) => s.failure);
  if (!failure) return null;
  const { details } = failure;

  if (isLock(details)) {
    return (
      <span className="failure-actions">
        <button type="button" onClick={() => void openLockedProject('read-only')}>
          Open read-only
        </button>
        {details.stale && (
          <button type="button" onClick={() => void openLockedProject('take-over')}>
            Take over the lock
          </button>
        )}
      </span>
    );
  }
  const recovery = recoveryOf(details);
  if (recovery?.backup) {
    const { backup } = recovery;
    return (
      <span className="failure-actions">
        <span>
          The backup from {when(backup.takenAt)} holds {counts(recovery.backupCounts)}
          {recovery.damagedCounts && <> (the damaged file: {counts(recovery.damagedCounts)})</>}.
        </span>
        <button type="button" onClick={() => void restoreBackup(backup.id, true)}>
          Restore this backup
        </button>
      </span>
    );
  }
  return null;
}
