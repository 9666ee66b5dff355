import { useEffect, useRef } from 'react';
import type { BackupInfo } from '../../shared/ipc/views';
import { restoreBackup } from '../store/recovery-commands';
import { useWorkbench } from '../store/workbench-store';

const reasons: Record<BackupInfo['reason'], string> = {
  open: 'when opened',
  periodic: 'while editing',
  migration: 'before an upgrade',
  restore: 'before a restore',
};

/** File → Restore from Backup: the project's backups, newest first, each restorable. */
export function BackupsDialog() {
  const backups = useWorkbench((s) => s.backups);
  const showBackups = useWorkbench((s) => s.showBackups);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (backups && !dialog.open) dialog.showModal();
    if (!backups && dialog.open) dialog.close();
  }, [backups]);

  return (
    <dialog
      ref={ref}
      className="about-dialog backups-dialog"
      aria-labelledby="backups-title"
      onClose={() => showBackups(null)}
    >
      <h2 id="backups-title">Restore from backup</h2>
      <p>The current file is backed up first, so a restore can itself be undone by restoring again.</p>
      {backups && backups.length === 0 && <p>This project has no backups yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="backups-list" aria-label="Backups">
          {backups.map((b) => (
            <li key={b.id}>
              <span>
                {new Date(b.takenAt).toLocaleString()} <span className="path-text">({reasons[b.reason]})</span>
              </span>
              <button
                type="button"
                aria-label={`Restore the backup from ${new Date(b.takenAt).toLocaleString()}`}
                onClick={() => void restoreBackup(b.id)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="quiet-button" onClick={() => showBackups(null)}>
        Close
      </button>
    </dialog>
  );
}
