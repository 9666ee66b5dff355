import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnnotationTable } from '../../../../main/service/annotation-table';
import type { Annotation } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const make = (id: string, documentId: string, label: string): Annotation =>
  annotationOf('x', id, 0, 1, { documentId, label });

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    doc: fc.constantFrom('d1', 'd2'),
    label: fc.constantFrom('claim', 'figure'),
  }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
  fc.record({ kind: fc.constant('read' as const), doc: fc.constantFrom('d1', 'd2') }),
);

describe('AnnotationTable', () => {
  it('agrees with a plain map after any sequence of puts, removes and reads', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (ops) => {
        const rows: Annotation[] = [];
        const table = new AnnotationTable(rows);
        const model = new Map<string, Annotation>();
        for (const op of ops) {
          if (op.kind === 'put') {
            const a = make(op.id, op.doc, op.label);
            table.put(a);
            model.set(op.id, a);
          } else if (op.kind === 'remove') {
            table.remove(op.id);
            model.delete(op.id);
          } else {
            table.forDocument(op.doc); // builds the per-document index part-way through
          }
        }
        const sortIds = (list: Annotation[]) => list.map((a) => a.id).sort();
        expect(sortIds(rows)).toEqual([...model.keys()].sort());
        for (const doc of ['d1', 'd2']) {
          const expected = [...model.values()].filter((a) => a.documentId === doc);
          expect(sortIds(table.forDocument(doc))).toEqual(sortIds(expected));
          const counts: Record<string, number> = {};
          for (const a of expected) counts[a.label] = (counts[a.label] ?? 0) + 1;
          expect(table.labelCounts(doc)).toEqual(counts);
          expect(table.countIn(doc)).toBe(expected.length);
        }
        for (const [id, a] of model) expect(table.get(id)).toBe(a);
      }),
    );
  });
});

describe('AnnotationTable: the counts the suggestions’ memory is made from', () => {
  const quoteOperation = fc.oneof(
    fc.record({
      kind: fc.constant('put' as const),
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      quote: fc.constantFrom('Armenia', ' Armenia ', 'maps', 'x', '25%'),
      label: fc.constantFrom('actor', 'figure'),
    }),
    fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom('a', 'b', 'c', 'd') }),
    fc.record({ kind: fc.constant('read' as const) }),
  );

  it('agree with a count from scratch after any puts, relabels and removes, asked for at any point', () => {
    fc.assert(
      fc.property(fc.array(quoteOperation, { maxLength: 40 }), (ops) => {
        const table = new AnnotationTable([]);
        const model = new Map<string, Annotation>();
        for (const op of ops) {
          if (op.kind === 'put') {
            const a = { ...make(op.id, 'd1', op.label), quote: op.quote };
            table.put(a);
            model.set(op.id, a);
          } else if (op.kind === 'remove') {
            table.remove(op.id);
            model.delete(op.id);
          } else {
            table.quoteLabelCounts(); // counted part-way through, then kept up to date
          }
        }
        const expected = new Map<string, Map<string, number>>();
        for (const { quote, label } of model.values()) {
          const text = quote.trim();
          if (text.length < 2) continue;
          const labels = expected.get(text) ?? new Map<string, number>();
          expected.set(text, labels.set(label, (labels.get(label) ?? 0) + 1));
        }
        expect(table.quoteLabelCounts()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
