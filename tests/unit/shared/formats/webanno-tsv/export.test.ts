import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportCorpus } from '../../../../../shared/formats/corpus/corpus-export';
import { ExportLosses } from '../../../../../shared/formats/corpus/export-losses';
import type { Annotation } from '../../../../../shared/model';
import { exporters } from '../../../../../shared/formats/format-registry';
import { exportToFiles } from '../export-files';
import { handCheckedCorpus, linkedRelations, oneDocumentCorpus, testAnnotation, testDocument } from '../format-corpus';
import { readAsInception } from './inception-reading';

/** One document's TSV file. */
function tsvOf(corpus: ExportCorpus, losses = new ExportLosses()): string {
  const files = exportToFiles(exporters['webanno-tsv'], corpus, losses);
  return files.get('doc.tsv')!;
}

function corpusOf(text: string, spans: [number, number, string][] = []): ExportCorpus {
  const document = testDocument('doc', text);
  return oneDocumentCorpus(
    document,
    spans.map(([start, end, label], i) => testAnnotation(`a${i}`, document, start, end, label)),
  );
}

describe('WebAnno TSV export: #Text= lines as INCEpTION 3.2+ un-escapes them', () => {
  it('escapes backslashes, so C:\\temp\\new comes back whole and the spans after it stay put', () => {
    const text = 'Saved in C:\\temp\\new by Baku.';
    const tsv = tsvOf(corpusOf(text, [[24, 28, 'actor']]));
    expect(tsv).toContain('#Text=Saved in C:\\\\temp\\\\new by Baku.\n');
    const read = readAsInception(tsv);
    expect(read.text.slice(0, text.length)).toBe(text);
    expect(read.spans).toEqual([
      { begin: 24, end: 28, features: { label: 'actor', value: null, unit: null, qualifier: null } },
    ]);
    expect(read.text.slice(24, 28)).toBe('Baku');
  });

  it('escapes tab, CR, form feed, backspace and the other controls; a line feed starts a new #Text= line', () => {
    const text = 'a\tb\rc\fd\be\u0001f\u001fg\u000bh\ni';
    // A span over the line break keeps "h" and "i" in one sentence: two #Text= lines.
    const tsv = tsvOf(corpusOf(text, [[14, 17, 'claim']]));
    expect(tsv).toContain('#Text=a\\tb\\rc\\fd\\be\\\u0001f\\\u001fg\u000bh\n#Text=i\n');
    // No raw CR anywhere: Java's readLine would end a line there.
    expect(tsv).not.toContain('\r');
    expect(readAsInception(tsv).text.slice(0, text.length)).toBe(text);
  });

  it('places every token at its own characters in the text INCEpTION rebuilds, whatever the text holds', () => {
    const piece = fc.constantFrom(
      'a',
      'Zoë',
      ' ',
      '\n',
      '\t',
      '\r',
      '\\',
      '\\t',
      '\\n',
      '\u0001',
      '\f',
      '😀',
      '.',
      '[',
      '|',
      '_',
      '*',
      '->',
    );
    const text = fc
      .array(piece, { minLength: 1, maxLength: 30 })
      .map((pieces) => pieces.join(''))
      .filter((t) => t.trim() !== '');
    fc.assert(
      fc.property(text, (t) => {
        const tsv = tsvOf(corpusOf(t));
        const read = readAsInception(tsv);
        for (const row of tsv.split('\n').filter((line) => /^\d+-\d+\t/.test(line))) {
          const [begin, end] = row.split('\t')[1]!.split('-').map(Number) as [number, number];
          expect(read.text.slice(begin, end)).toBe(t.slice(begin, end));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('WebAnno TSV export: relations and attributes as TSV 3 columns', () => {
  it("declares the label, the schema's attributes as span features, and a relation layer on the span layer", () => {
    const tsv = exportToFiles(exporters['webanno-tsv'], handCheckedCorpus()).get('d1.tsv')!;
    expect(tsv.split('\n').slice(0, 5)).toEqual([
      '#FORMAT=WebAnno TSV 3.3',
      '#T_SP=webanno.custom.Tagwright|label|value|unit|qualifier',
      '#T_RL=webanno.custom.TagwrightRelation|label|BT_webanno.custom.Tagwright',
      '',
      '',
    ]);
    // "25%" (a figure with two attribute values) inside the claim "Only 25% were accurate": stacked.
    expect(tsv).toContain('2-2\t27-29\t25\tclaim[1]|figure[2]\t*[1]|0.25[2]\t*[1]|percent[2]\t*[1]|*[2]\t_\t_\t\n');
    // The relation a3 → a4 on Baku's token, naming the claim's first token and its id.
    expect(tsv).toContain('2-8\t51-55\tBaku\tactor\t*\t*\t*\tattributed-to\t2-1[1_0]\t\n');
  });

  it('INCEpTION reads back every span with its label and attributes, and every relation between the same spans', () => {
    const corpus = handCheckedCorpus();
    const losses = new ExportLosses();
    const read = readAsInception(exportToFiles(exporters['webanno-tsv'], corpus, losses).get('d1.tsv')!);
    const d1 = [...corpus.documents][0]!;
    const key = (begin: number, end: number, label: unknown) => `${label}@${begin}-${end}`;
    expect(read.spans.map((s) => key(s.begin, s.end, s.features.label)).sort()).toEqual(
      d1.annotations.flatMap((a) => (a.fragments ?? [a]).map((f) => key(f.start, f.end, a.label))).sort(),
    );
    const figure = read.spans.find((s) => s.features.label === 'figure')!;
    expect(figure.features).toEqual({ label: 'figure', value: '0.25', unit: 'percent', qualifier: null });
    expect(
      read.relations.map((r) => [
        r.features.label,
        key(r.source.begin, r.source.end, r.source.features.label),
        key(r.target.begin, r.target.end, r.target.features.label),
      ]),
    ).toEqual([['attributed-to', 'claim@22-44', 'actor@51-55']]);
    expect(losses.list().map((l) => l.kind)).toEqual([]);
  });

  it("round-trips random spans, attribute values and relations through INCEpTION's reading rules", () => {
    const piece = fc.constantFrom('Ab', 'c', ' ', ' ', '\n', '😀', '.', '\\', '[', ']', '|', '_', '*', '->', ';', '\t');
    const valueChars = fc.constantFrom('x', ' ', '\\', '[', ']', '|', '_', ';', '*', '->', '\t', '\n', '1]');
    const generated = fc
      .array(piece, { minLength: 1, maxLength: 25 })
      .map((p) => p.join(''))
      .filter((t) => /[^\s]/.test(t))
      .chain((text) => {
        const n = text.length;
        const span = fc.tuple(
          fc.nat(n),
          fc.nat(n),
          fc.constantFrom('claim', 'figure', 'actor'),
          fc.array(valueChars, { maxLength: 4 }),
        );
        return fc.record({
          text: fc.constant(text),
          spans: fc.array(span, { maxLength: 8 }),
          links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        });
      });
    fc.assert(
      fc.property(generated, ({ text, spans, links }) => {
        const document = testDocument('doc', text);
        const annotations: Annotation[] = [];
        spans.forEach(([x, y, label, unit], i) => {
          const [start, end] = [Math.min(x, y), Math.max(x, y)];
          // Whole tokens, not inside an emoji: the spans a TSV can hold exactly.
          if (
            start === end ||
            /^\s|\s$/.test(text.slice(start, end)) ||
            /[\udc00-\udfff]/.test(text[start] ?? '') ||
            /[\udc00-\udfff]/.test(text[end] ?? '')
          )
            return;
          annotations.push(
            testAnnotation(
              `a${i}`,
              document,
              start,
              end,
              label,
              label === 'figure' ? { attributes: { unit: unit.join('') } } : {},
            ),
          );
        });
        const relations = linkedRelations(annotations, links);
        const losses = new ExportLosses();
        const read = readAsInception(tsvOf(oneDocumentCorpus(document, annotations, relations), losses));
        const spanKey = (begin: number, end: number, features: Record<string, string | null>) =>
          `${features.label}@${begin}-${end}:${features.unit ?? ''}`;
        const ours = (a: Annotation) =>
          spanKey(a.start, a.end, { label: a.label, unit: (a.attributes.unit as string | undefined) ?? null });
        expect(read.spans.map((s) => spanKey(s.begin, s.end, s.features)).sort()).toEqual(annotations.map(ours).sort());
        for (const s of read.spans) expect(read.text.slice(s.begin, s.end)).toBe(text.slice(s.begin, s.end));
        const byId = new Map(annotations.map((a) => [a.id, a]));
        expect(
          read.relations
            .map(
              (r) =>
                `${spanKey(r.source.begin, r.source.end, r.source.features)}>${spanKey(r.target.begin, r.target.end, r.target.features)}`,
            )
            .sort(),
        ).toEqual(relations.map((r) => `${ours(byId.get(r.from)!)}>${ours(byId.get(r.to)!)}`).sort());
        expect(losses.list()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('trims a span starting in spaces to its tokens, leaves out one over spaces only, and counts both and undeclared attributes', () => {
    const document = testDocument('doc', 'Armenia gave maps.');
    const annotations = [
      testAnnotation('a1', document, 7, 12, 'claim'), // " gave"
      testAnnotation('a2', document, 7, 8, 'actor', { attributes: { colour: 'red' } }), // " "
    ];
    const losses = new ExportLosses();
    const read = readAsInception(tsvOf(oneDocumentCorpus(document, annotations), losses));
    expect(read.spans).toEqual([
      { begin: 8, end: 12, features: { label: 'claim', value: null, unit: null, qualifier: null } },
    ]);
    expect(losses.list()).toEqual([
      { kind: 'spans-without-tokens', count: 1 },
      { kind: 'trimmed-spans', count: 1 },
      { kind: 'undeclared-attributes', count: 1 },
    ]);
  });
});
