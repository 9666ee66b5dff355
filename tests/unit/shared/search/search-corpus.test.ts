import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TagwrightError } from '../../../../shared/ipc/result';
import { foldString } from '../../../../shared/search/folded-text';
import { SearchCorpus } from '../../../../shared/search/search-corpus';
import {
  searchRequestSchema,
  type SearchAnnotation,
  type SearchDocument,
  type SearchRequestInput,
} from '../../../../shared/search/search-request';
import { createOffsetConverter } from '../../../../shared/text/code-points';

function corpusOf(...documents: (Partial<SearchDocument> & { text: string })[]): SearchCorpus {
  const corpus = new SearchCorpus();
  documents.forEach((d, i) => corpus.put({ id: `d${i + 1}`, title: `Document ${i + 1}`, annotations: [], ...d }));
  return corpus;
}

const search = (corpus: SearchCorpus, request: SearchRequestInput) => corpus.search(searchRequestSchema.parse(request));

/** Each hit as [documentId, the text at its offsets]. */
const found = (corpus: SearchCorpus, request: SearchRequestInput) =>
  search(corpus, request).hits.map((h) => [h.documentId, h.text]);

function annotation(id: string, text: string, quote: string, label: string, extra: Partial<SearchAnnotation> = {}) {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`${quote} is not in the text`);
  return { id, start, end: start + quote.length, label, note: '', attributes: {}, ...extra };
}

describe('plain text search', () => {
  it('finds hits across documents in document order, then text order, with counts per document', () => {
    const corpus = corpusOf(
      { text: 'Aykhan Hajizada said so. Hajizada again.' },
      { text: 'Nothing here.' },
      { text: 'HAJIZADA, in capitals.' },
    );
    const results = search(corpus, { query: 'hajizada' });
    expect(results.hits.map((h) => [h.documentId, h.start, h.end, h.text])).toEqual([
      ['d1', 7, 15, 'Hajizada'],
      ['d1', 25, 33, 'Hajizada'],
      ['d3', 0, 8, 'HAJIZADA'],
    ]);
    expect(results.documents).toEqual([
      { documentId: 'd1', title: 'Document 1', hits: 2 },
      { documentId: 'd3', title: 'Document 3', hits: 1 },
    ]);
    expect([results.total, results.truncated]).toEqual([3, false]);
  });

  it('ignores diacritics both ways: precomposed, combining marks, in the query or the text', () => {
    const text = 'Café, cafe\u0301 and CAFE; São Paulo, Sa\u0303o';
    const corpus = corpusOf({ text });
    expect(found(corpus, { query: 'cafe' }).map(([, t]) => t)).toEqual(['Café', 'cafe\u0301', 'CAFE']);
    expect(found(corpus, { query: 'café' })).toHaveLength(3);
    expect(found(corpus, { query: 'cafe\u0301' })).toHaveLength(3);
    // The combining tilde stays with its letter: the hit ends after it.
    expect(found(corpus, { query: 'sao' }).map(([, t]) => t)).toEqual(['São', 'Sa\u0303o']);
  });

  it('folds ß, ligatures and compatibility forms, but never cuts such a character in half', () => {
    const corpus = corpusOf({ text: 'Die Straße, the ﬁnal oﬃce, STRASSE.' });
    expect(found(corpus, { query: 'strasse' }).map(([, t]) => t)).toEqual(['Straße', 'STRASSE']);
    expect(found(corpus, { query: 'final' }).map(([, t]) => t)).toEqual(['ﬁnal']);
    expect(found(corpus, { query: 'office' }).map(([, t]) => t)).toEqual(['oﬃce']);
    // "ffi" is one character: "of" would end inside it, "stras" inside ß.
    expect(found(corpus, { query: 'of' })).toEqual([]);
    expect(found(corpus, { query: 'stras' }).map(([, t]) => t)).toEqual(['STRAS']);
  });

  it('keeps case when asked, still ignoring diacritics', () => {
    const corpus = corpusOf({ text: 'Élan and élan and ELAN' });
    expect(found(corpus, { query: 'élan', caseSensitive: true }).map(([, t]) => t)).toEqual(['élan']);
    expect(found(corpus, { query: 'Elan', caseSensitive: true }).map(([, t]) => t)).toEqual(['Élan']);
  });

  it('gives UTF-16 and code-point offsets that differ after astral characters such as emoji', () => {
    const text = '😀 Hajizada 👩‍👩‍👧 said 𝄞 Hajizada';
    const results = search(corpusOf({ text }), { query: 'Hajizada' });
    const converter = createOffsetConverter(text);
    expect(results.hits.map((h) => [h.start, h.startCodePoint, h.end, h.endCodePoint])).toEqual([
      [3, 2, 11, 10],
      [
        text.lastIndexOf('Hajizada'),
        converter.toCodePoint(text.lastIndexOf('Hajizada')),
        text.length,
        [...text].length,
      ],
    ]);
  });

  it('matches emoji and text after a leading combining mark', () => {
    const corpus = corpusOf({ text: '\u0301abc 😀 x😀y' });
    expect(found(corpus, { query: 'abc' }).map(([, t]) => t)).toEqual(['abc']);
    expect(found(corpus, { query: '😀' }).map(([, t]) => t)).toEqual(['😀', '😀']);
  });

  it('shows context on both sides, white space shown as single spaces', () => {
    const text = `${'x'.repeat(100)} before\n\nHajizada\tafter ${'y'.repeat(100)}`;
    const [hit] = search(corpusOf({ text }), { query: 'Hajizada' }).hits;
    expect(hit!.left).toBe(`${'x'.repeat(51)} before `);
    expect(hit!.right).toBe(` after ${'y'.repeat(53)}`);
  });

  it('keeps context whole code points at its cut', () => {
    const text = `${'😀'.repeat(70)}Hajizada${'😀'.repeat(70)}`;
    const [hit] = search(corpusOf({ text }), { query: 'hajizada' }).hits;
    expect(hit!.left).toBe('😀'.repeat(60));
    expect(hit!.right).toBe('😀'.repeat(60));
  });

  it('sends back `limit` hits but counts them all', () => {
    const corpus = corpusOf({ text: 'a a a a' }, { text: 'a a' });
    const results = search(corpus, { query: 'a', limit: 3 });
    expect(results.hits).toHaveLength(3);
    expect(results.total).toBe(6);
    expect(results.truncated).toBe(true);
    expect(results.documents.map((d) => d.hits)).toEqual([4, 2]);
  });

  it('refuses an empty search and a query that folds to nothing', () => {
    const corpus = corpusOf({ text: 'abc' });
    expect(() => search(corpus, { query: '' })).toThrow(/Type something to search for/);
    expect(() => search(corpus, { query: '\u0301' })).toThrow(/nothing to search for once accents/);
  });
});

describe('regular expression search', () => {
  it('finds figures with a pattern, ignoring case unless asked', () => {
    const text = 'Only 25 percent, then 55%, and 1,000.5 PERCENT; 7 pc.';
    const corpus = corpusOf({ text });
    const pattern = String.raw`\d[\d,.]*\s*(percent|%)`;
    expect(found(corpus, { query: pattern, regex: true }).map(([, t]) => t)).toEqual([
      '25 percent',
      '55%',
      '1,000.5 PERCENT',
    ]);
    expect(found(corpus, { query: pattern, regex: true, caseSensitive: true }).map(([, t]) => t)).toEqual([
      '25 percent',
      '55%',
    ]);
  });

  it('runs on whole code points and skips empty matches', () => {
    const corpus = corpusOf({ text: 'a😀b' });
    expect(found(corpus, { query: '.', regex: true }).map(([, t]) => t)).toEqual(['a', '😀', 'b']);
    expect(found(corpus, { query: 'x*', regex: true })).toEqual([]);
  });

  it('says what is wrong with a bad pattern', () => {
    const corpus = corpusOf({ text: 'abc' });
    const attempt = () => search(corpus, { query: '(unclosed', regex: true });
    expect(attempt).toThrow(TagwrightError);
    expect(attempt).toThrow('"(unclosed" is not a valid regular expression: unterminated group.');
    expect(() => search(corpus, { query: '*a', regex: true })).toThrow(
      /not a valid regular expression: nothing to repeat/,
    );
  });
});

describe('filters and coverage', () => {
  const text = 'Hajizada met Rahimov. Hajizada said 25% were mapped. Hajizada left.';
  const annotations = [
    annotation('a1', text, 'Hajizada met Rahimov.', 'claim', { note: 'Checked with the Source' }),
    annotation('a2', text, 'Hajizada', 'actor'),
    annotation('a3', text, 'Hajizada said 25% were mapped.', 'claim', { attributes: { verified: true } }),
    annotation('a4', text, '25%', 'figure', { attributes: { value: 0.25, unit: 'percent' } }),
  ];
  const corpus = corpusOf({ text, annotations }, { text: 'Hajizada alone.' });

  it('says which annotations contain each hit, and whether one spans it exactly', () => {
    const hits = search(corpus, { query: 'Hajizada' }).hits;
    expect(hits.map((h) => h.coveredBy)).toEqual([
      [
        { annotationId: 'a1', label: 'claim', exact: false },
        { annotationId: 'a2', label: 'actor', exact: true },
      ],
      [{ annotationId: 'a3', label: 'claim', exact: false }],
      [],
      [],
    ]);
  });

  it('keeps hits inside an annotation with the label, attribute value or note asked for', () => {
    expect(search(corpus, { query: 'Hajizada', label: 'claim' }).hits.map((h) => h.start)).toEqual([0, 22]);
    expect(search(corpus, { query: 'hajizada', note: 'source' }).hits.map((h) => h.start)).toEqual([0]);
    expect(search(corpus, { query: 'Hajizada', attribute: { name: 'verified', value: 'TRUE' } }).total).toBe(1);
    expect(search(corpus, { query: 'Hajizada', label: 'figure' }).total).toBe(0);
  });

  it('with filters and no query, the matching annotations are the hits', () => {
    const results = search(corpus, { query: '', attribute: { name: 'unit', value: 'Percent' } });
    expect(results.hits.map((h) => [h.text, h.coveredBy.map((c) => c.annotationId)])).toEqual([['25%', ['a3', 'a4']]]);
    expect(search(corpus, { query: '', label: 'claim' }).hits.map((h) => h.text)).toEqual([
      'Hajizada met Rahimov.',
      'Hajizada said 25% were mapped.',
    ]);
    expect(search(corpus, { query: '', attribute: { name: 'value' } }).total).toBe(1);
  });

  it('follows changes to the annotations and the documents', () => {
    const changing = corpusOf({ text: 'abc abc' });
    changing.setAnnotations('d1', [{ id: 'x', start: 4, end: 7, label: 'actor', note: '', attributes: {} }]);
    expect(search(changing, { query: 'abc', label: 'actor' }).hits.map((h) => h.start)).toEqual([4]);
    changing.put({ id: 'd1', title: 'Replaced', text: 'zzz abc', annotations: [] });
    expect(search(changing, { query: 'abc' }).documents).toEqual([{ documentId: 'd1', title: 'Replaced', hits: 1 }]);
    changing.remove('d1');
    expect(search(changing, { query: 'abc' }).total).toBe(0);
  });
});

/** Text with what breaks offset code: emoji, marks both ways, ß, ligatures, capitals, CJK, line breaks. */
const hardText = fc
  .array(
    fc.constantFrom(
      'a',
      'A',
      'b',
      ' ',
      '\n',
      'é',
      'e\u0301',
      'E\u0301',
      'ß',
      'SS',
      'ﬁ',
      'fi',
      '中',
      '😀',
      '𝄞',
      'İ',
      '\u0301',
      '25%',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
const needle = fc.constantFrom('a', 'e', 'é', 'ss', 'fi', 'ab', '😀', 'i', 'A B', '中', '25%');

describe('properties', () => {
  it("every hit's text is the document's text at its offsets, and matches the query folded", () => {
    fc.assert(
      fc.property(
        fc.array(hardText, { minLength: 1, maxLength: 4 }),
        needle,
        fc.boolean(),
        (texts, query, caseSensitive) => {
          const corpus = corpusOf(...texts.map((text) => ({ text })));
          const results = search(corpus, { query, caseSensitive, limit: 20_000 });
          for (const hit of results.hits) {
            const text = texts[Number(hit.documentId.slice(1)) - 1]!;
            expect(hit.text).toBe(text.slice(hit.start, hit.end));
            expect(foldString(hit.text, caseSensitive)).toBe(foldString(query, caseSensitive));
          }
          expect(results.total).toBe(results.hits.length);
        },
      ),
    );
  });

  it('code-point and UTF-16 offsets agree', () => {
    fc.assert(
      fc.property(hardText, fc.constantFrom('.', '\\p{L}+', '😀|ß', 'a|b'), (text, pattern) => {
        const converter = createOffsetConverter(text);
        for (const hit of search(corpusOf({ text }), { query: pattern, regex: true, limit: 20_000 }).hits) {
          expect(hit.startCodePoint).toBe(converter.toCodePoint(hit.start));
          expect(hit.endCodePoint).toBe(converter.toCodePoint(hit.end));
          expect(converter.toUtf16(hit.startCodePoint)).toBe(hit.start);
          expect([...text].slice(hit.startCodePoint, hit.endCodePoint).join('')).toBe(hit.text);
        }
      }),
    );
  });

  it('finds a word put between any two pieces of text', () => {
    fc.assert(
      fc.property(hardText, hardText, (before, after) => {
        const text = `${before} Hajizada ${after}`;
        const hits = search(corpusOf({ text }), { query: 'HAJIZADA' }).hits;
        expect(hits.map((h) => [h.start, h.text])).toContainEqual([before.length + 1, 'Hajizada']);
      }),
    );
  });
});
