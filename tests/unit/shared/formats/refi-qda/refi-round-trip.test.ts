import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, Relation } from '../../../../../shared/model';
import { defaultAnnotationSchema } from '../../../../../shared/model';
import type { ExportCorpus } from '../../../../../shared/formats/corpus/corpus-export';
import { readRefiQdpx } from '../../../../../shared/formats/refi-qda/import';
import { testDocument } from '../format-corpus';
import { plan } from '../plan-import';
import { exportQdpx, qdpxFiles, validateQde } from './qdpx-files';

// Hard text: astral characters (emoji, a ZWJ sequence, a CJK extension B ideograph), combining marks, XML's markup characters.
const piece = fc.constantFrom(
  'a',
  'Bb',
  ' ',
  '\n',
  '😀',
  '👩‍👩‍👧',
  '𠀋',
  '中文',
  'e\u0301',
  '<',
  '&',
  '"',
  ']]>',
  'Zoë',
  '\t',
);
const notePiece = fc.constantFrom('', 'ok', '😀', '<b>', '&amp;', '"q"', "'", ']]>', '\n', '\t', 'line\nbreak', ' ');
const labels = ['claim', 'figure', 'actor', 'event'];
const annotators = ['ana', 'Bo', 'Zoë 😀', ''];
const times = ['2026-02-03T04:05:06.000Z', '2025-12-31T23:59:59.999Z'];

/**
 * A document with random spans on code point boundaries, by several annotators (or none), with
 * notes, and relations between them. One span per place and label: the import takes a span with
 * no annotator as the same work as a named one's there.
 */
const generated = fc
  .array(piece, { minLength: 1, maxLength: 30 })
  .map((pieces) => pieces.join(''))
  .filter((text) => text.trim() !== '') // the import refuses a document of spaces only
  .chain((text) => {
    const boundaries = [0];
    for (const ch of text) boundaries.push(boundaries[boundaries.length - 1]! + ch.length);
    const span = fc.record({
      ends: fc.tuple(fc.nat(boundaries.length - 1), fc.nat(boundaries.length - 1)).filter(([x, y]) => x !== y),
      label: fc.constantFrom(...labels),
      annotator: fc.constantFrom(...annotators),
      note: fc.array(notePiece, { maxLength: 3 }).map((p) => p.join('')),
      times: fc.tuple(fc.constantFrom(...times), fc.constantFrom(...times)),
    });
    return fc.record({
      text: fc.constant(text),
      boundaries: fc.constant(boundaries),
      spans: fc.uniqueArray(span, {
        maxLength: 10,
        selector: (s) => `${Math.min(...s.ends)} ${Math.max(...s.ends)} ${s.label}`,
      }),
      links: fc.uniqueArray(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4, selector: ([f, t]) => `${f} ${t}` }),
    });
  })
  .map(({ text, boundaries, spans, links }) => {
    const document = testDocument('doc', text);
    const annotations = spans.map((s, i): Annotation => {
      const start = boundaries[Math.min(...s.ends)]!;
      const end = boundaries[Math.max(...s.ends)]!;
      return {
        id: `ann${i}`,
        documentId: 'doc',
        start,
        end,
        quote: text.slice(start, end),
        label: s.label,
        attributes: {},
        note: s.note,
        annotator: s.annotator,
        createdAt: s.times[0],
        updatedAt: s.times[1],
      };
    });
    const relations: Relation[] =
      annotations.length < 2
        ? []
        : links
            .map(([f, t]) => [f % annotations.length, t % annotations.length] as const)
            .filter(([f, t], i, all) => f !== t && all.findIndex(([g, u]) => g === f && u === t) === i)
            .map(([f, t], i) => ({
              id: `rel${i}`,
              type: 'attributed-to',
              from: `ann${f}`,
              to: `ann${t}`,
              annotator: '',
            }));
    const corpus: ExportCorpus = {
      projectId: 'p',
      projectName: 'Round trip',
      schema: defaultAnnotationSchema(),
      documents: [{ document, annotations, relations }],
    };
    return { corpus, annotations, relations };
  });

/** What an annotation is, without its id: where, which label, the note, by whom, when. */
const essence = (a: Annotation) => [a.start, a.end, a.label, a.note, a.annotator, a.createdAt, a.updatedAt].join(' | ');

describe('REFI-QDA round trip: export, import, the same annotations', () => {
  it('keeps every span (UTF-16 offsets after code points in the file), label, note, annotator, times and relation', () => {
    fc.assert(
      fc.property(generated, ({ corpus, annotations, relations }) => {
        const files = qdpxFiles(exportQdpx(corpus));
        const parsed = readRefiQdpx('round-trip.qdpx', files);
        expect(parsed.problems).toEqual([]);
        const planned = plan([parsed]);
        expect(planned.report.problems).toEqual([]);
        expect(planned.documents.map((d) => d.text)).toEqual([
          corpus.documents[Symbol.iterator]().next().value!.document.text,
        ]);
        expect(planned.annotations.map(essence).sort()).toEqual(annotations.map(essence).sort());
        for (const a of planned.annotations) expect(a.quote).toBe(planned.documents[0]!.text.slice(a.start, a.end));
        const byId = (list: Annotation[]) => new Map(list.map((a) => [a.id, essence(a)]));
        const before = byId(annotations);
        const after = byId(planned.annotations);
        const link = (map: Map<string, string>) => (r: Relation) =>
          `${map.get(r.from)} -> ${map.get(r.to)} (${r.type})`;
        expect(planned.relations.map(link(after)).sort()).toEqual(relations.map(link(before)).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('every generated project.qde is valid against the schema', () => {
    // Fewer runs: each starts xmllint.
    fc.assert(
      fc.property(generated, ({ corpus }) => {
        validateQde(qdpxFiles(exportQdpx(corpus)).get('project.qde')!);
      }),
      { numRuns: 15 },
    );
  });

  it('brings the codes back as labels with their colours and descriptions, and the annotators as they were named', () => {
    const document = testDocument('doc', 'Zoë 😀 met Bo.');
    const schema = defaultAnnotationSchema();
    const custom = {
      ...schema.labels[0]!,
      id: 'stance',
      name: 'Stance ✓',
      colour: '#a1b2c3',
      description: 'Pro or con <b>',
    };
    const corpus: ExportCorpus = {
      projectId: 'p',
      projectName: 'Codes',
      schema: { ...schema, labels: [custom] },
      documents: [
        {
          document,
          annotations: [
            {
              id: 'x',
              documentId: 'doc',
              start: 0,
              end: 3,
              quote: 'Zoë',
              label: 'stance',
              attributes: {},
              note: '',
              annotator: 'Zoë 😀',
              createdAt: times[0]!,
              updatedAt: times[0]!,
            },
          ],
          relations: [],
        },
      ],
    };
    const planned = plan([readRefiQdpx('codes.qdpx', qdpxFiles(exportQdpx(corpus)))], { addLabels: true });
    expect(planned.report.problems).toEqual([]);
    expect(planned.labels).toEqual([
      expect.objectContaining({ name: 'Stance ✓', colour: '#a1b2c3', description: 'Pro or con <b>' }),
    ]);
    expect(planned.annotations.map((a) => [a.label, a.annotator])).toEqual([[planned.labels[0]!.id, 'Zoë 😀']]);
  });
});
