import type { Label } from '../../shared/model';

export interface LabelsFieldProps {
  labels: readonly Label[];
  isTicked(labelId: string): boolean;
  disabled: boolean;
  onToggle(labelId: string): void;
}

/** The export dialog's labels, one checkbox each with its colour: unticked ones are left out of the export. */
export function LabelsField({ labels, isTicked, disabled, onToggle }: LabelsFieldProps) {
  return (
    <fieldset className="export-field" disabled={disabled}>
      <legend>Labels</legend>
      {labels.map((label) => (
        <label key={label.id} className="export-choice">
          <input type="checkbox" checked={isTicked(label.id)} onChange={() => onToggle(label.id)} />
          <span className="export-swatch" style={{ background: label.colour }} aria-hidden="true" />
          {label.name}
        </label>
      ))}
    </fieldset>
  );
}
