import { attributeValueProblem, ownAttribute, setAttribute } from '../../shared/model';
import type { AttributeDefinition, AttributeMap, AttributeValue } from '../../shared/model';

/**
 * What a field holds while being edited: text for number, string, date and choice fields, a flag
 * for booleans, the ticked choices of a multiple choice.
 */
export type DraftValue = string | boolean | string[];
export type AttributeDraft = Record<string, DraftValue>;

/** The fields' starting values from an annotation's attributes (absent or mistyped values start empty). */
export function draftFromAttributes(
  definitions: readonly AttributeDefinition[],
  attributes: AttributeMap,
): AttributeDraft {
  // Keyed by the user's attribute names: no prototype, so "constructor" is just a name.
  const draft: AttributeDraft = Object.create(null) as AttributeDraft;
  for (const { name, type, multiple } of definitions) {
    const value = ownAttribute(attributes, name);
    if (type === 'choice' && multiple) draft[name] = Array.isArray(value) ? [...value] : [];
    else if (type === 'boolean') draft[name] = value === true;
    else if (type === 'number') draft[name] = typeof value === 'number' ? String(value) : '';
    else draft[name] = typeof value === 'string' ? value : '';
  }
  return draft;
}

function fieldValue(definition: AttributeDefinition, raw: DraftValue, before: AttributeValue | undefined) {
  if (definition.type === 'boolean') return raw === true ? true : before === undefined ? undefined : false;
  if (Array.isArray(raw)) return raw.length === 0 ? undefined : raw;
  const text = raw === false || raw === true ? '' : raw.trim();
  if (text === '') return undefined;
  if (definition.type === 'number') {
    const number = Number(text);
    if (!Number.isFinite(number)) return new Error(`${definition.name} must be a number`);
    return number;
  }
  if (definition.type === 'choice' && !(definition.choices ?? []).includes(text))
    return new Error(`${definition.name} must be one of the choices`);
  return text;
}

/** Why a field's value cannot be saved: it does not fit its definition (a date that is no day), or a required one is empty. */
function valueProblem(definition: AttributeDefinition, value: AttributeValue | undefined): string | null {
  // A checkbox always answers (unticked is no): only other fields can be left empty.
  if (value === undefined)
    return definition.required && definition.type !== 'boolean' ? `${definition.name} is required` : null;
  return attributeValueProblem(definition, value);
}

/**
 * The attributes to save from the edited fields. Emptied fields are removed, an unticked box
 * that was never set stays absent, and attributes the label does not declare (from an import)
 * are kept as they were. A required field left empty, or a value that does not fit (a date that
 * is no day), is refused with a sentence saying which.
 */
export function attributesFromDraft(
  definitions: readonly AttributeDefinition[],
  draft: AttributeDraft,
  before: AttributeMap,
): { attributes: AttributeMap } | { error: string } {
  const attributes: AttributeMap = { ...before };
  for (const definition of definitions) {
    const raw = Object.hasOwn(draft, definition.name) ? draft[definition.name]! : '';
    const value = fieldValue(definition, raw, ownAttribute(before, definition.name));
    if (value instanceof Error) return { error: value.message };
    const problem = valueProblem(definition, value);
    if (problem) return { error: problem };
    if (value === undefined) delete attributes[definition.name];
    else setAttribute(attributes, definition.name, value);
  }
  return { attributes };
}

/** Whether two attribute maps hold the same values (key order aside). */
export function sameAttributes(a: AttributeMap, b: AttributeMap): boolean {
  const keys = Object.keys(a);
  const same = (x: AttributeValue | undefined, y: AttributeValue | undefined) =>
    Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : Object.is(x, y);
  return keys.length === Object.keys(b).length && keys.every((k) => same(a[k], ownAttribute(b, k)));
}
