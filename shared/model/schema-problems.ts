import { attributeValueProblem } from './attribute-fit';
import type { AnnotationSchema, AttributeDefinition, Label } from './schema';

/** One thing wrong with a proposed schema, with a path to the field ("labels[2].hotkeys") the page shows it beside. */
export interface SchemaProblem {
  path: string;
  message: string;
}

/**
 * How many things in the project use each label and type (by id): a schema that drops one in use
 * would leave them pointing nowhere. Labels in use are deleted with deleteLabel, which moves them.
 */
export interface SchemaUsage {
  labels: ReadonlyMap<string, number>;
  relationTypes: ReadonlyMap<string, number>;
  eventTypes: ReadonlyMap<string, number>;
  equivalenceTypes: ReadonlyMap<string, number>;
}

type Report = (path: string, message: string) => void;

/**
 * What is wrong with replacing the schema `old` with `next` in a project used as `usage` says;
 * empty when nothing is. Checks what zod cannot: unique ids and names, hotkeys taken once (the
 * two labels named), types naming only labels and types that exist, choices given, defaults that
 * fit their attribute, and nothing in use taken away. Ids, not names, tie annotations to labels: a rename changes nothing else.
 */
export function schemaProblems(old: AnnotationSchema, next: AnnotationSchema, usage: SchemaUsage): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  const labelIds = new Set(next.labels.map((l) => l.id));
  const eventTypeIds = new Set(next.eventTypes.map((t) => t.id));
  const knownLabels = (path: string, ids: readonly string[]) => {
    for (const id of ids) if (!labelIds.has(id)) report(path, `There is no label "${id}" in the schema.`);
  };

  uniqueIdsAndNames('labels', 'label', next.labels, report);
  hotkeyConflicts(next.labels, report);
  for (const [i, label] of next.labels.entries())
    attributeProblems(`labels[${i}].attributes`, label.attributes, report);

  uniqueIdsAndNames('relationTypes', 'relation type', next.relationTypes, report);
  for (const [i, type] of next.relationTypes.entries()) {
    knownLabels(`relationTypes[${i}].sourceLabels`, type.sourceLabels);
    knownLabels(`relationTypes[${i}].targetLabels`, type.targetLabels);
  }

  uniqueIdsAndNames('eventTypes', 'event type', next.eventTypes, report);
  for (const [i, type] of next.eventTypes.entries()) {
    knownLabels(`eventTypes[${i}].triggerLabels`, type.triggerLabels);
    uniqueIdsAndNames(`eventTypes[${i}].roles`, `role of "${type.name}"`, type.roles, report);
    for (const [k, role] of type.roles.entries()) {
      knownLabels(`eventTypes[${i}].roles[${k}].targetLabels`, role.targetLabels);
      for (const id of role.targetEventTypes) {
        if (!eventTypeIds.has(id))
          report(`eventTypes[${i}].roles[${k}].targetEventTypes`, `There is no event type "${id}".`);
      }
    }
    attributeProblems(`eventTypes[${i}].attributes`, type.attributes, report);
  }

  attributeProblems('documentAttributes', next.documentAttributes, report);
  uniqueIdsAndNames('equivalenceTypes', 'equivalence type', next.equivalenceTypes, report);
  for (const [i, type] of next.equivalenceTypes.entries()) knownLabels(`equivalenceTypes[${i}].labels`, type.labels);

  removedInUse('labels', old.labels, next.labels, usage.labels, 'annotation', report);
  removedInUse('relationTypes', old.relationTypes, next.relationTypes, usage.relationTypes, 'relation', report);
  removedInUse('eventTypes', old.eventTypes, next.eventTypes, usage.eventTypes, 'event', report);
  removedInUse(
    'equivalenceTypes',
    old.equivalenceTypes,
    next.equivalenceTypes,
    usage.equivalenceTypes,
    'group',
    report,
  );
  return problems;
}

function uniqueIdsAndNames(
  path: string,
  what: string,
  items: readonly { id: string; name: string }[],
  report: Report,
): void {
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const [i, item] of items.entries()) {
    if (ids.has(item.id)) report(`${path}[${i}].id`, `Two ${what}s have the id "${item.id}".`);
    ids.add(item.id);
    // Names are what the user picks from: "Claim" and "claim" would be two buttons read alike.
    const name = item.name.trim().toLowerCase();
    if (name === '') report(`${path}[${i}].name`, `A ${what} needs a name.`);
    else if (names.has(name)) report(`${path}[${i}].name`, `Two ${what}s are called "${item.name}".`);
    names.set(name, item.name);
  }
}

/**
 * A key applies one label: the page matches hotkeys without regard to case (label-hotkeys.ts). A
 * conflict is said at both labels' keys, so whichever the user is looking at shows it.
 */
function hotkeyConflicts(labels: readonly Label[], report: Report): void {
  const owners = new Map<string, number>();
  for (const [i, label] of labels.entries()) {
    for (const key of label.hotkeys) {
      const folded = key.toLowerCase();
      const owner = owners.get(folded);
      if (owner === i) report(`labels[${i}].hotkeys`, `${label.name} has the key "${key}" twice.`);
      else if (owner !== undefined) {
        const message = `The key "${key}" is taken by both ${labels[owner]!.name} and ${label.name}.`;
        report(`labels[${owner}].hotkeys`, message);
        report(`labels[${i}].hotkeys`, message);
      }
      owners.set(folded, i);
    }
  }
}

function attributeProblems(path: string, attributes: readonly AttributeDefinition[], report: Report): void {
  const names = new Set<string>();
  for (const [i, attribute] of attributes.entries()) {
    if (names.has(attribute.name)) report(`${path}[${i}].name`, `Two attributes are called "${attribute.name}".`);
    names.add(attribute.name);
    if (attribute.default !== undefined) {
      const problem = attributeValueProblem(attribute, attribute.default);
      if (problem) report(`${path}[${i}].default`, `The default does not fit: ${problem}.`);
    }
    if (attribute.type !== 'choice') {
      if (attribute.multiple) report(`${path}[${i}].multiple`, `Only a choice takes several values.`);
      continue;
    }
    const choices = attribute.choices ?? [];
    if (choices.length === 0) report(`${path}[${i}].choices`, `The choice "${attribute.name}" needs choices.`);
    if (new Set(choices).size !== choices.length) {
      report(`${path}[${i}].choices`, `The choice "${attribute.name}" lists a choice twice.`);
    }
    if (choices.some((c) => c.trim() === ''))
      report(`${path}[${i}].choices`, `A choice of "${attribute.name}" is empty.`);
  }
}

function removedInUse(
  path: string,
  old: readonly { id: string; name: string }[],
  next: readonly { id: string }[],
  usage: ReadonlyMap<string, number>,
  thing: string,
  report: Report,
): void {
  const kept = new Set(next.map((n) => n.id));
  for (const item of old) {
    const count = usage.get(item.id) ?? 0;
    if (kept.has(item.id) || count === 0) continue;
    const how = thing === 'annotation' ? ' without moving them (delete the label instead)' : '';
    report(
      path,
      `"${item.name}" is used by ${count} ${thing}${count === 1 ? '' : 's'}: it cannot be taken away${how}.`,
    );
  }
}
