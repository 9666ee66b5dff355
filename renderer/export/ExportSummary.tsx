import { useState } from 'react';
import { formatFacts } from '../../shared/formats/format-facts';
import type { ExportOutcome } from '../../shared/ipc/views';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { showExportedFiles } from '../store/export-commands';
import { ExportLossList } from './ExportLossList';

/** What an export wrote and what its format could not carry, with "Show files" (or the download link in browser mode) and Done. */
export function ExportSummary({ summary, onClose }: { summary: ExportOutcome; onClose(): void }) {
  // Browser mode: there is no file manager to open, so the server's paths are listed in the dialog.
  const [serverFiles, setServerFiles] = useState<string[] | null>(null);
  const { error, run } = useDialogAction();
  const size =
    summary.bytes >= 1048576 ? `${(summary.bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(summary.bytes / 1024)} KB`;
  const where = summary.download
    ? summary.download.fileName
    : summary.files.length === 1
      ? summary.files[0]
      : `${summary.files.length} files in ${summary.path}`;
  async function showFiles() {
    const files = await run(showExportedFiles);
    if (files.status === 'done' && summary.onServer) setServerFiles(files.value);
  }
  return (
    <div className="export-summary">
      <div role="status">
        <p>
          Exported {summary.documents} document{summary.documents === 1 ? '' : 's'} and {summary.annotations} annotation
          {summary.annotations === 1 ? '' : 's'} as {formatFacts[summary.format].title}.
        </p>
        <p className="export-path">
          {summary.onServer ? 'On the server: ' : ''}
          {where} ({size})
        </p>
        {summary.annotators && (
          <p className="export-path">
            Each annotator apart: {summary.annotators.map((a) => a.id || 'unsigned').join(', ')}.
          </p>
        )}
        <ExportLossList title={formatFacts[summary.format].title} losses={summary.losses} />
      </div>
      {serverFiles && (
        <ul className="export-server-files" aria-label="Exported files on the server">
          {serverFiles.map((file) => (
            <li key={file}>{file}</li>
          ))}
        </ul>
      )}
      <DialogAlert message={error} />
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
