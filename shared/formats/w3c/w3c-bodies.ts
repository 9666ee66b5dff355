import { attributeMapSchema, type AttributeMap } from '../../model';
import { isRecord } from '../corpus/json-fields';

// How the W3C reader takes the parts of an annotation that spans, links and events share.

/** The attributes a `describing` body holds as JSON; empty, with the problem, when it holds something else. */
export function describedAttributes(bodies: readonly unknown[]): { value: AttributeMap; problem?: string } {
  const describing = bodies.find((b) => isRecord(b) && b.purpose === 'describing' && typeof b.value === 'string');
  if (!isRecord(describing)) return { value: {} };
  try {
    const parsed = attributeMapSchema.safeParse(JSON.parse(describing.value as string));
    return parsed.success
      ? { value: parsed.data }
      : { value: {}, problem: 'the describing body is not an attribute map' };
  } catch {
    return { value: {}, problem: 'the describing body is not JSON' };
  }
}

/** A property that may hold one value or a list, as a list. */
export function asList(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** Who made an annotation: a name, or a Person's name or nickname. */
export function creatorName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value))
    return typeof value.name === 'string'
      ? value.name
      : typeof value.nickname === 'string'
        ? value.nickname
        : undefined;
  return undefined;
}
