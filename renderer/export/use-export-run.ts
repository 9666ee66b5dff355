import { useEffect, useState } from 'react';
import type { CallInput } from '../../shared/ipc/contract';
import type { ExportOutcome } from '../../shared/ipc/views';
import { useDialogAction } from '../hooks/use-dialog-action';
import { cancelExport, exportCorpus, watchExportProgress } from '../store/export-commands';

export type ExportPhase =
  | { kind: 'form' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished'; summary: ExportOutcome }
  | { kind: 'failed'; message: string };

/**
 * One export from the dialog: its phase (the form, running with main's progress, finished with a
 * summary, failed with main's message) and its Cancel. The failure of the cancel request itself
 * is its own message (`cancelError`), apart from the export's.
 */
export function useExportRun() {
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'form' });
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

  async function start(request: CallInput<'exportCorpus'>) {
    setPhase({ kind: 'running', done: 0, total: 0 });
    cancelling.setError(null);
    const exported = await exportCorpus(request);
    if (exported.status === 'done') setPhase({ kind: 'finished', summary: exported.value });
    else if (exported.status === 'failed') setPhase({ kind: 'failed', message: exported.error.message });
    else setPhase({ kind: 'form' });
  }

  return {
    phase,
    start,
    cancel: () => void cancelling.run(cancelExport),
    cancelError: cancelling.error,
    // The next opening starts from the form again (a running export keeps its progress).
    reset: () => setPhase((current) => (current.kind === 'running' ? current : { kind: 'form' })),
  };
}

export type ExportRun = ReturnType<typeof useExportRun>;
