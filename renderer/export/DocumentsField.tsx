import { useId } from 'react';
import type { ExportDocumentChoice } from '../../shared/formats/export-job';

export interface DocumentsFieldProps {
  documents: ExportDocumentChoice;
  selectedCount: number;
  disabled: boolean;
  onChange(documents: ExportDocumentChoice): void;
}

/** The export dialog's choice of documents: all, those marked done, or those selected in the list. */
export function DocumentsField({ documents, selectedCount, disabled, onChange }: DocumentsFieldProps) {
  const id = useId();
  const choices = [
    ['all', 'All documents'],
    ['done', 'Documents marked done'],
    ['selected', `Selected documents (${selectedCount})`],
  ] as const;
  return (
    <fieldset className="export-field" disabled={disabled}>
      <legend>Documents</legend>
      {choices.map(([value, text]) => (
        <label key={value} className="export-choice">
          <input
            type="radio"
            name={`${id}-documents`}
            value={value}
            checked={documents === value}
            onChange={() => onChange(value)}
          />
          {text}
        </label>
      ))}
    </fieldset>
  );
}
