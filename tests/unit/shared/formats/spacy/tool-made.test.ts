import { describe, expect, it } from 'vitest';
import { parseSpacy } from '../../../../../shared/formats/spacy/import';
import { plan } from '../plan-import';
import { read, spansByDocument } from '../tool-made-import';

describe('spaCy: Doc.to_json() of Docs read back from a DocBin (spaCy 3.8.16)', () => {
  it('reads ents, span groups (kb_id as an attribute) and cats (as metadata), at spaCy’s code-point offsets', () => {
    const parsed = parseSpacy('docbin-docs.jsonl', read('spacy/docbin-docs.jsonl'));
    expect(parsed.problems).toEqual([]);
    const planned = plan([parsed], { addLabels: true });
    expect(planned.report.problems).toEqual([]);
    expect(planned.report.warnings).toEqual([]);
    expect(planned.documents.map((d) => d.text)).toEqual([
      'Zoë Hajizada said Armenia gave 北京 maps to the café owners.',
      'Family 👩‍👩‍👧 met 🇦🇲 officials in Zürich ; 𝔘𝔫𝔦 reported cafe\u0301 prices 🎯 .',
      'Armenia gave maps.\nOnly 25% were accurate 😀, Baku said.\n', // the CRLF file's CRs counted, then dropped
    ]);
    // CLAIM, ACTOR, FIGURE and EVENT are the project's labels claim, actor… (names match ignoring case).
    expect(spansByDocument(planned.documents, planned.annotations)).toEqual([
      ['PERSON:Zoë Hajizada', 'GPE:Armenia', 'GPE:北京', 'claim:Armenia gave 北京 maps', 'actor:café owners'],
      [
        'GPE:Zürich',
        'ORG:𝔘𝔫𝔦',
        'actor:👩‍👩‍👧',
        'actor:🇦🇲 officials',
        'PLACE:Zürich',
        'figure:cafe\u0301 prices',
        'event:🎯',
      ],
      ['GPE:Armenia', 'GPE:Baku', 'claim:Only 25% were accurate', 'figure:25%'],
    ]);
    expect(planned.annotations.find((a) => a.label === 'PLACE')!.attributes).toEqual({ kb_id: 'Q72' });
    expect(planned.documents[0]!.metadata).toEqual({ 'cats.POLITICS': 1, 'cats.SPORT': 0 });
  });

  it('reads back, at the same characters, every span of our export that spaCy put in a DocBin', () => {
    const exported = read('../../../../docs/examples/sample.spacy.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; spans: { start: number; end: number; label: string }[] });
    const parsed = parseSpacy('from-tagwright-export.jsonl', read('spacy/from-tagwright-export.jsonl'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents.map((d) => d.text)).toEqual(exported.map((e) => e.text));
    expect(
      parsed.documents.map((d) => d.spans.map((s) => [s.label, s.fragments[0]!.start, s.fragments[0]!.end])),
    ).toEqual(exported.map((e) => e.spans.map((s) => [s.label, s.start, s.end])));
  });

  it('keeps each annotator’s span group of our --layer all export under the annotator’s id, every span at its characters', () => {
    type Groups = Record<string, { start: number; end: number; label: string }[]>;
    const groupsOf = (file: string) =>
      read(file)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { text: string; spans: Groups });
    const exported = groupsOf('spacy/tagwright-layers-export.jsonl');
    const loaded = groupsOf('spacy/from-tagwright-layers.jsonl');
    expect(loaded.map((d) => d.text)).toEqual(exported.map((e) => e.text));
    const spans = (groups: Groups) =>
      Object.entries(groups).map(([annotator, group]) => [
        annotator,
        group.map((s) => `${s.label}@${s.start}-${s.end}`),
      ]);
    expect(loaded.map((d) => spans(d.spans))).toEqual(exported.map((e) => spans(e.spans)));
    expect(Object.keys(loaded[0]!.spans)).toEqual(['example-annotator', 'ben', 'gold']);
  });
});
