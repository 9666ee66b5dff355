import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../../../shared/formats/conllu/import';
import { plan, relationQuotes } from '../plan-import';
import { read, spansByDocument } from '../tool-made-import';

describe('CoNLL-U: files written by the conllu library’s serializer from spaCy’s tokens and tags', () => {
  it('the entities spaCy’s own CoNLL-U reader finds (NE= in MISC), in texts from "# text" and SpaceAfter', () => {
    const parsed = parseConllu('ner.conllu', read('conllu/ner.conllu'));
    expect(parsed.problems).toEqual([]);
    const planned = plan([parsed], { addLabels: true });
    expect(planned.documents.map((d) => [d.title, d.text])).toEqual([
      [
        'news-1',
        'Zoë Hajizada said Armenia gave 北京 maps to the café owners.\n' +
          'Family 👩‍👩‍👧 met 🇦🇲 officials in Zürich; 𝔘𝔫𝔦 reported cafe\u0301 prices 🎯.\n\n' +
          // No "# text" here: rebuilt from the tokens and SpaceAfter=No.
          '"Only 25% were accurate," Baku officials said.',
      ],
      ['news-2', 'Zürich officials met.'],
    ]);
    expect(spansByDocument(planned.documents, planned.annotations)).toEqual([
      ['PER:Zoë Hajizada', 'LOC:Armenia', 'LOC:北京', 'LOC:Zürich', 'ORG:𝔘𝔫𝔦', 'LOC:Baku'],
      ['LOC:Zürich'],
    ]);
  });

  it('UPOS tags on request, one annotation a word', () => {
    const parsed = parseConllu('ner.conllu', read('conllu/ner.conllu'), { upos: true });
    const planned = plan([parsed], { addLabels: true });
    const [first] = spansByDocument(planned.documents, planned.annotations);
    expect(first!.slice(0, 4)).toEqual(['PROPN:Zoë', 'PROPN:Hajizada', 'VERB:said', 'PROPN:Armenia']);
  });

  it('a multiword token (del = de + el) and CorefUD mentions: spans on the surface text, coreference between mentions', () => {
    const parsed = parseConllu('coref.conllu', read('conllu/coref.conllu'));
    expect(parsed.problems).toEqual([]);
    const planned = plan([parsed], { addLabels: true });
    expect(planned.documents.map((d) => d.text)).toEqual(['Zoë vino del café.\nElla volvió.']);
    expect(spansByDocument(planned.documents, planned.annotations)).toEqual([
      ['person:Zoë', 'place:del café', 'person:Ella'],
    ]);
    expect(relationQuotes(planned)).toEqual(['coreference:Zoë>Ella']);
  });
});
