import './merge-dialog.css';
import { useId, useState } from 'react';
import type { MergeSummary, ResolvedDifference } from '../../shared/merge/merge-summary';
import type { SchemaResolution } from '../../shared/merge/schema-differences';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { fileToBase64 } from '../import/file-to-base64';
import { pickFilesInPage } from '../import/pick-files-in-page';
import { mergeProjectFiles } from '../store/merge-commands';
import { useWorkbench } from '../store/workbench-store';
import { MergeSummaryTable } from './MergeSummaryTable';
import { SchemaDecisions } from './SchemaDecisions';

type PickedFile = { name: string; base64: string };

/** Each difference that waits, once (the first file that has it names it). */
function waiting(summary: MergeSummary): { file: string; difference: ResolvedDifference }[] {
  const seen = new Set<string>();
  const list = [];
  for (const f of summary.files) {
    for (const d of f.differences) {
      if (d.resolution !== null || seen.has(d.key)) continue;
      seen.add(d.key);
      list.push({ file: f.file, difference: d });
    }
  }
  return list;
}

/**
 * Project → Merge projects…: annotators' project files merged into the open one (docs/team.md).
 * The files are picked, then merged; if their schemas differ, the differences are shown and
 * decided first (nothing is written before), then the summary says what came from where.
 */
export function MergeDialog() {
  const open = useWorkbench((s) => s.mergeOpen);
  const setOpen = useWorkbench((s) => s.setMergeOpen);
  const ref = useModal(open);
  const id = useId();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [decisions, setDecisions] = useState<Record<string, SchemaResolution>>({});
  const [summary, setSummary] = useState<MergeSummary | null>(null);
  const { error, busy, run } = useDialogAction();
  const undecided = summary && !summary.applied ? waiting(summary) : [];
  const close = () => {
    setFiles([]);
    setDecisions({});
    setSummary(null);
    setOpen(false);
  };
  const merge = async (picked: PickedFile[], chosen: Record<string, SchemaResolution>) => {
    const outcome = await run(() => mergeProjectFiles(picked, chosen));
    if (outcome.status === 'done') setSummary(outcome.value.summary);
  };
  const choose = async () => {
    const chosen = await pickFilesInPage('.tagwright,application/json');
    if (chosen.length === 0) return;
    const picked: PickedFile[] = [];
    for (const f of chosen) picked.push({ name: f.name, base64: await fileToBase64(f) });
    setFiles(picked);
    setDecisions({});
    await merge(picked, {});
  };
  return (
    <dialog ref={ref} className="form-dialog merge-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <h2 id={`${id}-title`}>Merge projects</h2>
      {!summary?.applied && (
        <p>
          Annotators&apos; project files are merged into this project: documents are matched by their text, every
          annotation keeps its annotator, and work already here is not added twice.
        </p>
      )}
      <DialogAlert message={error} />
      {summary?.applied && (
        <p role="status">
          Merged {summary.files.length} {summary.files.length === 1 ? 'file' : 'files'}.
        </p>
      )}
      {undecided.length > 0 && (
        <SchemaDecisions
          differences={undecided}
          decisions={decisions}
          onDecide={(key, resolution) => setDecisions((d) => ({ ...d, [key]: resolution }))}
        />
      )}
      {summary && <MergeSummaryTable summary={summary} />}
      <div className="merge-buttons">
        {!summary?.applied && (
          <button type="button" disabled={busy} onClick={() => void choose()}>
            Choose project files…
          </button>
        )}
        {undecided.length > 0 && (
          <button
            type="button"
            disabled={busy || undecided.some(({ difference }) => !decisions[difference.key])}
            onClick={() => void merge(files, decisions)}
          >
            Merge
          </button>
        )}
        <button type="button" className="quiet-button" onClick={close}>
          {summary?.applied ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
