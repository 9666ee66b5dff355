import { useEffect, useId, useState } from 'react';
import type { ExportDocumentChoice, FormatName } from '../../shared/formats/corpus-export';
import type { ExportOutcome } from '../../shared/ipc/views';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { cancelExport, exportCorpus, watchExportProgress } from '../store/export-commands';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { ExportSummary } from './ExportSummary';
import { FormatField } from './FormatField';
import './export-dialog.css';

type Phase =
  | { kind: 'form' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished'; summary: ExportOutcome }
  | { kind: 'failed'; message: string };

export interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  selectedDocumentIds: string[];
}

/**
 * File → Export: format, which documents, which labels, then a destination asked by main
 * (native dialog); a progress bar with Cancel while it runs, and a summary with "Show files".
 */
export function ExportDialog({ open, onClose, selectedDocumentIds }: ExportDialogProps) {
  const ref = useModal(open);
  const id = useId();
  const [format, setFormat] = useState<FormatName>('jsonl');
  const [documents, setDocuments] = useState<ExportDocumentChoice>('all');
  const labels = useWorkbench(selectLabels);
  // Labels the user unticked (closing forgets them: every opening starts with all ticked).
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const chosen = labels.filter((l) => !unticked.has(l.id)).map((l) => l.id);

  // Cancelling asks main to stop; a failure of that request is said here, the export's own below.
  const cancelling = useDialogAction();
  useEffect(
    () =>
      watchExportProgress((p) =>
        setPhase((current) =>
          current.kind === 'running' ? { kind: 'running', done: p.documentsDone, total: p.documentsTotal } : current,
        ),
      ),
    [],
  );

  const running = phase.kind === 'running';
  // The next opening starts from the form again.
  const close = () => {
    if (phase.kind !== 'running') setPhase({ kind: 'form' });
    setUnticked(new Set());
    onClose();
  };
  const noLabels = chosen.length === 0;
  const noSelection = documents === 'selected' && selectedDocumentIds.length === 0;

  async function start() {
    setPhase({ kind: 'running', done: 0, total: 0 });
    cancelling.setError(null);
    const exported = await exportCorpus({
      format,
      documents,
      ...(documents === 'selected' ? { documentIds: selectedDocumentIds } : {}),
      ...(chosen.length < labels.length ? { labels: chosen } : {}),
    });
    if (exported.status === 'done') setPhase({ kind: 'finished', summary: exported.value });
    else if (exported.status === 'failed') setPhase({ kind: 'failed', message: exported.error.message });
    else setPhase({ kind: 'form' });
  }

  function toggle(labelId: string) {
    setUnticked((current) => {
      const next = new Set(current);
      if (next.has(labelId)) next.delete(labelId);
      else next.add(labelId);
      return next;
    });
  }

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        if (running) event.preventDefault();
      }}
      onClose={close}
    >
      <h2 id={`${id}-title`}>Export corpus</h2>
      {phase.kind === 'finished' ? (
        <ExportSummary summary={phase.summary} onClose={close} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <FormatField format={format} disabled={running} onChange={setFormat} />
          <fieldset className="export-field" disabled={running}>
            <legend>Documents</legend>
            {(
              [
                ['all', 'All documents'],
                ['done', 'Documents marked done'],
                ['selected', `Selected documents (${selectedDocumentIds.length})`],
              ] as const
            ).map(([value, text]) => (
              <label key={value} className="export-choice">
                <input
                  type="radio"
                  name={`${id}-documents`}
                  value={value}
                  checked={documents === value}
                  onChange={() => setDocuments(value)}
                />
                {text}
              </label>
            ))}
          </fieldset>
          <fieldset className="export-field" disabled={running}>
            <legend>Labels</legend>
            {labels.map((label) => (
              <label key={label.id} className="export-choice">
                <input type="checkbox" checked={!unticked.has(label.id)} onChange={() => toggle(label.id)} />
                <span className="export-swatch" style={{ background: label.colour }} aria-hidden="true" />
                {label.name}
              </label>
            ))}
          </fieldset>
          <DialogAlert message={phase.kind === 'failed' ? phase.message : null} />
          <DialogAlert message={cancelling.error} />
          {running && (
            <div className="export-progress">
              <progress max={Math.max(phase.total, 1)} value={phase.done} aria-label="Export progress" />
              <span aria-live="polite">
                {phase.total > 0 ? `${phase.done} of ${phase.total} documents` : 'Choosing where to write…'}
              </span>
            </div>
          )}
          <div className="export-buttons">
            {running ? (
              <button type="button" onClick={() => void cancelling.run(cancelExport)}>
                Cancel export
              </button>
            ) : (
              <>
                <button type="button" onClick={close}>
                  Close
                </button>
                <button type="submit" className="primary" disabled={noLabels || noSelection}>
                  Export…
                </button>
              </>
            )}
          </div>
          {noSelection && !running && <p className="export-hint">Select documents in the list first, or export all.</p>}
        </form>
      )}
    </dialog>
  );
}
