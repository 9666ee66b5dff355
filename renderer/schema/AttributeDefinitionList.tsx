import { attributeDefinitionSchema, type AttributeDefinition } from '../../shared/model';
import { replacedAt } from './schema-draft';
import { ListField, ListProblems, TextField } from './SchemaInputs';

/** How the editor names each attribute type ("string" is what the file says). */
const TYPE_NAMES: Record<AttributeDefinition['type'], string> = {
  string: 'Text',
  number: 'Number',
  boolean: 'Yes / no',
  choice: 'Choice',
  date: 'Date',
};

interface Props {
  id: string;
  title: string;
  /** Where the list is in the schema ("labels[0].attributes"). */
  path: string;
  attributes: readonly AttributeDefinition[];
  onChange(attributes: AttributeDefinition[]): void;
}

/** A label's attributes: name, type, choices (for a choice), removed or added one at a time. */
export function AttributeDefinitionList({ id, title, path, attributes, onChange }: Props) {
  const add = () => {
    const names = new Set(attributes.map((a) => a.name));
    let name = 'attribute';
    for (let i = 2; names.has(name); i++) name = `attribute ${i}`;
    onChange([...attributes, { name, type: 'string' }]);
  };
  return (
    <section className="schema-attributes" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <ListProblems id={`${id}-problems`} path={path} />
      {attributes.map((attribute, i) => (
        <AttributeDefinitionFields
          // Position, not name: the name is being typed.
          key={i}
          id={`${id}-${i}`}
          path={`${path}[${i}]`}
          attribute={attribute}
          onChange={(a) => onChange(replacedAt(attributes, i, a))}
          onRemove={() => onChange(attributes.filter((_, k) => k !== i))}
        />
      ))}
      <button type="button" onClick={add}>
        Add attribute
      </button>
    </section>
  );
}

interface FieldsProps {
  id: string;
  path: string;
  attribute: AttributeDefinition;
  onChange(attribute: AttributeDefinition): void;
  onRemove(): void;
}

function AttributeDefinitionFields({ id, path, attribute, onChange, onRemove }: FieldsProps) {
  return (
    <fieldset className="schema-attribute">
      <legend>{attribute.name || 'Attribute'}</legend>
      <TextField
        id={`${id}-name`}
        label="Attribute name"
        path={`${path}.name`}
        value={attribute.name}
        onChange={(name) => onChange({ ...attribute, name })}
      />
      <div className="schema-field">
        <label htmlFor={`${id}-type`}>Type</label>
        <select
          id={`${id}-type`}
          value={attribute.type}
          onChange={(e) => onChange(withType(attribute, e.target.value as AttributeDefinition['type']))}
        >
          {attributeDefinitionSchema.shape.type.options.map((type) => (
            <option key={type} value={type}>
              {TYPE_NAMES[type]}
            </option>
          ))}
        </select>
      </div>
      {attribute.type === 'choice' && (
        <ListField
          id={`${id}-choices`}
          label="Choices"
          hint="parted by commas"
          path={`${path}.choices`}
          items={attribute.choices ?? []}
          onChange={(choices) => onChange({ ...attribute, choices })}
        />
      )}
      <button type="button" onClick={onRemove}>
        Remove {attribute.name || 'attribute'}
      </button>
    </fieldset>
  );
}

/** The attribute as another type: choices only belong to a choice. */
function withType(attribute: AttributeDefinition, type: AttributeDefinition['type']): AttributeDefinition {
  const { choices, ...rest } = attribute;
  return type === 'choice' ? { ...rest, type, choices: choices ?? [] } : { ...rest, type };
}
