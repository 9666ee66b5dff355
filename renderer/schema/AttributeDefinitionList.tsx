import { useRef } from 'react';
import { attributeDefinitionSchema, type AttributeDefinition } from '../../shared/model';
import { replacedAt } from './schema-draft';
import { ATTRIBUTE_TYPE_NAMES } from './attribute-type-names';
import { DefaultValueField } from './DefaultValueField';
import { ListField, ListProblems, TextField } from './SchemaInputs';

interface Props {
  id: string;
  title: string;
  /** Where the list is in the schema ("labels[0].attributes"). */
  path: string;
  attributes: readonly AttributeDefinition[];
  /** The add button's words ("Add attribute", "Add document attribute"). */
  addText: string;
  onChange(attributes: AttributeDefinition[]): void;
}

/** A label's attributes: name, type, choices (for a choice), removed or added one at a time. */
export function AttributeDefinitionList({ id, title, path, attributes, addText, onChange }: Props) {
  const addRef = useRef<HTMLButtonElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const add = () => {
    const names = new Set(attributes.map((a) => a.name));
    let name = 'attribute';
    for (let i = 2; names.has(name); i++) name = `attribute ${i}`;
    onChange([...attributes, { name, type: 'string' }]);
    // Straight to the new attribute's name, which is what one types next.
    requestAnimationFrame(() =>
      sectionRef.current?.querySelector<HTMLInputElement>('.schema-attribute:last-of-type input')?.focus(),
    );
  };
  return (
    <section ref={sectionRef} className="schema-attributes" aria-labelledby={`${id}-title`}>
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
          onRemove={() => {
            onChange(attributes.filter((_, k) => k !== i));
            // The removed field had the focus: it goes on to the list's button, not to the page.
            addRef.current?.focus();
          }}
        />
      ))}
      <button ref={addRef} type="button" onClick={add}>
        {addText}
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
              {ATTRIBUTE_TYPE_NAMES[type]}
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
      {attribute.type === 'choice' && (
        <Check
          id={`${id}-multiple`}
          label="Several choices"
          checked={attribute.multiple === true}
          onChange={(multiple) => onChange(withMultiple(attribute, multiple))}
        />
      )}
      <DefaultValueField
        // A new type or multiplicity starts a new field: the old text need not fit it.
        key={`${attribute.type} ${attribute.multiple === true}`}
        id={`${id}-default`}
        path={`${path}.default`}
        attribute={attribute}
        onChange={(value) => onChange(withDefault(attribute, value))}
      />
      <Check
        id={`${id}-required`}
        label="Required"
        checked={attribute.required === true}
        onChange={(required) => onChange({ ...attribute, required })}
      />
      <button type="button" onClick={onRemove}>
        Remove {attribute.name || 'attribute'}
      </button>
    </fieldset>
  );
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label htmlFor={id} className="schema-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** The attribute as another type: choices and several values only belong to a choice; the old default is dropped. */
function withType(attribute: AttributeDefinition, type: AttributeDefinition['type']): AttributeDefinition {
  const { choices, multiple, default: _default, ...rest } = attribute;
  return type === 'choice'
    ? { ...rest, type, choices: choices ?? [], ...(multiple ? { multiple } : {}) }
    : { ...rest, type };
}

function withMultiple(attribute: AttributeDefinition, multiple: boolean): AttributeDefinition {
  const { default: _default, ...rest } = attribute;
  return { ...rest, multiple };
}

function withDefault(attribute: AttributeDefinition, value: AttributeDefinition['default']): AttributeDefinition {
  const { default: _default, ...rest } = attribute;
  return value === undefined ? rest : { ...rest, default: value };
}
