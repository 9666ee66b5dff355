import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { useDocumentViewHandle } from '../labelling/document-view-handle-context';
import { useWorkbench } from '../store/workbench-store';
import { CandidateList } from './CandidateList';
import { CurationLanes } from './CurationLanes';
import { currentAfterRefresh } from './candidate-steps';
import { curationActionRunner } from './curation-actions';
import { curationKeyAction } from './curation-keys';
import { useCurationView } from './use-curation-view';
import './curation.css';

/**
 * The Curation view (toolbar "Curate…", Ctrl+Shift+U; docs/team.md): the open document's
 * annotators in lanes, the candidates with their states, and the keys that build its gold layer.
 */
export function CurationDialog() {
  const open = useWorkbench((s) => s.curationOpen);
  const setOpen = useWorkbench((s) => s.setCurationOpen);
  const document = useWorkbench((s) => s.current?.document ?? null);
  const ref = useModal(open);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const documentView = useDocumentViewHandle();
  const { view, failed } = useCurationView(open, document?.id ?? null);
  const { error, setError, run } = useDialogAction();
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const advance = useRef(false);
  useEffect(() => {
    if (!view) return;
    // Read now: React runs the updater later, after the flag is cleared.
    const advancing = advance.current;
    advance.current = false;
    setCurrentKey((key) => currentAfterRefresh(view.candidates, key, advancing));
  }, [view]);
  useEffect(() => {
    if (open && view) listRef.current?.focus();
  }, [open, view !== null]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = view?.candidates.find((c) => c.key === currentKey) ?? null;
  const onKeyDown = (event: KeyboardEvent) => {
    const action = curationKeyAction(event);
    if (!action || !view) return;
    event.preventDefault();
    setError(null);
    curationActionRunner({
      view,
      current,
      setCurrent: setCurrentKey,
      advanceAfterRefresh: () => (advance.current = true),
      run,
      say: setError,
      documentView: documentView.current,
    })(action);
  };
  const close = () => {
    setError(null);
    setOpen(false);
  };
  const status = view?.record?.status === 'done' ? 'done' : view?.record ? 'in progress' : 'not started';
  return (
    <dialog
      ref={ref}
      className="form-dialog curation-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-keys`}
      onClose={close}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`}>Curate “{document?.title ?? ''}”</h2>
      <p id={`${id}-keys`} className="curation-keys">
        J/K next or previous unsettled span · ↓/↑ any span · 1–9 accept that lane’s version (replaces a rival in gold) ·
        A accept all agreed · X reject · E edit the gold span · D mark done · Ctrl+Z undo · Ctrl+Shift+G label into gold
      </p>
      <DialogAlert message={error ?? failed} />
      {view && (
        <>
          <p role="status" className="curation-progress">
            {view.progress.settled} of {view.progress.total} settled · curation {status}
          </p>
          <CurationLanes view={view} current={current} />
          <CandidateList
            ref={listRef}
            view={view}
            text={document?.text ?? ''}
            currentKey={currentKey}
            onChoose={setCurrentKey}
          />
        </>
      )}
      <div className="curation-buttons">
        <button type="button" className="primary-button" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
