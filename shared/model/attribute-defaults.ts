import { ownAttribute, setAttribute, type AttributeMap } from './attributes';
import type { AttributeDefinition } from './schema';

/**
 * A new annotation's attributes: those given, and the declared default of each attribute not
 * given (an attribute given as null stays unset: the user cleared it on purpose). A list default
 * is copied, so no two annotations share one array.
 */
export function withAttributeDefaults(definitions: readonly AttributeDefinition[], given: AttributeMap): AttributeMap {
  const attributes: AttributeMap = { ...given };
  for (const { name, default: value } of definitions) {
    if (value === undefined || ownAttribute(given, name) !== undefined) continue;
    setAttribute(attributes, name, Array.isArray(value) ? [...value] : value);
  }
  return attributes;
}
