import { attributeMapSchema, type AttributeMap, type Normalization } from '../../model';
import { isRecord } from '../corpus/json-fields';

// How the W3C reader takes the parts of an annotation that spans, links and events share.

/** The attributes a `describing` body holds as JSON; empty, with the problem, when it holds something else. */
export function describedAttributes(bodies: readonly unknown[]): { value: AttributeMap; problem?: string } {
  const describing = bodies.find((b) => isRecord(b) && b.purpose === 'describing' && typeof b.value === 'string');
  if (!isRecord(describing)) return { value: {} };
  const read = describingAttributes(describing.value as string);
  if (read === null) return { value: {}, problem: 'the describing body is not JSON' };
  return typeof read === 'string' ? { value: {}, problem: read } : { value: read };
}

/**
 * A `describing` body's value as our attribute map (a JSON object, as our export writes it); a
 * problem when it is an object the project file would refuse; null when it is no JSON object
 * (another tool's prose description).
 */
export function describingAttributes(value: string): AttributeMap | string | null {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  if (!isRecord(json)) return null;
  const parsed = attributeMapSchema.safeParse(json);
  return parsed.success ? parsed.data : 'the describing body is not an attribute map';
}

/**
 * An `identifying` body's entry as a normalization (`UniProt:P05112`, as our export writes one); null
 * for an IRI (`http://sws.geonames.org/174982`, Recogito's gazetteer link), which names no resource.
 */
export function identifyingNormalization(value: string): Normalization | null {
  const colon = value.indexOf(':');
  if (colon <= 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return null;
  return { resource: value.slice(0, colon), entry: value.slice(colon + 1), text: '' };
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
