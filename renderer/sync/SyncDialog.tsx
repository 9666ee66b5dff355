import './sync-dialog.css';
import { useId, type FormEvent } from 'react';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { startSync, stopSync } from '../store/sync-commands';
import { useWorkbench } from '../store/workbench-store';
import { syncRunning, syncStatusWords } from './sync-status-words';
import { useSyncFields } from './use-sync-fields';

/**
 * Sync…: the open project's layer with a CouchDB server (docs/team.md); as the curator, the gold
 * layer and the schema too. The address the project last used is offered, with the live and
 * curator boxes as they were (main remembers them, without the account: retype `user:password@` if
 * the server needs one). The status below the buttons is the status bar's.
 */
export function SyncDialog() {
  const open = useWorkbench((s) => s.syncOpen);
  const setOpen = useWorkbench((s) => s.setSyncOpen);
  const status = useWorkbench((s) => s.syncStatus);
  const ref = useModal(open);
  const id = useId();
  const fields = useSyncFields(open);
  const { error, busy, run } = useDialogAction();
  const running = syncRunning(status);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(() => startSync(fields.request()));
  };
  return (
    <dialog
      ref={ref}
      className="form-dialog sync-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => setOpen(false)}
    >
      <h2 id={`${id}-title`}>Sync with a server</h2>
      <form onSubmit={(e) => void submit(e)}>
        <p>Your annotations go to a CouchDB server and your team&apos;s come back into this project.</p>
        <label className="sync-field">
          Server address
          <input
            type="url"
            value={fields.url}
            required
            placeholder="https://user:password@couch.example.org:6984/"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => fields.setUrl(e.target.value)}
          />
        </label>
        <label className="sync-field">
          Database (empty: the project&apos;s own)
          <input
            type="text"
            value={fields.database}
            spellCheck={false}
            onChange={(e) => fields.setDatabase(e.target.value)}
          />
        </label>
        <label className="sync-field">
          <input type="checkbox" checked={fields.live} onChange={(e) => fields.setLive(e.target.checked)} />
          Keep syncing (live) until stopped
        </label>
        <label className="sync-field">
          <input type="checkbox" checked={fields.curator} onChange={(e) => fields.setCurator(e.target.checked)} />
          Sync as curator (also sends the gold layer and the schema)
        </label>
        <DialogAlert message={error} />
        <p role="status" className="sync-dialog-status">
          {status ? syncStatusWords(status) : 'Sync: off'}
        </p>
        <div className="sync-buttons">
          <button type="submit" disabled={busy || fields.url.trim() === ''}>
            Start
          </button>
          <button type="button" disabled={busy || !running} onClick={() => void run(stopSync)}>
            Stop
          </button>
          <button type="button" className="quiet-button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
