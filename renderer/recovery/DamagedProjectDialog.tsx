import { useState } from 'react';
import type { DamagedProjectRecovery, ProjectSummary } from '../../shared/ipc/views';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { restoreBackup } from '../store/recovery-commands';
import { formatBackupTime } from './recovery-errors';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import './recovery.css';

export interface DamagedProjectDialogProps {
  /** From damagedProjectOf(failure) after a failed open; the dialog shows while it is not null. */
  recovery: DamagedProjectRecovery | null;
  onClose: () => void;
  /** Called with the project restored from its backup, now open. */
  onRestored: (project: ProjectSummary) => void;
}

/** Tells the user a project file cannot be opened and offers its newest valid backup, saying what would be lost. */
export function DamagedProjectDialog({ recovery, onClose, onRestored }: DamagedProjectDialogProps) {
  const ref = useModal(recovery !== null);
  const { error, busy, run } = useDialogAction();
  const [choosing, setChoosing] = useState(false);
  if (!recovery) return <dialog ref={ref} className="recovery-dialog" />;
  const { backup } = recovery;

  const restore = async () => {
    if (!backup) return;
    const restored = await run(() => restoreBackup(backup.id, true));
    if (restored.status !== 'done') return;
    onRestored(restored.value);
    onClose();
  };

  return (
    <dialog ref={ref} className="recovery-dialog" aria-labelledby="damaged-project-title" onClose={onClose}>
      <h2 id="damaged-project-title">This project file is damaged</h2>
      <p className="recovery-path">{recovery.projectPath}</p>
      <p>{recovery.problem}.</p>
      {backup ? (
        <>
          <p>
            The newest backup that opens was taken <strong>{formatBackupTime(backup.takenAt)}</strong>
            {recovery.backupCounts &&
              ` and holds ${recovery.backupCounts.documents} documents and ${recovery.backupCounts.annotations} annotations`}
            .
          </p>
          <p>{describeLoss(recovery)}</p>
        </>
      ) : (
        <p>There is no backup of this project that opens. The file has been left as it is.</p>
      )}
      <DialogAlert message={error} />
      <div className="recovery-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        {backup && (
          <button type="button" onClick={() => setChoosing(true)}>
            Choose another backup…
          </button>
        )}
        {backup && (
          <button type="button" disabled={busy} onClick={() => void restore()}>
            {busy ? 'Restoring…' : 'Restore this backup'}
          </button>
        )}
      </div>
      <RestoreBackupDialog
        open={choosing}
        damaged
        onClose={() => setChoosing(false)}
        onRestored={(project) => {
          onRestored(project);
          onClose();
        }}
      />
    </dialog>
  );
}

/** What restoring loses, as far as main could tell from the damaged file. */
function describeLoss(recovery: DamagedProjectRecovery): string {
  const since = recovery.damagedModifiedAt ? ` (last changed ${formatBackupTime(recovery.damagedModifiedAt)})` : '';
  const { backupCounts: b, damagedCounts: d } = recovery;
  if (b && d) {
    const documents = d.documents - b.documents;
    const annotations = d.annotations - b.annotations;
    if (documents <= 0 && annotations <= 0) {
      return `The damaged file${since} has no more documents or annotations than the backup; edits made after the backup are lost.`;
    }
    return `Restoring loses what changed after the backup: the damaged file${since} has ${Math.max(0, documents)} more documents and ${Math.max(0, annotations)} more annotations. The damaged file is kept as a backup.`;
  }
  return `Restoring loses every change made after the backup's time; how many cannot be told, because the damaged file${since} cannot be read. It is kept as a backup.`;
}
