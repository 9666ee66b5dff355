import { useEffect, useState } from 'react';
import type { BackupInfo, ProjectSummary } from '../../shared/ipc/views';
import { failureMessage } from '../bridge/call-outcome';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { listBackups, restoreBackup } from '../store/recovery-commands';
import { formatBackupTime } from './recovery-errors';
import './recovery.css';

export interface RestoreBackupDialogProps {
  /** Shown while true (e.g. after the 'restore-backup' menu command). */
  open: boolean;
  /** List the backups of the project that last failed to open, not of the open one. */
  damaged?: boolean;
  onClose: () => void;
  /** Called with the restored project, now open; the caller reloads its document list. */
  onRestored: (project: ProjectSummary) => void;
}

const REASONS: Record<BackupInfo['reason'], string> = {
  open: 'when the project was opened',
  periodic: 'while editing',
  migration: 'original, before a format upgrade',
  restore: 'the file as it was before a restore',
};

/** File → Restore from Backup…: the dated backups beside the project; restoring replaces the file (itself backed up first). */
export function RestoreBackupDialog({ open, damaged = false, onClose, onRestored }: RestoreBackupDialogProps) {
  const ref = useModal(open);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const { error, setError, busy, run } = useDialogAction();

  useEffect(() => {
    if (!open) return;
    let live = true;
    void listBackups(damaged).then((listed) => {
      if (!live) return;
      if (listed.status !== 'done') return setError(failureMessage(listed));
      setBackups(listed.value);
      setChosen(listed.value[0]?.id ?? null);
    });
    return () => {
      live = false;
    };
  }, [open, damaged, setError]);

  // Forget the list on close, so the next opening shows the backups as they are then.
  const close = () => {
    setBackups(null);
    setError(null);
    onClose();
  };

  const restore = async () => {
    if (!chosen) return;
    const restored = await run(() => restoreBackup(chosen, damaged));
    if (restored.status !== 'done') return;
    onRestored(restored.value);
    close();
  };

  return (
    <dialog ref={ref} className="recovery-dialog" aria-labelledby="restore-backup-title" onClose={close}>
      <h2 id="restore-backup-title">Restore from backup</h2>
      <p>
        Tagwright keeps backups beside the project file. Restoring one replaces the project with it; the current file is
        kept as a backup too, so this can be undone.
      </p>
      {backups === null && !error && <p>Looking for backups…</p>}
      {backups?.length === 0 && <p>There are no backups of this project yet.</p>}
      {backups && backups.length > 0 && (
        <fieldset className="recovery-backups">
          <legend>Backups, newest first</legend>
          {backups.map((b) => (
            <label key={b.id}>
              <input
                type="radio"
                name="backup"
                value={b.id}
                checked={chosen === b.id}
                onChange={() => setChosen(b.id)}
              />
              {formatBackupTime(b.takenAt)} — {REASONS[b.reason]} ({Math.max(1, Math.round(b.size / 1024))} KB)
            </label>
          ))}
        </fieldset>
      )}
      <DialogAlert message={error} />
      <div className="recovery-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button type="button" disabled={!chosen || busy} onClick={() => void restore()}>
          {busy ? 'Restoring…' : 'Restore'}
        </button>
      </div>
    </dialog>
  );
}
