import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportCorpus } from '../../../../../shared/formats/corpus/corpus-export';
import { exporters } from '../../../../../shared/formats/format-registry';
import { defaultAnnotationSchema } from '../../../../../shared/model';
import { exportToFiles } from '../export-files';
import { testAnnotation, testDocument } from '../format-corpus';
import { readAsInception } from './inception-reading';

/** One document's TSV file. */
function tsvOf(corpus: ExportCorpus): string {
  const files = exportToFiles(exporters['webanno-tsv'], corpus);
  return files.get('doc.tsv')!;
}

function corpusOf(text: string, spans: [number, number, string][] = []): ExportCorpus {
  const document = testDocument('doc', text);
  const annotations = spans.map(([start, end, label], i) => testAnnotation(`a${i}`, document, start, end, label));
  return {
    projectId: 'p',
    projectName: 'P',
    schema: defaultAnnotationSchema(),
    documents: [{ document, annotations, relations: [] }],
  };
}

describe('WebAnno TSV export: #Text= lines as INCEpTION 3.2+ un-escapes them', () => {
  it('escapes backslashes, so C:\\temp\\new comes back whole and the spans after it stay put', () => {
    const text = 'Saved in C:\\temp\\new by Baku.';
    const tsv = tsvOf(corpusOf(text, [[24, 28, 'actor']]));
    expect(tsv).toContain('#Text=Saved in C:\\\\temp\\\\new by Baku.\n');
    const read = readAsInception(tsv);
    expect(read.text.slice(0, text.length)).toBe(text);
    expect(read.spans).toEqual([{ begin: 24, end: 28, features: { label: 'actor' } }]);
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
