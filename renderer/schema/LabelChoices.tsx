import type { Label } from '../../shared/model';

interface Props {
  id: string;
  legend: string;
  labels: readonly Label[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

/** Which labels a type allows somewhere, as a checkbox per label; none ticked allows any. */
export function LabelChoices({ id, legend, labels, chosen, onChange }: Props) {
  return (
    <fieldset className="schema-label-choices">
      <legend>
        {legend} <span className="schema-hint">(none ticked: any)</span>
      </legend>
      {labels.map((label) => (
        <label key={label.id} htmlFor={`${id}-${label.id}`}>
          <input
            id={`${id}-${label.id}`}
            type="checkbox"
            checked={chosen.includes(label.id)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, label.id] : chosen.filter((c) => c !== label.id))}
          />
          {label.name}
        </label>
      ))}
    </fieldset>
  );
}
