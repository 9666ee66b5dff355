import type { Label } from '../../shared/model';
import { AttributeDefinitionList } from './AttributeDefinitionList';
import { ListField, TextField } from './SchemaInputs';

interface Props {
  label: Label;
  /** The label's place in the schema: the paths of main's problems. */
  index: number;
  onChange(label: Label): void;
}

/** The selected label's fields: name, colour (picker and hex), keys, guideline, attributes. */
export function LabelFields({ label, index, onChange }: Props) {
  const id = `schema-label-${index}`;
  const path = `labels[${index}]`;
  return (
    <section className="schema-label-fields" aria-label={`Label ${label.name}`}>
      <TextField
        id={`${id}-name`}
        label="Name"
        path={`${path}.name`}
        value={label.name}
        onChange={(name) => onChange({ ...label, name })}
      />
      <div className="schema-colour">
        <label htmlFor={`${id}-colour-picker`}>Colour</label>
        <input
          id={`${id}-colour-picker`}
          type="color"
          value={/^#[0-9a-f]{6}$/i.test(label.colour) ? label.colour : '#000000'}
          onChange={(e) => onChange({ ...label, colour: e.target.value })}
        />
        <TextField
          id={`${id}-colour`}
          label="Colour as hex"
          path={`${path}.colour`}
          value={label.colour}
          onChange={(colour) => onChange({ ...label, colour })}
        />
      </div>
      <ListField
        key={`${label.id}-keys`}
        id={`${id}-keys`}
        label="Keys"
        hint="one character each, e.g. 1, c"
        path={`${path}.hotkeys`}
        items={label.hotkeys}
        onChange={(hotkeys) => onChange({ ...label, hotkeys })}
      />
      <TextField
        id={`${id}-guideline`}
        label="Guideline"
        path={`${path}.description`}
        value={label.description}
        onChange={(description) => onChange({ ...label, description })}
      />
      <AttributeDefinitionList
        id={`${id}-attributes`}
        title={`Attributes of ${label.name}`}
        path={`${path}.attributes`}
        addText="Add attribute"
        attributes={label.attributes}
        onChange={(attributes) => onChange({ ...label, attributes })}
      />
    </section>
  );
}
