import { useEffect, useId, useState } from 'react';
import { FORMAT_NAMES, type ExportDocumentChoice, type FormatName } from '../../shared/formats/corpus-export';
import type { ExportOutcome } from '../../shared/ipc/views';
import { exporters } from '../../shared/formats/format-registry';
import { call, CallFailed, subscribe } from '../bridge/tagwright-client';
import { useModal } from '../hooks/use-modal';
import { selectLabels, useWorkbench } from '../store/workbench-store';
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

  useEffect(
    () =>
      subscribe('exportProgress', (p) =>
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
    try {
      const summary = await call('exportCorpus', {
        format,
        documents,
        ...(documents === 'selected' ? { documentIds: selectedDocumentIds } : {}),
        ...(chosen.length < labels.length ? { labels: chosen } : {}),
      });
      setPhase(summary ? { kind: 'finished', summary } : { kind: 'form' });
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof CallFailed ? error.message : String(error) });
    }
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
        <ExportSummaryView summary={phase.summary} onClose={close} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <label className="export-field">
            <span>Format</span>
            <select value={format} disabled={running} onChange={(e) => setFormat(e.target.value as FormatName)}>
              {FORMAT_NAMES.map((f) => (
                <option key={f} value={f}>
                  {exporters[f].title}
                </option>
              ))}
            </select>
          </label>
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
          {phase.kind === 'failed' && (
            <p className="export-error" role="alert">
              {phase.message}
            </p>
          )}
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
              <button type="button" onClick={() => void call('cancelExport', {})}>
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

function ExportSummaryView({ summary, onClose }: { summary: ExportOutcome; onClose(): void }) {
  // Browser mode: there is no file manager to open, so the server's paths are listed in the dialog.
  const [serverFiles, setServerFiles] = useState<string[] | null>(null);
  const size =
    summary.bytes >= 1048576 ? `${(summary.bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(summary.bytes / 1024)} KB`;
  const where = summary.download
    ? summary.download.fileName
    : summary.files.length === 1
      ? summary.files[0]
      : `${summary.files.length} files in ${summary.path}`;
  async function showFiles() {
    const files = await call('showExportedFiles', {});
    if (summary.onServer) setServerFiles(files);
  }
  return (
    <div className="export-summary" role="status">
      <p>
        Exported {summary.documents} document{summary.documents === 1 ? '' : 's'} and {summary.annotations} annotation
        {summary.annotations === 1 ? '' : 's'} as {exporters[summary.format].title}.
      </p>
      <p className="export-path">
        {summary.onServer ? 'On the server: ' : ''}
        {where} ({size})
      </p>
      {serverFiles && (
        <ul className="export-server-files" aria-label="Exported files on the server">
          {serverFiles.map((file) => (
            <li key={file}>{file}</li>
          ))}
        </ul>
      )}
      <div className="export-buttons">
        {summary.download ? (
          <a className="export-download" href={summary.download.url} download={summary.download.fileName}>
            Download {summary.download.fileName}
          </a>
        ) : (
          <button type="button" onClick={() => void showFiles()}>
            Show files
          </button>
        )}
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
