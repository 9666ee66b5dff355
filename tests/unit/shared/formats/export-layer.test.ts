import { describe, expect, it } from 'vitest';
import { documentAnnotators, selectLayer } from '../../../../shared/formats/export-layer';
import { parseExportLayer } from '../../../../shared/formats/export-job';
import type { ExportDocument } from '../../../../shared/formats/corpus/corpus-export';
import type { TagwrightEvent } from '../../../../shared/model';
import { testAnnotation, testDocument } from './format-corpus';

const at = '2026-01-01T00:00:00.000Z';
const document = testDocument('d', 'Ana saw Ben meet Cy in Yerevan.');

function event(id: string, trigger: string, annotator: string, args: TagwrightEvent['arguments']): TagwrightEvent {
  return {
    id,
    documentId: 'd',
    type: 'Meet',
    trigger,
    arguments: args,
    attributes: {},
    note: '',
    annotator,
    createdAt: at,
    updatedAt: at,
  };
}

/** Two layers over one text: ana's, and gold's copy of two of ana's spans, with links inside and across. */
const doc: ExportDocument = {
  document,
  annotations: [
    testAnnotation('a1', document, 0, 3, 'actor'),
    testAnnotation('a2', document, 8, 11, 'actor'),
    testAnnotation('a3', document, 12, 16, 'event'),
    testAnnotation('g1', document, 0, 3, 'actor', { annotator: 'gold' }),
    testAnnotation('g2', document, 12, 16, 'event', { annotator: 'gold' }),
  ],
  relations: [
    { id: 'r1', type: 'attributed-to', from: 'a1', to: 'a2', annotator: 'ana' },
    { id: 'r2', type: 'attributed-to', from: 'g1', to: 'a2', annotator: 'gold' },
  ],
  events: [
    event('e1', 'a3', 'ana', [{ role: 'Agent', target: 'a2', targetKind: 'annotation' }]),
    event('e2', 'g2', 'gold', [{ role: 'Agent', target: 'a2', targetKind: 'annotation' }]),
    event('e3', 'g2', 'gold', [{ role: 'Cause', target: 'e2', targetKind: 'event' }]),
    event('e4', 'g2', 'gold', [{ role: 'Agent', target: 'g1', targetKind: 'annotation' }]),
  ],
  equivalences: [
    { id: 'q1', documentId: 'd', type: 'Equiv', members: ['a1', 'a2'], annotator: 'ana' },
    { id: 'q2', documentId: 'd', type: 'Equiv', members: ['g1', 'a1'], annotator: 'gold' },
  ],
};

const ids = (d: ExportDocument) => [
  ...d.annotations.map((a) => a.id),
  ...d.relations.map((r) => r.id),
  ...(d.events ?? []).map((e) => e.id),
  ...(d.equivalences ?? []).map((g) => g.id),
];

describe('selectLayer', () => {
  it('the all layer is the document as it is', () => {
    expect(selectLayer(doc, parseExportLayer('all'))).toBe(doc);
  });

  it("an annotator's layer keeps their things whose ends are all in it", () => {
    expect(ids(selectLayer(doc, parseExportLayer('ana')))).toEqual(['a1', 'a2', 'a3', 'r1', 'e1', 'q1']);
  });

  it('the gold layer leaves out what points at another layer, and events pointing at those, however deep', () => {
    // r2, e2 and q2 reach ana's spans; e3's argument is e2, which is left out.
    expect(ids(selectLayer(doc, parseExportLayer('gold')))).toEqual(['g1', 'g2', 'e4']);
    expect(parseExportLayer('gold')).toEqual({ kind: 'gold' });
  });

  it('an annotator with no work in the document has an empty layer', () => {
    expect(ids(selectLayer(doc, { kind: 'annotator', id: 'ben' }))).toEqual([]);
  });

  it("documentAnnotators lists the annotators of a document's spans, first seen first", () => {
    expect(documentAnnotators(doc)).toEqual(['ana', 'gold']);
  });
});
