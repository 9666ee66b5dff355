import './merge-dialog.css';
import { useId, useState, type FormEvent } from 'react';
import type { HandoutSummary } from '../../shared/merge/merge-summary';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { handOutProject } from '../store/merge-commands';
import { useWorkbench } from '../store/workbench-store';

/** The file's name without the folders. */
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Export for annotator…: a copy of the project for one annotator (docs/team.md): the schema and
 * every document (or the documents assigned to them, with their assignments), no annotations, or
 * the gold layer if asked; main asks where to write it.
 */
export function HandoutDialog() {
  const open = useWorkbench((s) => s.handoutOpen);
  const setOpen = useWorkbench((s) => s.setHandoutOpen);
  const ref = useModal(open);
  const id = useId();
  const [annotator, setAnnotator] = useState('');
  const [gold, setGold] = useState(false);
  const [assigned, setAssigned] = useState(false);
  const [written, setWritten] = useState<HandoutSummary | null>(null);
  const { error, busy, run } = useDialogAction();
  const close = () => {
    setWritten(null);
    setOpen(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() => handOutProject(annotator.trim(), gold, assigned));
    if (outcome.status === 'done') setWritten(outcome.value);
  };
  return (
    <dialog ref={ref} className="form-dialog handout-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <h2 id={`${id}-title`}>Export for annotator</h2>
      <form onSubmit={(e) => void submit(e)}>
        <p>A new project with this project&apos;s labels and documents, for one annotator to work on and send back.</p>
        <label className="handout-field">
          Annotator
          <input
            type="text"
            value={annotator}
            required
            maxLength={200}
            onChange={(e) => setAnnotator(e.target.value)}
          />
        </label>
        <label className="handout-field">
          <input type="checkbox" checked={assigned} onChange={(e) => setAssigned(e.target.checked)} />
          Only the documents assigned to them
        </label>
        <label className="handout-field">
          <input type="checkbox" checked={gold} onChange={(e) => setGold(e.target.checked)} />
          Include the gold layer
        </label>
        <DialogAlert message={error} />
        {written && (
          <p role="status">
            Wrote {baseName(written.path)} for {written.annotator}: {written.documents} documents, {written.annotations}{' '}
            annotations.
          </p>
        )}
        <div className="merge-buttons">
          <button type="submit" disabled={busy || annotator.trim() === ''}>
            Write copy…
          </button>
          <button type="button" className="quiet-button" onClick={close}>
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
