import { useId } from 'react';
import { formatFacts, type FormatName } from '../../shared/formats/format-facts';

export interface FormFieldProps {
  format: FormatName;
  /** The chosen form's name; the format's first form when absent. */
  form: string | undefined;
  disabled: boolean;
  onChange(form: string): void;
}

/** The export dialog's choice of form, for a format written in several (doccano: sequence labelling or relations). */
export function FormField({ format, form, disabled, onChange }: FormFieldProps) {
  const id = useId();
  const forms = formatFacts[format].forms;
  if (!forms) return null;
  const chosen = form ?? forms[0].name;
  return (
    <fieldset className="export-field" disabled={disabled}>
      <legend>Form</legend>
      {forms.map((f) => (
        <label key={f.name} className="export-choice">
          <input
            type="radio"
            name={`${id}-form`}
            value={f.name}
            checked={chosen === f.name}
            onChange={() => onChange(f.name)}
          />
          {f.title}
        </label>
      ))}
    </fieldset>
  );
}
