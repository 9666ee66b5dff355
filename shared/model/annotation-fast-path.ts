import { ID_PATTERN, timestampSchema } from './ids';
import type { Annotation } from './annotation';

// zod's own timestamp pattern, so this check can never accept what the schema refuses.
const TIMESTAMP_PATTERN: RegExp | undefined = (timestampSchema as unknown as { _zod?: { pattern?: RegExp } })._zod
  ?.pattern;

const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.length <= 64 && ID_PATTERN.test(v);
const isTimestamp = (v: unknown): boolean =>
  typeof v === 'string' && TIMESTAMP_PATTERN !== undefined && TIMESTAMP_PATTERN.test(v);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * True only for an annotation that `annotationSchema` accepts unchanged: every field present, no
 * unknown keys, no fragments. Opening a project with a million annotations checks them here in a
 * fraction of zod's time; anything this refuses goes through zod, which has the last word and the
 * error messages. A property test holds the two together.
 */
export function isPlainValidAnnotation(value: unknown): value is Annotation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const a = value as Record<string, unknown>;
  let keys = 0;
  for (const key in a) {
    if (!KNOWN_KEYS.has(key)) return false;
    keys++;
  }
  return (
    keys === KNOWN_KEYS.size &&
    isId(a.id) &&
    isId(a.documentId) &&
    isId(a.label) &&
    isOffset(a.start) &&
    isOffset(a.end) &&
    a.end > a.start &&
    typeof a.quote === 'string' &&
    typeof a.note === 'string' &&
    a.note.length <= 20000 &&
    typeof a.annotator === 'string' &&
    a.annotator.length <= 200 &&
    isTimestamp(a.createdAt) &&
    isTimestamp(a.updatedAt) &&
    isPlainAttributeMap(a.attributes)
  );
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

function isPlainAttributeMap(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) {
    if (key.length === 0 || key.length > 100 || key === '__proto__') return false;
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v !== 'string' && typeof v !== 'boolean' && !(typeof v === 'number' && Number.isFinite(v)))
      return false;
  }
  return true;
}
