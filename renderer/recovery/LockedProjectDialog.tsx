import type { ProjectSummary } from '../../shared/ipc/views';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { openLockedProject } from '../store/recovery-commands';
import type { LockedProject } from './recovery-errors';
import './recovery.css';

export interface LockedProjectDialogProps {
  /** From lockedProjectOf(failure) after a failed open; the dialog shows while it is not null. */
  locked: LockedProject | null;
  onClose: () => void;
  /** Called with the project, opened read-only or with its lock taken over. */
  onOpened: (project: ProjectSummary) => void;
}

/** The choice for a project another Tagwright holds: open it read-only, or take over a lock left behind or held elsewhere. */
export function LockedProjectDialog({ locked, onClose, onOpened }: LockedProjectDialogProps) {
  const ref = useModal(locked !== null);
  const { error, run } = useDialogAction();

  const open = async (access: 'read-only' | 'take-over') => {
    const opened = await run(() => openLockedProject(access));
    if (opened.status !== 'done') return;
    onOpened(opened.value);
    onClose();
  };

  return (
    <dialog ref={ref} className="recovery-dialog" aria-labelledby="locked-project-title" onClose={onClose}>
      <h2 id="locked-project-title">
        {locked?.unwritable ? 'This project cannot be edited here' : 'This project is in use'}
      </h2>
      {locked && <p>{locked.message}</p>}
      <p>Read-only shows everything but saves nothing, so no one's work is overwritten.</p>
      <DialogAlert message={error} />
      <div className="recovery-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={() => void open('read-only')}>
          Open read-only
        </button>
        {locked?.canTakeOver && (
          <button type="button" onClick={() => void open('take-over')}>
            Take over the lock
          </button>
        )}
      </div>
    </dialog>
  );
}
