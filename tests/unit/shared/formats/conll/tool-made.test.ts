import { describe, expect, it } from 'vitest';
import { parseConll } from '../../../../../shared/formats/conll/import';
import { plan } from '../plan-import';
import { read, spansByDocument } from '../tool-made-import';

// What make-conll-fixture.py gave NLTK and spaCy: tokens joined by spaces, one sentence a line.
const texts = [
  'Zoë Hajizada said Armenia gave 北京 maps to the café owners .\n' +
    'Family 👩 \u200d 👩 \u200d 👧 met 🇦 🇲 officials in Zürich ; 𝔘𝔫𝔦 reported cafe\u0301 prices 🎯 .',
  'Baku officials said Zürich officials met in Zürich .',
];
const entities = [
  ['PER:Zoë Hajizada', 'LOC:Armenia', 'LOC:北京', 'LOC:Zürich', 'ORG:𝔘𝔫𝔦'],
  ['LOC:Baku', 'ORG:Zürich officials', 'LOC:Zürich'],
];

describe('CoNLL: files written by NLTK (tree2conllstr) and spaCy (offsets_to_biluo_tags)', () => {
  it('NLTK’s token POS IOB2 lines, in CoNLL-2003 documents: the entities NLTK and spaCy read back', () => {
    const parsed = parseConll('nltk-conll2003.conll', read('conll/nltk-conll2003.conll'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.notCarried.map((p) => p.message)).toEqual([
      'column 2 is not carried (POS, chunks…): only the last column is read as entity tags',
    ]);
    const planned = plan([parsed], { addLabels: true });
    expect(planned.documents.map((d) => d.text)).toEqual(texts);
    expect(spansByDocument(planned.documents, planned.annotations)).toEqual(entities);
  });

  it('spaCy’s BILUO tags (U-, L-) in a two-column file with CRLF line endings: one document, the same entities', () => {
    const content = read('conll/spacy-biluo.iob');
    expect(content).toContain('\r\n');
    const parsed = parseConll('spacy-biluo.iob', content);
    expect(parsed.problems).toEqual([]);
    expect(parsed.notCarried).toEqual([]);
    const planned = plan([parsed], { addLabels: true });
    expect(planned.documents.map((d) => d.text)).toEqual([texts.join('\n')]);
    expect(spansByDocument(planned.documents, planned.annotations)).toEqual([entities.flat()]);
  });
});
