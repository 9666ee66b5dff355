import { useState } from 'react';
import type { AgreementReportFormat } from '../../shared/agreement/agreement-options';
import type { ReportFile } from '../../shared/ipc/views';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { exportAgreementReport } from '../store/agreement-commands';

/** Export the report as CSV or JSON: main asks where (a download in browser mode), then says where it went. */
export function ReportExport() {
  const { error, busy, run } = useDialogAction();
  const [written, setWritten] = useState<ReportFile | null>(null);
  async function write(format: AgreementReportFormat) {
    setWritten(null);
    const outcome = await run(() => exportAgreementReport(format));
    if (outcome.status === 'done') setWritten(outcome.value);
  }
  return (
    <div className="agreement-export">
      <button type="button" disabled={busy} onClick={() => void write('csv')}>
        Export CSV…
      </button>
      <button type="button" disabled={busy} onClick={() => void write('json')}>
        Export JSON…
      </button>
      <DialogAlert message={error} />
      {written && (
        <p role="status" className="agreement-notes">
          {written.download ? (
            <a href={written.download.url} download={written.download.fileName}>
              Download {written.download.fileName}
            </a>
          ) : (
            `Written ${written.onServer ? 'on the server, ' : ''}to ${written.path}`
          )}
        </p>
      )}
    </div>
  );
}
