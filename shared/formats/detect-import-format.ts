import { TAGWRIGHT_CORPUS_FORMAT } from './jsonl/corpus-header';
import type { ImportFormat } from './format-registry';
import { nonBlankLines } from './corpus/text-lines';
import { isRecord } from './corpus/json-fields';

/**
 * Guesses which annotated-corpus format a file holds from its name and its first record:
 * `.ann` is brat; JSON Lines are Tagwright JSONL (header line) or doccano; JSON is Label Studio
 * (tasks with `data`) or W3C (`@context`, `type` Annotation*). null: not a corpus file (a document).
 */
export function detectImportFormat(fileName: string, content: () => string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.ann')) return 'brat';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    const first = nonBlankLines(content()).next().value?.[0];
    try {
      const value: unknown = JSON.parse(first ?? '');
      if (isRecord(value) && value.format === TAGWRIGHT_CORPUS_FORMAT) return 'jsonl';
      if (isRecord(value) && Array.isArray(value.annotations) && typeof value.text === 'string') return 'jsonl';
    } catch {
      // Not JSON: the parser reports it line by line.
    }
    return 'doccano';
  }
  if (lower.endsWith('.json') || lower.endsWith('.jsonld')) {
    let value: unknown;
    try {
      value = JSON.parse(content());
    } catch {
      return lower.endsWith('.jsonld') ? 'w3c' : 'label-studio';
    }
    const first = Array.isArray(value) ? value[0] : value;
    if (isRecord(first) && ('@context' in first || String(first.type).startsWith('Annotation'))) return 'w3c';
    return 'label-studio';
  }
  return null;
}
