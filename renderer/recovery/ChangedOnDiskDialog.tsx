import { useEffect, useState } from 'react';
import type { ProjectOnDiskChange, ProjectSummary } from '../../shared/ipc/views';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { reloadProject, watchProjectOnDisk } from '../store/recovery-commands';
import './recovery.css';

export interface ChangedOnDiskDialogProps {
  /** Called with the project as re-read from disk after the user chose Reload. */
  onReloaded: (project: ProjectSummary) => void;
}

/**
 * Mount once: listens for projectChangedOnDisk and offers to reload. Until then main saves
 * nothing to that file, so the other program's (or machine's) changes are never overwritten.
 */
export function ChangedOnDiskDialog({ onReloaded }: ChangedOnDiskDialogProps) {
  const [change, setChange] = useState<ProjectOnDiskChange | null>(null);
  const { error, run } = useDialogAction();
  const ref = useModal(change !== null);
  useEffect(() => watchProjectOnDisk(setChange), []);

  const reload = async () => {
    const reloaded = await run(reloadProject);
    if (reloaded.status !== 'done') return;
    onReloaded(reloaded.value);
    setChange(null);
  };

  return (
    <dialog
      ref={ref}
      className="recovery-dialog"
      aria-labelledby="changed-on-disk-title"
      onClose={() => setChange(null)}
    >
      <h2 id="changed-on-disk-title">
        {change?.reason === 'lock-lost' ? 'Another Tagwright took over this project' : 'The project file changed'}
      </h2>
      {change && <p>{change.message}</p>}
      <DialogAlert message={error} />
      <div className="recovery-actions">
        <button type="button" onClick={() => setChange(null)}>
          Not now
        </button>
        {change?.reason !== 'deleted' && (
          <button type="button" onClick={() => void reload()}>
            Reload from disk
          </button>
        )}
      </div>
    </dialog>
  );
}
