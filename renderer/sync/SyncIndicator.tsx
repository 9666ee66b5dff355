import { useEffect } from 'react';
import { loadSyncStatus } from '../store/sync-commands';
import { useWorkbench } from '../store/workbench-store';
import { syncAnnouncement, syncStatusWords } from './sync-status-words';

/**
 * The sync's state in the status bar, in words (never colour alone); a button that opens the Sync
 * dialog. Its live region says each change of state once, not every count.
 */
export function SyncIndicator() {
  const status = useWorkbench((s) => s.syncStatus);
  const setOpen = useWorkbench((s) => s.setSyncOpen);
  const projectPath = useWorkbench((s) => s.session?.project?.path ?? null);
  // A page loaded (or a project opened) while main syncs learns so here; the events keep it current.
  useEffect(() => {
    if (projectPath) void loadSyncStatus();
  }, [projectPath]);
  const words = status ? syncStatusWords(status) : 'Sync: off';
  const state = status?.activity.state ?? 'idle';
  return (
    <>
      <button
        type="button"
        className={`status-sync status-sync-${state}`}
        title={status?.address ? `Sync with ${status.address.server}` : 'Sync with a CouchDB server'}
        onClick={() => setOpen(true)}
      >
        {words}
      </button>
      {/* A live region without the status role: the save state is the status bar's one status. */}
      <span aria-live="polite" className="visually-hidden">
        {status ? syncAnnouncement(status) : ''}
      </span>
    </>
  );
}
