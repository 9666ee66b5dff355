import { ChangedOnDiskDialog } from '../recovery/ChangedOnDiskDialog';
import { DamagedProjectDialog } from '../recovery/DamagedProjectDialog';
import { LockedProjectDialog } from '../recovery/LockedProjectDialog';
import { RestoreBackupDialog } from '../recovery/RestoreBackupDialog';
import { damagedProjectOf, lockedProjectOf } from '../recovery/recovery-errors';
import { adoptReopenedProject } from '../store/recovery-commands';
import { useWorkbench } from '../store/workbench-store';

const reopened = () => void adoptReopenedProject();

/**
 * The recovery dialogs, wired to the workbench: a failed open of a damaged or locked project
 * offers its way out, a change on disk offers a reload, File → Restore from Backup lists backups.
 */
export function RecoveryDialogs() {
  const failure = useWorkbench((s) => s.failure);
  const showError = useWorkbench((s) => s.showError);
  const backupsOpen = useWorkbench((s) => s.backupsOpen);
  const setBackupsOpen = useWorkbench((s) => s.setBackupsOpen);

  return (
    <>
      <DamagedProjectDialog
        recovery={damagedProjectOf(failure)}
        onClose={() => showError(null)}
        onRestored={reopened}
      />
      <LockedProjectDialog locked={lockedProjectOf(failure)} onClose={() => showError(null)} onOpened={reopened} />
      <ChangedOnDiskDialog onReloaded={reopened} />
      <RestoreBackupDialog open={backupsOpen} onClose={() => setBackupsOpen(false)} onRestored={reopened} />
    </>
  );
}
