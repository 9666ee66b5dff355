import type { Annotation } from './annotation';
import { annotationProblem } from './annotation-problem';

/**
 * True only for an annotation that `annotationSchema` accepts unchanged: every field present, no
 * unknown keys, no fragments, checked by annotationProblem (the schema's rules as plain tests).
 * Opening a project with a million annotations checks them here in a fraction of zod's time;
 * anything this refuses goes through zod, which has the last word and the error messages. A
 * property test holds the two together.
 */
export function isPlainValidAnnotation(value: unknown): value is Annotation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const a = value as Record<string, unknown>;
  let keys = 0;
  for (const key in a) {
    if (!KNOWN_KEYS.has(key)) return false;
    keys++;
  }
  return keys === KNOWN_KEYS.size && annotationProblem(a) === null;
}

const KNOWN_KEYS = new Set([
  'id',
  'documentId',
  'start',
  'end',
  'quote',
  'label',
  'attributes',
  'note',
  'annotator',
  'createdAt',
  'updatedAt',
]);
