import { z } from 'zod';
import { clipText } from '../text/clip-text';
import { ATTRIBUTE_NAME_MAX_LENGTH, MAX_CHOSEN_VALUES } from './field-limits';

/**
 * A free-form attribute value: what a figure normalises to, a flag, a category, or (format
 * version 5) the values chosen in a multiple choice.
 */
export const attributeValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()).max(MAX_CHOSEN_VALUES),
]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

/** Attributes carried by an annotation (or a document's metadata), keyed by the attribute's name. */
export type AttributeMap = Record<string, AttributeValue>;

/**
 * Why an attribute `name` holding `value` is refused, in words; null when it is fine. Any name of
 * the right length will do (names are the user's, "__proto__" too); values are strings, finite
 * numbers, booleans or null.
 */
export function attributeProblem(name: string, value: unknown): string | null {
  if (name === '') return 'an attribute has an empty name';
  if (name.length > ATTRIBUTE_NAME_MAX_LENGTH)
    return `attribute name "${clipText(name)}" is longer than ${ATTRIBUTE_NAME_MAX_LENGTH} characters`;
  const isValue =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    isChosenValues(value);
  return isValue
    ? null
    : `attribute "${clipText(name)}" must be a string, a finite number, true, false, null or a list of up to ${MAX_CHOSEN_VALUES} strings`;
}

/** Why `value` is not an attribute map attributeMapSchema accepts, in words; null when it is one. */
export function attributeMapProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'attributes must be an object of names and values';
  // for…in, not Object.keys: no array per map (a million maps when a big project opens); a plain
  // object inherits no enumerable keys.
  for (const name in value) {
    const problem = attributeProblem(name, value[name]);
    if (problem) return problem;
  }
  return null;
}

/**
 * Attributes keyed by name, checked with attributeProblem rather than z.record, which drops a
 * "__proto__" key without a word. The parsed value is the input itself, so every name survives.
 */
export const attributeMapSchema = z.custom<AttributeMap>(isPlainObject, 'expected an object').check((ctx) => {
  for (const name of Object.keys(ctx.value)) {
    const message = attributeProblem(name, ctx.value[name]);
    if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value[name], path: [name] });
  }
});

/**
 * Sets an attribute as the map's own property, whatever its name: plain assignment of "__proto__"
 * would change the object's prototype instead, and the attribute would be gone.
 */
export function setAttribute(map: AttributeMap, name: string, value: AttributeValue): void {
  Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
}

/** The map's own attribute `name`, never one inherited from Object.prototype ("constructor", "toString"). */
export function ownAttribute(map: AttributeMap, name: string): AttributeValue | undefined {
  return Object.hasOwn(map, name) ? map[name] : undefined;
}

/** A multiple choice's value: a list of strings, short enough to be a choice list. */
function isChosenValues(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_CHOSEN_VALUES && value.every((v) => typeof v === 'string');
}

/** An object as JSON.parse (or a null-prototype dictionary) makes it: not an array, a date or a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
