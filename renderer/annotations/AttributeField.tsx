import type { AttributeDefinition } from '../../shared/model';
import type { DraftValue } from './attribute-draft';
import { capitalise } from '../display-text/capitalise';

interface Props {
  definition: AttributeDefinition;
  value: DraftValue;
  /** Unique per editor: the field's id and its description's. */
  id: string;
  excerpt: string;
  onChange(value: DraftValue): void;
}

/**
 * One attribute's field, by its declared type: number, text, date, checkbox, a choice list or,
 * for several choices, a checkbox per choice. A required one says so (and is checked on save).
 */
export function AttributeField({ definition, value, id, excerpt, onChange }: Props) {
  const name = `${capitalise(definition.name)} of “${excerpt}”`;
  const described = definition.description ? `${id}-help` : undefined;
  const required = definition.required === true;
  const help = described && (
    <p id={described} className="attribute-help">
      {definition.description}
    </p>
  );
  const title = (
    <>
      {capitalise(definition.name)}
      {required && <span className="attribute-required"> (required)</span>}
    </>
  );
  if (definition.type === 'choice' && definition.multiple) {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className="attribute-field attribute-field-choices" aria-label={name} aria-describedby={described}>
        <legend>{title}</legend>
        {(definition.choices ?? []).map((choice) => (
          <label key={choice} className="attribute-choice">
            <input
              type="checkbox"
              checked={chosen.includes(choice)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, choice] : chosen.filter((c) => c !== choice))}
            />
            {choice}
          </label>
        ))}
        {help}
      </fieldset>
    );
  }
  const common = { id, 'aria-label': name, 'aria-describedby': described, 'aria-required': required || undefined };
  const text = typeof value === 'string' ? value : '';
  let control;
  if (definition.type === 'boolean') {
    control = (
      <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
    );
  } else if (definition.type === 'choice') {
    control = (
      <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {(definition.choices ?? []).map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        type={definition.type === 'string' ? 'text' : definition.type}
        step={definition.type === 'number' ? 'any' : undefined}
        inputMode={definition.type === 'number' ? 'decimal' : undefined}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={`attribute-field attribute-field-${definition.type}`}>
      <label htmlFor={id}>{title}</label>
      {control}
      {help}
    </div>
  );
}
