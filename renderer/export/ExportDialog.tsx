import { useId } from 'react';
import { useModal } from '../hooks/use-modal';
import { ExportForm } from './ExportForm';
import { ExportSummary } from './ExportSummary';
import { useExportChoices } from './use-export-choices';
import { useExportRun } from './use-export-run';
import { useExportLayers } from './use-export-layers';
import './export-dialog.css';

export interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  selectedDocumentIds: string[];
}

/**
 * File → Export: format, which documents, whose layer, which labels, then a destination asked by main
 * (native dialog); a progress bar with Cancel while it runs, and a summary with "Show files".
 */
export function ExportDialog({ open, onClose, selectedDocumentIds }: ExportDialogProps) {
  const ref = useModal(open);
  const id = useId();
  const choices = useExportChoices(selectedDocumentIds);
  const run = useExportRun();
  const layers = useExportLayers(open);
  const close = () => {
    run.reset();
    choices.forgetUnticked();
    onClose();
  };
  return (
    <dialog
      ref={ref}
      className="form-dialog export-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        // Escape does not leave a running export behind: Cancel export stops it first.
        if (run.phase.kind === 'running') event.preventDefault();
      }}
      onClose={close}
    >
      <h2 id={`${id}-title`}>Export corpus</h2>
      {run.phase.kind === 'finished' ? (
        <ExportSummary summary={run.phase.summary} onClose={close} />
      ) : (
        <ExportForm
          choices={choices}
          run={run}
          selectedCount={selectedDocumentIds.length}
          layers={layers}
          onClose={close}
        />
      )}
    </dialog>
  );
}
