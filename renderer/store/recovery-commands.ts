import { call } from '../bridge/tagwright-client';
import type { LockedProjectAccess, ProjectSummary } from '../../shared/ipc/views';
import { refreshDocuments } from './project-commands';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/** After main opened a project again (its summary is in the session we fetch). */
async function adoptRecovered(_summary: ProjectSummary): Promise<void> {
  store().showError(null);
  store().setDiskChange(null);
  store().showBackups(null);
  const session = await call('getSession', {});
  // The same path may come back (a reload, a restore): drop what we showed of the old contents.
  store().setSession({ ...session, project: null });
  store().setSession(session);
  await refreshDocuments();
}

/** Opens the project another process holds: read-only, or taking over its stale lock. */
export const openLockedProject = (access: LockedProjectAccess) =>
  reportFailure(async () => adoptRecovered(await call('openLockedProject', { access })));

/** Re-reads the open project from disk after someone else changed it. */
export const reloadProject = () => reportFailure(async () => adoptRecovered(await call('reloadProject', {})));

/** Puts a backup in place of the project file (of the damaged one, with `damaged`) and opens it. */
export const restoreBackup = (backupId: string, damaged = false) =>
  reportFailure(async () => adoptRecovered(await call('restoreBackup', { backupId, damaged })));

/** File → Restore from Backup: lists the open project's backups in a dialog. */
export async function showBackups(): Promise<void> {
  if (!store().session?.project) return;
  const backups = await reportFailure(() => call('listBackups', {}));
  if (backups) store().showBackups(backups);
}
