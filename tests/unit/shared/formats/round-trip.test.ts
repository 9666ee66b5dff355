import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, Relation, TagwrightDocument } from '../../../../shared/model';
import { defaultAnnotationSchema } from '../../../../shared/model';
import type { ExportCorpus } from '../../../../shared/formats/corpus/corpus-export';
import type { FormatName } from '../../../../shared/formats/format-facts';
import { exporters, type ImportFormat } from '../../../../shared/formats/format-registry';
import { splitSentences, type TextToken } from '../../../../shared/formats/corpus/text-tokens';
import { parseCorpusFile } from '../../../../shared/formats/parse-corpus-file';
import type { ParsedCorpus } from '../../../../shared/formats/corpus/parsed-corpus';
import { newProject } from '../../../../main/service/new-project';
import { createOffsetConverter } from '../../../../shared/text/code-points';
import { exportToFiles } from './export-files';
import { linkedRelations, testDocument } from './format-corpus';
import { plan } from './plan-import';

// Pieces of hard text: emoji (astral, ZWJ sequence), CJK, combining marks, punctuation, line breaks.
const piece = fc.constantFrom(
  'a',
  'Bb',
  ' ',
  ' ',
  '\n',
  '😀',
  '👩‍👩‍👧',
  '中文',
  'e\u0301',
  '.',
  ',',
  '"',
  'Zoë',
  '\t',
  '=',
);
const labels = ['claim', 'figure', 'actor', 'event'];
const at = '2026-02-03T04:05:06.000Z';

interface Generated {
  text: string;
  annotations: Annotation[];
  relations: Relation[];
}

/** A document with random spans on character boundaries: overlapping, nested, adjacent, discontinuous. */
const generatedDocument = (options: { fragments: boolean; noteChars: fc.Arbitrary<string> }) =>
  fc
    .array(piece, { minLength: 1, maxLength: 40 })
    .map((pieces) => pieces.join(''))
    .filter((text) => text.trim() !== '')
    .chain((text) => {
      const boundaries = codePointBoundaries(text);
      const span = fc
        .tuple(fc.nat(boundaries.length - 1), fc.nat(boundaries.length - 1), fc.constantFrom(...labels), fc.boolean())
        .filter(([x, y]) => x !== y);
      return fc.record({
        text: fc.constant(text),
        spans: fc.array(fc.tuple(span, options.noteChars, fc.boolean()), { maxLength: 12 }),
        links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      });
    })
    .map(({ text, spans, links }): Generated => {
      const boundaries = codePointBoundaries(text);
      const annotations = spans.map(([[x, y, label, split], note, withAttribute], i): Annotation => {
        const start = boundaries[Math.min(x, y)]!;
        const end = boundaries[Math.max(x, y)]!;
        const inner = boundaries.filter((b) => b > start && b < end);
        const fragments =
          options.fragments && split && inner.length >= 2
            ? [
                { start, end: inner[0]! },
                { start: inner[inner.length - 1]!, end },
              ]
            : undefined;
        return generatedAnnotation(text, i, start, end, label, {
          ...(fragments ? { fragments } : {}),
          attributes: withAttribute ? { unit: 'per cent', checked: true } : {},
          note,
        });
      });
      return { text, annotations, relations: linkedRelations(annotations, links) };
    });

/**
 * A document whose spans start and end on token boundaries (the tokenizer's, text-tokens.ts), as
 * token formats need: WebAnno TSV and CoNLL cannot start or end a span inside a token or a space.
 * Its text has backslash escapes' look-alikes too (`C:\\new`, a tab).
 */
const tokenAlignedDocument = fc
  .array(fc.oneof(piece, fc.constantFrom('\\', 'C:\\new', '\\t')), { minLength: 1, maxLength: 40 })
  .map((pieces) => pieces.join(''))
  .filter((text) => text.trim() !== '')
  .chain((text) => {
    const tokens = splitSentences(text).flat();
    // A span from the start of one token to the end of the same or a later one.
    const span = fc.tuple(fc.nat(tokens.length - 1), fc.nat(tokens.length - 1), fc.constantFrom(...labels));
    return fc.record({
      text: fc.constant(text),
      tokens: fc.constant(tokens),
      spans: fc.array(span, { maxLength: 10 }),
    });
  })
  .map(({ text, tokens, spans }): Generated => ({
    text,
    relations: [],
    annotations: spans.map(([x, y, label], i) =>
      generatedAnnotation(text, i, tokens[Math.min(x, y)]!.start, tokens[Math.max(x, y)]!.end, label),
    ),
  }));

/** The spans CoNLL export keeps: per label, in reading order (longer first), those not overlapping an earlier one. */
function keptByConll(annotations: Annotation[]): Annotation[] {
  const lastEnd = new Map<string, number>();
  return [...annotations]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((a) => {
      if (a.start < (lastEnd.get(a.label) ?? -1)) return false;
      lastEnd.set(a.label, a.end);
      return true;
    });
}

/** Annotation `i` of a generated document over `text` (UTF-16 offsets). */
function generatedAnnotation(
  text: string,
  i: number,
  start: number,
  end: number,
  label: string,
  extra: Partial<Annotation> = {},
): Annotation {
  const quote = text.slice(start, end);
  return {
    id: `ann${i}`,
    documentId: 'doc',
    start,
    end,
    quote,
    label,
    attributes: {},
    note: '',
    annotator: 'ana',
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

function codePointBoundaries(text: string): number[] {
  const out = [0];
  for (const ch of text) out.push(out[out.length - 1]! + ch.length);
  return out;
}

function corpusOf(generated: Generated): ExportCorpus {
  const document = testDocument('doc', generated.text);
  return {
    projectId: 'p',
    projectName: 'P',
    schema: defaultAnnotationSchema(),
    documents: [{ document, annotations: generated.annotations, relations: generated.relations }],
  };
}

/** Exports, parses back and plans the import: into an empty project, or (W3C) one holding the document. */
function roundTrip(format: FormatName, generated: Generated, form?: string) {
  const corpus = { ...corpusOf(generated), ...(form ? { form } : {}) };
  const files = exportToFiles(exporters[format], corpus);
  let parsed: ParsedCorpus;
  if (format === 'brat') {
    parsed = parseCorpusFile({
      format,
      path: 'doc.ann',
      content: files.get('doc.ann')!,
      txtPath: 'doc.txt',
      txtContent: files.get('doc.txt')!,
    });
  } else {
    // One file: '' for a file format, `doc.tsv` for WebAnno TSV's folder.
    const [[file, content]] = [...files] as [[string, string]];
    parsed = parseCorpusFile({ format: format as ImportFormat, path: file || `export.${format}`, content });
  }
  const project = newProject('p', 'P', new Date(at));
  if (format === 'w3c') project.documents.push(testDocument('doc', generated.text));
  const planned = plan([parsed], {}, project);
  const document = format === 'w3c' ? project.documents[0]! : planned.documents[0]!;
  return { plan: planned, document };
}

/** Exports each generated document in `format`, imports it back (no problem allowed) and runs `check` on the import. */
function eachRoundTrip(
  format: FormatName,
  documents: fc.Arbitrary<Generated>,
  check: (planned: ReturnType<typeof plan>, document: TagwrightDocument, generated: Generated) => void,
) {
  fc.assert(
    fc.property(documents, (generated) => {
      const { plan: planned, document } = roundTrip(format, generated);
      expect(planned.report.problems).toEqual([]);
      check(planned, document, generated);
    }),
    { numRuns: 150 },
  );
}

const spanOf = (a: Pick<Annotation, 'start' | 'end' | 'fragments' | 'label'>) =>
  `${a.label}@${(a.fragments ?? [a]).map((f) => `${f.start}-${f.end}`).join(';')}`;
const uniqueSpans = (annotations: Annotation[]) => [...new Set(annotations.map(spanOf))].sort();

const singleLine = fc.stringMatching(/^[a-z ,.é😀]{0,12}$/u).map((s) => s.trim());
const anyNote = fc.string({ maxLength: 12, unit: 'grapheme' });

describe('round trips: export, import, same spans', () => {
  it('Tagwright JSONL keeps everything: ids, spans, fragments, notes, attributes, annotators, times, relations', () => {
    fc.assert(
      fc.property(generatedDocument({ fragments: true, noteChars: anyNote }), (generated) => {
        const { plan, document } = roundTrip('jsonl', generated);
        expect(plan.report.problems).toEqual([]);
        expect(document.text).toBe(generated.text);
        const strip = (a: Annotation) => ({ ...a, documentId: 'x' });
        expect(plan.annotations.map(strip)).toEqual(dedupe(generated.annotations).map(strip));
        expect(relationKeys(plan.relations, plan.annotations)).toEqual(
          relationKeys(generated.relations, generated.annotations),
        );
      }),
      { numRuns: 150 },
    );
  });

  for (const format of ['brat', 'label-studio', 'w3c'] as const) {
    it(`${format} keeps spans (fragments too), labels, notes and relations`, () => {
      fc.assert(
        fc.property(generatedDocument({ fragments: true, noteChars: singleLine }), (generated) => {
          const { plan, document } = roundTrip(format, generated);
          expect(plan.report.problems).toEqual([]);
          expect(document.text).toBe(generated.text);
          expect(uniqueSpans(plan.annotations)).toEqual(uniqueSpans(generated.annotations));
          for (const a of plan.annotations) {
            expect(a.quote).toBe(document.text.slice(a.start, a.end));
            const original = generated.annotations.find((g) => spanOf(g) === spanOf(a))!;
            expect(a.note).toBe(original.note);
          }
          expect(relationKeys(plan.relations, plan.annotations)).toEqual(
            relationKeys(generated.relations, generated.annotations),
          );
        }),
        { numRuns: 120 },
      );
    });
  }

  for (const format of ['doccano', 'spacy'] as const) {
    it(`${format} keeps the text and every span (a discontinuous one as its fragments) at the same characters`, () => {
      eachRoundTrip(
        format,
        generatedDocument({ fragments: false, noteChars: fc.constant('') }),
        (plan, document, generated) => {
          expect(document.text).toBe(generated.text);
          expect(uniqueSpans(plan.annotations)).toEqual(uniqueSpans(generated.annotations));
        },
      );
    });
  }

  it('WebAnno TSV keeps every span at its UTF-16 offsets, and the text but for the whitespace between sentences', () => {
    eachRoundTrip('webanno-tsv', tokenAlignedDocument, (plan, document, generated) => {
      // The format holds no text between sentences: INCEpTION (and we) rebuild it as a line break and spaces.
      const blanked = (text: string) => text.replace(/\s/g, ' ');
      expect(blanked(document.text)).toBe(blanked(generated.text.trimEnd()));
      expect(uniqueSpans(plan.annotations)).toEqual(uniqueSpans(generated.annotations));
      for (const a of plan.annotations) expect(a.quote).toBe(generated.text.slice(a.start, a.end));
    });
  });

  it("WebAnno TSV keeps relations and the schema's attribute values, reserved characters and all", () => {
    const withLinks = tokenAlignedDocument.chain((generated) =>
      fc.record({
        generated: fc.constant(generated),
        links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        unit: fc.constantFrom('per cent', 'a|b', 'x_y', '*', '[1]', 'C:\\new', 'a->b;c'),
      }),
    );
    const documents = withLinks.map(({ generated, links, unit }): Generated => {
      const annotations = generated.annotations.map((a) =>
        a.label === 'figure' ? { ...a, attributes: { unit, qualifier: 'about' } } : a,
      );
      return { ...generated, annotations, relations: linkedRelations(annotations, links) };
    });
    eachRoundTrip('webanno-tsv', documents, (plan, _document, generated) => {
      expect(relationKeys(plan.relations, plan.annotations)).toEqual(
        relationKeys(generated.relations, generated.annotations),
      );
      const attributesOf = (annotations: Annotation[]) =>
        [...new Set(annotations.map((a) => `${spanOf(a)}:${JSON.stringify(a.attributes)}`))].sort();
      expect(attributesOf(plan.annotations)).toEqual(attributesOf(generated.annotations));
    });
  });

  it('CoNLL keeps the tokens and every span over the same tokens (a same-label overlap is the documented loss)', () => {
    eachRoundTrip('conll', tokenAlignedDocument, (plan, document, generated) => {
      const tokens = splitSentences(generated.text).flat();
      const tokenText = (t: TextToken) => generated.text.slice(t.start, t.end);
      expect(document.text.split(/[ \n]/)).toEqual(tokens.map(tokenText));
      // The text is rebuilt (tokens joined by spaces): a span comes back as its tokens.
      const expected = keptByConll(generated.annotations).map((a) => {
        const inside = tokens.filter((t) => t.start >= a.start && t.end <= a.end);
        return `${a.label}:${inside.map(tokenText).join(' ')}`;
      });
      const imported = plan.annotations.map((a) => `${a.label}:${a.quote}`);
      expect([...new Set(imported)].sort()).toEqual([...new Set(expected)].sort());
    });
  });

  it("doccano's relation form keeps every span (a discontinuous one as its fragments) and every relation", () => {
    fc.assert(
      fc.property(generatedDocument({ fragments: false, noteChars: fc.constant('') }), (generated) => {
        const { plan, document } = roundTrip('doccano', generated, 'relations');
        expect(plan.report.problems).toEqual([]);
        expect(document.text).toBe(generated.text);
        expect(uniqueSpans(plan.annotations)).toEqual(uniqueSpans(generated.annotations));
        expect(relationKeys(plan.relations, plan.annotations)).toEqual(
          relationKeys(generated.relations, generated.annotations),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('every exported code-point span slices to its quote (spaCy, doccano)', () => {
    fc.assert(
      fc.property(generatedDocument({ fragments: false, noteChars: fc.constant('') }), (generated) => {
        const corpus = corpusOf(generated);
        const spacy = JSON.parse(exportToFiles(exporters.spacy, corpus).get('')!);
        const codePoints = Array.from(spacy.text as string);
        const quotes = spacy.spans.map((s: { start: number; end: number }) =>
          codePoints.slice(s.start, s.end).join(''),
        );
        expect(quotes.sort()).toEqual(generated.annotations.map((a) => a.quote).sort());
        const doccano = JSON.parse(exportToFiles(exporters.doccano, corpus).get('')!);
        expect(doccano.text).toBe(spacy.text);
        const doccanoQuotes = doccano.label.map(([start, end]: [number, number]) =>
          codePoints.slice(start, end).join(''),
        );
        expect(doccanoQuotes.sort()).toEqual(generated.annotations.map((a) => a.quote).sort());
        const converter = createOffsetConverter(generated.text);
        expect(converter.codePointLength).toBe(codePoints.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('CRLF sources: offsets counted over CRLF text land on the same characters of the LF text', () => {
  const crlfText = fc
    .array(fc.constantFrom('ab', ' ', '\r\n', '😀', '中', 'e\u0301', '.'), { minLength: 1, maxLength: 30 })
    .map((p) => p.join(''))
    .filter((t) => t.trim() !== '');
  const withSpans = crlfText.chain((raw) => {
    const points = Array.from(raw);
    return fc.record({
      raw: fc.constant(raw),
      spans: fc.array(
        fc.tuple(fc.nat(points.length), fc.nat(points.length)).filter(([x, y]) => {
          const [s, e] = [Math.min(x, y), Math.max(x, y)];
          // A span must keep some character once CRs are gone, and not start or end inside a CRLF pair.
          const slice = points.slice(s, e).join('');
          return e > s && slice.replace(/\r/g, '') !== '' && points[s - 1] !== '\r' && points[e - 1] !== '\r';
        }),
        { maxLength: 6 },
      ),
    });
  });

  for (const format of ['doccano', 'brat'] as const) {
    it(format, () => {
      fc.assert(
        fc.property(withSpans, ({ raw, spans }) => {
          const points = Array.from(raw);
          const ordered = spans.map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
          const parsed =
            format === 'doccano'
              ? parseCorpusFile({
                  format,
                  path: 'x.jsonl',
                  content: `${JSON.stringify({ text: raw, label: ordered.map(([s, e]) => [s, e, 'claim']) })}\r\n`,
                })
              : parseCorpusFile({
                  format,
                  path: 'x.ann',
                  txtPath: 'x.txt',
                  txtContent: raw,
                  content: ordered
                    .map(
                      ([s, e], i) =>
                        `T${i + 1}\tclaim ${s} ${e}\t${points
                          .slice(s, e)
                          .join('')
                          .replace(/[\r\n]+/g, ' ')}`,
                    )
                    .join('\r\n'),
                });
          const planned = plan([parsed]);
          expect(planned.report.problems).toEqual([]);
          const text = planned.documents[0]!.text;
          expect(text).toBe(raw.replace(/\r\n/g, '\n'));
          // Where each span must land in the LF text: its characters before, with every CRLF one shorter.
          const lf = (cp: number) => points.slice(0, cp).join('').replace(/\r\n/g, '\n').length;
          const expected = [...new Set(ordered.map(([s, e]) => `${lf(s)}-${lf(e)}`))].sort();
          expect([...new Set(planned.annotations.map((a) => `${a.start}-${a.end}`))].sort()).toEqual(expected);
          for (const a of planned.annotations) expect(a.quote).toBe(text.slice(a.start, a.end));
        }),
        { numRuns: 150 },
      );
    });
  }
});

/** The import drops exact duplicates (same label, same characters): the expected list does too. */
function dedupe(annotations: Annotation[]): Annotation[] {
  const seen = new Set<string>();
  return [...annotations]
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1))
    .filter((a) => !seen.has(spanOf(a)) && Boolean(seen.add(spanOf(a))));
}

/** Relations named by their type and the spans at their ends (ids differ after most imports). */
function relationKeys(relations: Relation[], annotations: Annotation[]): string[] {
  const span = (id: string) => spanOf(annotations.find((a) => a.id === id)!);
  return relations.map((r) => `${r.type}:${span(r.from)}>${span(r.to)}`).sort();
}
