import {
  isTimestamp,
  ownAttribute,
  setAttribute,
  type Annotation,
  type AttributeDefinition,
  type AttributeMap,
} from '../../shared/model';
import type { ParsedSpan } from '../../shared/formats/corpus/parsed-corpus';

// What an import makes of the values a file gives a span or an event, the same for both.

/** A parsed span's or event's modifiers, normalizations and comments, only those it has. */
export function remarksOf(
  parsed: Pick<ParsedSpan, 'modifiers' | 'normalizations' | 'comments'>,
): Pick<Annotation, 'modifiers' | 'normalizations' | 'comments'> {
  return {
    ...(parsed.modifiers?.length ? { modifiers: parsed.modifiers } : {}),
    ...(parsed.normalizations?.length ? { normalizations: parsed.normalizations } : {}),
    ...(parsed.comments?.length ? { comments: parsed.comments } : {}),
  };
}

/** Attribute values a file wrote as text, made the number or boolean a label's or event type's definition asks for. */
export function coerceAttributes(attributes: AttributeMap, definitions: readonly AttributeDefinition[]): AttributeMap {
  const out: AttributeMap = { ...attributes };
  for (const def of definitions) {
    const value = ownAttribute(out, def.name);
    if (typeof value !== 'string') continue;
    if (def.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value)))
      setAttribute(out, def.name, Number(value));
    if (def.type === 'boolean' && (value === 'true' || value === 'false'))
      setAttribute(out, def.name, value === 'true');
  }
  return out;
}

/** Who made a span or event and when, as the file says (a time it does not give, or not validly, is the import's). */
export function authorshipOf(
  parsed: Pick<ParsedSpan, 'annotator' | 'createdAt' | 'updatedAt'>,
  at: string,
): Pick<Annotation, 'annotator' | 'createdAt' | 'updatedAt'> {
  return {
    annotator: parsed.annotator ?? '',
    createdAt: validTime(parsed.createdAt) ?? at,
    updatedAt: validTime(parsed.updatedAt) ?? validTime(parsed.createdAt) ?? at,
  };
}

function validTime(value: string | undefined): string | undefined {
  return isTimestamp(value) ? value : undefined;
}
