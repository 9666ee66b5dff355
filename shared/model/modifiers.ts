import { z } from 'zod';
import { clipText } from '../text/clip-text';

/**
 * Which of an annotation's or event's attributes are modifiers: BioNLP's binary flags
 * (`Negation`, `Speculation`), which brat keeps as `M` lines where other attributes are `A`
 * lines. Each is an attribute name the thing has; the value stays in its attributes.
 */
export type Modifiers = string[];

/** Why `value` is not a list of modifiers of `attributes`, in words; null when it is one. */
export function modifierListProblem(value: unknown, attributes: unknown): string | null {
  if (!Array.isArray(value)) return 'modifiers must be a list of attribute names';
  const seen = new Set<string>();
  for (const name of value as unknown[]) {
    if (typeof name !== 'string') return 'modifiers must be a list of attribute names';
    const has = typeof attributes === 'object' && attributes !== null && Object.hasOwn(attributes, name);
    if (!has) return `modifier "${clipText(name)}" is not one of the attributes`;
    if (seen.has(name)) return `modifier "${clipText(name)}" is listed twice`;
    seen.add(name);
  }
  return null;
}

/** The list's own shape; that each name is an attribute is the object's check (it needs both fields). */
export const modifierListSchema = z.array(z.string());

/** `thing` with only the modifiers still among its attributes (none left: no `modifiers` key). */
export function withModifiersOfAttributes<T extends { modifiers?: Modifiers; attributes: object }>(thing: T): T {
  if (thing.modifiers === undefined) return thing;
  const { modifiers, ...rest } = thing;
  const kept = modifiers.filter((name) => Object.hasOwn(thing.attributes, name));
  return (kept.length > 0 ? { ...rest, modifiers: kept } : rest) as T;
}
