import type { Label, RelationType } from '../../shared/model';
import { LabelChoices } from './LabelChoices';
import { placeholderId, replacedAt } from './schema-draft';
import { ListProblems, TextField } from './SchemaInputs';

interface Props {
  types: readonly RelationType[];
  labels: readonly Label[];
  onChange(types: RelationType[]): void;
}

/** Relation types: a name and the labels allowed at each end. */
export function RelationTypeList({ types, labels, onChange }: Props) {
  return (
    <section className="schema-types" aria-labelledby="schema-relations-title">
      <h3 id="schema-relations-title">Relation types</h3>
      <ListProblems id="schema-relations-problems" path="relationTypes" />
      {types.map((type, i) => {
        const id = `schema-relation-${i}`;
        const change = (t: RelationType) => onChange(replacedAt(types, i, t));
        return (
          <fieldset key={type.id} className="schema-type">
            <legend>{type.name || 'Relation type'}</legend>
            <TextField
              id={`${id}-name`}
              label="Relation name"
              path={`relationTypes[${i}].name`}
              value={type.name}
              onChange={(name) => change({ ...type, name })}
            />
            <LabelChoices
              id={`${id}-from`}
              legend="From"
              labels={labels}
              chosen={type.sourceLabels}
              onChange={(sourceLabels) => change({ ...type, sourceLabels })}
            />
            <LabelChoices
              id={`${id}-to`}
              legend="To"
              labels={labels}
              chosen={type.targetLabels}
              onChange={(targetLabels) => change({ ...type, targetLabels })}
            />
            <button type="button" onClick={() => onChange(types.filter((_, k) => k !== i))}>
              Remove {type.name || 'relation type'}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          onChange([...types, { id: placeholderId(types), name: 'new relation', sourceLabels: [], targetLabels: [] }])
        }
      >
        Add relation type
      </button>
    </section>
  );
}
