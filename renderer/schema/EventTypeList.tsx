import type { EventRole, EventType, Label } from '../../shared/model';
import { LabelChoices } from './LabelChoices';
import { placeholderId, replacedAt } from './schema-draft';
import { ListProblems, TextField } from './SchemaInputs';

interface Props {
  types: readonly EventType[];
  labels: readonly Label[];
  onChange(types: EventType[]): void;
}

/** Event types: a name, the labels a trigger may have, and roles with the labels that may fill them. */
export function EventTypeList({ types, labels, onChange }: Props) {
  return (
    <section className="schema-types" aria-labelledby="schema-events-title">
      <h3 id="schema-events-title">Event types</h3>
      <ListProblems id="schema-events-problems" path="eventTypes" />
      {types.map((type, i) => {
        const id = `schema-event-${i}`;
        const change = (t: EventType) => onChange(replacedAt(types, i, t));
        return (
          <fieldset key={type.id} className="schema-type">
            <legend>{type.name || 'Event type'}</legend>
            <TextField
              id={`${id}-name`}
              label="Event name"
              path={`eventTypes[${i}].name`}
              value={type.name}
              onChange={(name) => change({ ...type, name })}
            />
            <LabelChoices
              id={`${id}-trigger`}
              legend="Trigger labels"
              labels={labels}
              chosen={type.triggerLabels}
              onChange={(triggerLabels) => change({ ...type, triggerLabels })}
            />
            {type.roles.map((role, k) => (
              <RoleFields
                key={role.id}
                id={`${id}-role-${k}`}
                path={`eventTypes[${i}].roles[${k}]`}
                role={role}
                labels={labels}
                onChange={(r) => change({ ...type, roles: replacedAt(type.roles, k, r) })}
                onRemove={() => change({ ...type, roles: type.roles.filter((_, j) => j !== k) })}
              />
            ))}
            <button type="button" onClick={() => change({ ...type, roles: [...type.roles, newRole(type.roles)] })}>
              Add role to {type.name || 'event type'}
            </button>
            <button type="button" onClick={() => onChange(types.filter((_, k) => k !== i))}>
              Remove {type.name || 'event type'}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...types, newEventType(types)])}>
        Add event type
      </button>
    </section>
  );
}

interface RoleProps {
  id: string;
  path: string;
  role: EventRole;
  labels: readonly Label[];
  onChange(role: EventRole): void;
  onRemove(): void;
}

function RoleFields({ id, path, role, labels, onChange, onRemove }: RoleProps) {
  return (
    <fieldset className="schema-role">
      <legend>Role {role.name}</legend>
      <TextField
        id={`${id}-name`}
        label="Role name"
        path={`${path}.name`}
        value={role.name}
        onChange={(name) => onChange({ ...role, name })}
      />
      <LabelChoices
        id={`${id}-labels`}
        legend="Filled by"
        labels={labels}
        chosen={role.targetLabels}
        onChange={(targetLabels) => onChange({ ...role, targetLabels })}
      />
      <label htmlFor={`${id}-repeatable`}>
        <input
          id={`${id}-repeatable`}
          type="checkbox"
          checked={role.repeatable}
          onChange={(e) => onChange({ ...role, repeatable: e.target.checked })}
        />
        Repeatable
      </label>
      <button type="button" onClick={onRemove}>
        Remove role {role.name}
      </button>
    </fieldset>
  );
}

const newRole = (roles: readonly EventRole[]): EventRole => ({
  id: placeholderId(roles),
  name: 'role',
  targetLabels: [],
  targetEventTypes: [],
  repeatable: false,
});

const newEventType = (types: readonly EventType[]): EventType => ({
  id: placeholderId(types),
  name: 'new event',
  description: '',
  triggerLabels: [],
  roles: [],
  attributes: [],
});
