import { ownAttribute, setAttribute } from '../../shared/model';
import type { AttributeDefinition, AttributeMap, AttributeValue } from '../../shared/model';

/** What a field holds while being edited: text for number, string and choice fields, a flag for booleans. */
export type DraftValue = string | boolean;
export type AttributeDraft = Record<string, DraftValue>;

/** The fields' starting values from an annotation's attributes (absent or mistyped values start empty). */
export function draftFromAttributes(
  definitions: readonly AttributeDefinition[],
  attributes: AttributeMap,
): AttributeDraft {
  // Keyed by the user's attribute names: no prototype, so "constructor" is just a name.
  const draft: AttributeDraft = Object.create(null) as AttributeDraft;
  for (const { name, type } of definitions) {
    const value = ownAttribute(attributes, name);
    if (type === 'boolean') draft[name] = value === true;
    else if (type === 'number') draft[name] = typeof value === 'number' ? String(value) : '';
    else draft[name] = typeof value === 'string' ? value : '';
  }
  return draft;
}

function fieldValue(definition: AttributeDefinition, raw: DraftValue, before: AttributeValue | undefined) {
  if (definition.type === 'boolean') return raw === true ? true : before === undefined ? undefined : false;
  const text = String(raw).trim();
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

/**
 * The attributes to save from the edited fields. Emptied fields are removed, an unticked box
 * that was never set stays absent, and attributes the label does not declare (from an import)
 * are kept as they were.
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
    if (value === undefined) delete attributes[definition.name];
    else setAttribute(attributes, definition.name, value);
  }
  return { attributes };
}

/** Whether two attribute maps hold the same values (key order aside). */
export function sameAttributes(a: AttributeMap, b: AttributeMap): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], ownAttribute(b, k)));
}
