import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Annotation, TagwrightDocument } from '../../../../shared/model';

// Files made by running the tools themselves (see tests/fixtures/formats/tool-made/README.md).
export const toolMade = resolve(import.meta.dirname, '../../../fixtures/formats/tool-made');
export const read = (name: string) => readFileSync(join(toolMade, name), 'utf8');

/** `label:text` of each annotation, per document, in import order. */
export function spansByDocument(documents: TagwrightDocument[], annotations: Annotation[]) {
  return documents.map((d) =>
    annotations.filter((a) => a.documentId === d.id).map((a) => `${a.label}:${d.text.slice(a.start, a.end)}`),
  );
}

/** The same, each document's spans sorted: for comparing imports whose order may differ. */
export const spanKeys = (documents: TagwrightDocument[], annotations: Annotation[]) =>
  spansByDocument(documents, annotations).map((spans) => [...spans].sort());

/** Values as sorted JSON lines: for comparing sets of objects. */
export function sortedJson(values: unknown[]): string[] {
  return values.map((v) => JSON.stringify(v)).sort();
}
