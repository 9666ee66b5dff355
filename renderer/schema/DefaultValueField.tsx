import type { AttributeDefinition, AttributeValue } from '../../shared/model';
import { ListField, TextField } from './SchemaInputs';

interface Props {
  id: string;
  path: string;
  attribute: AttributeDefinition;
  onChange(value: AttributeValue | undefined): void;
}

/**
 * An attribute's default, in the field its type takes (a date picker, a choice list, yes/no);
 * emptied, there is none. Main checks that it fits (schemaProblems), and fills it in when an
 * annotation of the label is made without it.
 */
export function DefaultValueField({ id, path, attribute, onChange }: Props) {
  const value = attribute.default;
  const field = { id, label: 'Default', path };
  if (attribute.type === 'choice' && attribute.multiple) {
    return (
      <ListField
        {...field}
        hint="choices parted by commas"
        items={Array.isArray(value) ? value : []}
        onChange={(items) => onChange(items.length > 0 ? items : undefined)}
      />
    );
  }
  if (attribute.type === 'choice' || attribute.type === 'boolean') {
    const options = attribute.type === 'boolean' ? ['yes', 'no'] : (attribute.choices ?? []);
    const shown = typeof value === 'boolean' ? (value ? 'yes' : 'no') : typeof value === 'string' ? value : '';
    return (
      <div className="schema-field">
        <label htmlFor={id}>Default</label>
        <select
          id={id}
          value={shown}
          onChange={(e) => {
            const picked = e.target.value;
            if (picked === '') onChange(undefined);
            else onChange(attribute.type === 'boolean' ? picked === 'yes' : picked);
          }}
        >
          <option value="">none</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <TextField
      {...field}
      type={attribute.type === 'string' ? 'text' : attribute.type}
      value={value === undefined || value === null ? '' : String(value)}
      onChange={(text) => {
        if (text.trim() === '') onChange(undefined);
        else onChange(attribute.type === 'number' ? Number(text) : text);
      }}
    />
  );
}
