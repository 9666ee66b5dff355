import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportLosses } from '../../../../../shared/formats/corpus/export-losses';
import { exporters } from '../../../../../shared/formats/format-registry';
import type { Annotation } from '../../../../../shared/model';
import { createOffsetConverter } from '../../../../../shared/text/code-points';
import { exportToFiles } from '../export-files';
import { oneDocumentCorpus, testAnnotation, testDocument } from '../format-corpus';

interface SpacySpan {
  start: number;
  end: number;
  label: string;
}

/** Spans sharing a character with another, counted the slow way. */
function overlappingByPairs(spans: readonly SpacySpan[]): number {
  return spans.filter((s, i) => spans.some((o, j) => j !== i && o.start < s.end && s.start < o.end)).length;
}

const text = 'Armenia 😀 gave maps.\nOnly 25% were accurate, said Baku.';
const boundaries = [0, ...Array.from(text).map((_, i, all) => all.slice(0, i + 1).join('').length)];

describe('spaCy export: what a DocBin is built from', () => {
  it('writes every fragment of every annotation as a span, overlapping ones too, and counts the overlapping ones', () => {
    const span = fc
      .tuple(
        fc.nat(boundaries.length - 1),
        fc.nat(boundaries.length - 1),
        fc.constantFrom('claim', 'actor'),
        fc.boolean(),
      )
      .filter(([x, y]) => x !== y);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 10 }), (spans) => {
        const document = testDocument('doc', text);
        const annotations: Annotation[] = spans.map(([x, y, label, split], i) => {
          const [s, e] = [boundaries[Math.min(x, y)]!, boundaries[Math.max(x, y)]!];
          const inner = boundaries.filter((b) => b > s && b < e);
          const fragments =
            split && inner.length >= 2
              ? [
                  { start: s, end: inner[0]! },
                  { start: inner[inner.length - 1]!, end: e },
                ]
              : undefined;
          return testAnnotation(`a${i}`, document, s, e, label, fragments ? { fragments } : {});
        });
        const losses = new ExportLosses();
        const corpus = oneDocumentCorpus(document, annotations);
        const record = JSON.parse(exportToFiles(exporters.spacy, corpus, losses).get('')!) as { spans: SpacySpan[] };
        const converter = createOffsetConverter(text);
        const expected = annotations.flatMap((a) =>
          (a.fragments ?? [a]).map(
            (f) => `${a.label}@${converter.toCodePoint(f.start)}-${converter.toCodePoint(f.end)}`,
          ),
        );
        expect(record.spans.map((s) => `${s.label}@${s.start}-${s.end}`).sort()).toEqual(expected.sort());
        const overlapping = losses.list().find((l) => l.kind === 'overlapping-entities')?.count ?? 0;
        expect(overlapping).toBe(overlappingByPairs(record.spans));
      }),
      { numRuns: 300 },
    );
  });
});
