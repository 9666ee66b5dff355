import './sync-dialog.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { loadSyncStatus, startSync, stopSync } from '../store/sync-commands';
import { useWorkbench } from '../store/workbench-store';
import { syncStatusWords } from './sync-status-words';

const RUNNING = new Set(['connecting', 'syncing', 'synced', 'offline']);

/**
 * Sync…: the open project's layer with a CouchDB server (docs/team.md). The address the project
 * last used is offered (main remembers it, without the account: retype `user:password@` if the
 * server needs one). The status below the buttons is the status bar's.
 */
export function SyncDialog() {
  const open = useWorkbench((s) => s.syncOpen);
  const setOpen = useWorkbench((s) => s.setSyncOpen);
  const status = useWorkbench((s) => s.syncStatus);
  const ref = useModal(open);
  const id = useId();
  const [url, setUrl] = useState('');
  const [database, setDatabase] = useState('');
  const [live, setLive] = useState(true);
  const { error, busy, run } = useDialogAction();
  useEffect(() => {
    if (!open) return;
    void loadSyncStatus().then((outcome) => {
      const offered = outcome.status === 'done' ? outcome.value.address : null;
      if (!offered) return;
      setUrl((typed) => typed || offered.server);
      setDatabase((typed) => typed || (offered.database ?? ''));
      setLive(offered.live);
    });
  }, [open]);
  const running = status !== null && RUNNING.has(status.activity.state);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(() => startSync({ url: url.trim(), ...(database.trim() ? { database: database.trim() } : {}), live }));
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
            value={url}
            required
            placeholder="https://user:password@couch.example.org:6984/"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label className="sync-field">
          Database (empty: the project&apos;s own)
          <input type="text" value={database} spellCheck={false} onChange={(e) => setDatabase(e.target.value)} />
        </label>
        <label className="sync-field">
          <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} />
          Keep syncing (live) until stopped
        </label>
        <DialogAlert message={error} />
        <p role="status" className="sync-dialog-status">
          {status ? syncStatusWords(status) : 'Sync: off'}
        </p>
        <div className="sync-buttons">
          <button type="submit" disabled={busy || url.trim() === ''}>
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
