import { call, subscribe } from '../bridge/tagwright-client';
import type { ProjectOnDiskChange } from '../../shared/ipc/views';
import { refreshDocuments } from './project-commands';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/**
 * After main opened a project again (read-only, taken over, reloaded, restored): the same path may
 * come back with other contents, so what we showed of the old ones is dropped first.
 */
export async function adoptReopenedProject() {
  store().showError(null);
  const session = reportFailure(await call('getSession', {}));
  if (session.status !== 'done') return session;
  store().setSession({ ...session.value, project: null });
  store().setSession(session.value);
  return refreshDocuments();
}

// The recovery dialogs' own calls: a failure is said in the dialog that ran them (the page's alert
// region is behind the modal), so these pass it on without reporting it.

/** The open project's backups, newest first; `damaged`: those of the project that last failed to open. */
export const listBackups = (damaged: boolean) => call('listBackups', { damaged });

export const restoreBackup = (backupId: string, damaged: boolean) => call('restoreBackup', { backupId, damaged });

/** Re-reads the open project after it changed on disk; what was not saved here is dropped. */
export const reloadProject = () => call('reloadProject', {});

export const openLockedProject = (access: 'read-only' | 'take-over') => call('openLockedProject', { access });

/** Listens for main's word that the open project's file changed outside Tagwright (or its lock was taken). */
export const watchProjectOnDisk = (listener: (change: ProjectOnDiskChange) => void) =>
  subscribe('projectChangedOnDisk', listener);
