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

/** One attribute's field, by its declared type: number, text, checkbox or a choice list. */
export function AttributeField({ definition, value, id, excerpt, onChange }: Props) {
  const name = `${capitalise(definition.name)} of “${excerpt}”`;
  const described = definition.description ? `${id}-help` : undefined;
  const common = { id, 'aria-label': name, 'aria-describedby': described };
  let control;
  if (definition.type === 'boolean') {
    control = (
      <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
    );
  } else if (definition.type === 'choice') {
    control = (
      <select {...common} value={String(value)} onChange={(e) => onChange(e.target.value)}>
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
        type={definition.type === 'number' ? 'number' : 'text'}
        step={definition.type === 'number' ? 'any' : undefined}
        inputMode={definition.type === 'number' ? 'decimal' : undefined}
        value={String(value)}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={`attribute-field attribute-field-${definition.type}`}>
      <label htmlFor={id}>{capitalise(definition.name)}</label>
      {control}
      {described && (
        <p id={described} className="attribute-help">
          {definition.description}
        </p>
      )}
    </div>
  );
}
