import type { FormatDetector } from '../corpus/format-detector';
import { isRecord } from '../corpus/json-fields';

/**
 * spaCy documents: a first record with a `text` and character spans (`spans`, a list or span
 * groups, or `ents`) and none of doccano's keys; JSON Lines, or a JSON array of `Doc.to_json()`.
 */
export const spacyDetector: FormatDetector = {
  extensions: ['.jsonl', '.ndjson', '.json'],
  detect(file) {
    const reading = file.name.endsWith('.json') ? file.json() : file.firstLineJson();
    if (!reading.ok) return null;
    const first: unknown = Array.isArray(reading.value) ? reading.value[0] : reading.value;
    return isSpacyDocument(first) ? 'certain' : null;
  },
};

function isSpacyDocument(record: unknown): boolean {
  if (!isRecord(record) || typeof record.text !== 'string') return false;
  if ('label' in record || 'labels' in record || 'entities' in record || 'data' in record) return false;
  return Array.isArray(record.spans) || isRecord(record.spans) || Array.isArray(record.ents);
}
