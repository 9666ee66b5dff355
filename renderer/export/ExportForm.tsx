import { DialogAlert } from '../chrome/DialogAlert';
import { DocumentsField } from './DocumentsField';
import { FormatField } from './FormatField';
import { FormField } from './FormField';
import { LabelsField } from './LabelsField';
import { LayerField } from './LayerField';
import type { ExportLayerChoice } from '../../shared/formats/export-job';
import type { ExportChoices } from './use-export-choices';
import type { ExportRun } from './use-export-run';

export interface ExportFormProps {
  choices: ExportChoices;
  run: ExportRun;
  selectedCount: number;
  /** The layers besides all (none: the project has one annotator's work, or main could not say). */
  layers: { choices: ExportLayerChoice[]; error: string | null };
  onClose(): void;
}

/** The export dialog before and while an export runs: the choices (locked while it runs), its progress, its buttons. */
export function ExportForm({ choices, run, selectedCount, layers, onClose }: ExportFormProps) {
  const { phase } = run;
  const running = phase.kind === 'running';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run.start(choices.request());
      }}
    >
      <FormatField format={choices.format} form={choices.form} disabled={running} onChange={choices.setFormat} />
      <FormField format={choices.format} form={choices.form} disabled={running} onChange={choices.setForm} />
      <DocumentsField
        documents={choices.documents}
        selectedCount={selectedCount}
        disabled={running}
        onChange={choices.setDocuments}
      />
      <LayerField
        format={choices.format}
        layer={choices.layer}
        choices={layers.choices}
        disabled={running}
        onChange={choices.setLayer}
      />
      <DialogAlert message={layers.error} />
      <LabelsField
        labels={choices.labels}
        isTicked={choices.isTicked}
        disabled={running}
        onToggle={choices.toggleLabel}
      />
      <DialogAlert message={phase.kind === 'failed' ? phase.message : null} />
      <DialogAlert message={run.cancelError} />
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
          <button type="button" onClick={run.cancel}>
            Cancel export
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              Close
            </button>
            <button type="submit" className="primary" disabled={choices.noLabels || choices.noSelection}>
              Export…
            </button>
          </>
        )}
      </div>
      {choices.noSelection && !running && (
        <p className="export-hint">Select documents in the list first, or export all.</p>
      )}
    </form>
  );
}
