import { describe, expect, it } from 'vitest';
import { parseBratDocument } from '../../../../../shared/formats/brat/import';
import { read } from '../hand-written-fixture';
import { plan } from '../plan-import';

describe('brat standoff (hand-written following the brat docs: CRLF text, emoji, CJK)', () => {
  const corpus = () =>
    parseBratDocument('news-crlf.ann', read('brat/news-crlf.ann'), {
      path: 'news-crlf.txt',
      content: read('brat/news-crlf.txt'),
    });

  it('reads T (discontinuous too), R, E, A, N, # and * lines', () => {
    const parsed = corpus();
    expect(parsed.problems).toEqual([]);
    const doc = parsed.documents[0]!;
    expect(doc.spans.map((s) => s.key)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
    expect(doc.spans[2]!.fragments).toEqual([
      { start: 26, end: 30 },
      { start: 31, end: 35 },
    ]);
    expect(doc.spans[3]!.attributes).toEqual({ value: '0.25' });
    expect(doc.spans[6]!.attributes).toEqual({}); // A2 is on the event E1, not on its trigger T7
    expect(doc.events).toEqual([
      {
        key: 'E1',
        type: 'Meeting',
        trigger: 'T7',
        arguments: [{ role: 'Place', target: 'T6', targetKind: 'annotation' }],
        attributes: { Negated: true },
        note: '',
        line: 9,
      },
    ]);
    expect(doc.spans[5]).toMatchObject({
      attributes: {},
      normalizations: [{ resource: 'Wikidata', entry: 'Q956', text: 'Beijing' }],
    });
    expect(doc.spans[1]!.note).toBe('the state, not its people');
    expect(doc.relations.map((r) => `${r.type}:${r.from}>${r.to}`)).toEqual(['attributed-to:T5>T1']);
    expect(doc.equivalences).toEqual([{ type: 'Equiv', members: ['T1', 'T2'], line: 14 }]);
  });

  it('anchors CRLF-counted code-point offsets in the LF text the document keeps', () => {
    const result = plan([corpus()], {
      addLabels: true,
      mapLabels: { Actor: 'actor', Figure: 'figure', Claim: 'claim', Event: 'event' },
    });
    expect(result.report.problems).toEqual([]);
    const document = result.documents[0]!;
    expect(document.text).not.toContain('\r');
    const quotes = result.annotations.map(
      (a) => `${a.label}:${(a.fragments ?? [a]).map((f) => document.text.slice(f.start, f.end)).join('|')}`,
    );
    expect(quotes).toEqual([
      'actor:Zoë Baku',
      'actor:Armenia',
      'event:gave|maps',
      'figure:25%',
      'claim:Only 25% were accurate',
      'Location:北京',
      'Meeting:hosted',
    ]);
    // The schema's number attribute comes back as a number.
    expect(result.annotations[3]!.attributes).toEqual({ value: 0.25 });
    expect(result.report.addedLabels).toEqual(['Location', 'Meeting']);
    expect(result.report.addedRelationTypes).toEqual([]);
    // The event type comes with the role its events use; Equiv is the default schema's group type.
    expect(result.report.addedEventTypes).toEqual(['Meeting']);
    expect(result.eventTypes[0]!.roles).toEqual([
      { id: 'Place', name: 'Place', targetLabels: [], targetEventTypes: [], repeatable: false },
    ]);
    expect(result.report.addedEquivalenceTypes).toEqual([]);
    expect(result.events).toMatchObject([{ type: 'Meeting', attributes: { Negated: true } }]);
    expect(result.equivalences).toMatchObject([
      { type: 'Equiv', members: [result.annotations[0]!.id, result.annotations[1]!.id] },
    ]);
  });

  it('reports every problem with its line: quote mismatch, malformed lines, dangling references', () => {
    const parsed = parseBratDocument('quote.ann', read('errors/quote.ann'), {
      path: 'quote.txt',
      content: read('errors/quote.txt'),
    });
    expect(parsed.problems).toEqual([
      { fileName: 'quote.ann', line: 2, message: expect.stringMatching(/malformed text-bound annotation/) },
      { fileName: 'quote.ann', line: 3, message: expect.stringMatching(/unknown annotation line "X1\tfoo"/) },
      { fileName: 'quote.ann', line: 4, message: 'relation R1 refers to T9, which is not in the file' },
    ]);
    const result = plan([parsed]);
    expect(result.report.applied).toBe(false);
    expect(result.report.problems.slice(3)).toEqual([
      { fileName: 'quote.ann', line: 1, message: 'T1: quote "Armenio" does not match the text at 0–7 ("Armenia")' },
    ]);
    expect(result.annotations.map((a) => a.quote)).toEqual(['maps']);
  });
});

describe('brat reading rules for notes, comments, normalizations and fragments (issue 12, points 1, 2 and 7)', () => {
  const text = 'Barack Obama met Angela Merkel in Berlin.';
  const read = (ann: string) => parseBratDocument('x.ann', ann, { path: 'x.txt', content: text });
  const spans = 'T1\tPerson 0 12\tBarack Obama\nT2\tPerson 17 30\tAngela Merkel\nT3\tMeeting 13 16\tmet\n';

  it('a note on a relation (brat’s tutorial, DKPro) is the relation’s note, not a refusal of the file', () => {
    const parsed = read(`${spans}R1\tmet-with Arg1:T1 Arg2:T2\t\n#3\tAnnotatorNotes R1\tas reported\n`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents[0]!.relations).toEqual([
      { type: 'met-with', from: 'T1', to: 'T2', note: 'as reported', line: 4 },
    ]);
  });

  it('notes on A and N lines are comments about that attribute or normalization; a Lemma keeps its type', () => {
    const parsed = read(
      `${spans}A1\tCertainty T1 High\nN1\tReference T1 Wikipedia:534366\tBarack Obama\n` +
        `#1\tAnnotatorNotes A1\tfrom the caption\n#2\tAnnotatorNotes N1\tchecked\n#3\tLemma T3\tmeet\n#4\tAnnotatorNotes T3\tthe note\n`,
    );
    expect(parsed.problems).toEqual([]);
    const [obama, , met] = parsed.documents[0]!.spans;
    expect(obama).toMatchObject({
      attributes: { Certainty: 'High' },
      normalizations: [{ resource: 'Wikipedia', entry: '534366', text: 'Barack Obama' }],
      note: '',
      comments: [
        { type: 'AnnotatorNotes', text: 'from the caption', about: { attribute: 'Certainty' } },
        { type: 'AnnotatorNotes', text: 'checked', about: { normalization: 0 } },
      ],
    });
    expect(met).toMatchObject({ note: 'the note', comments: [{ type: 'Lemma', text: 'meet' }] });
  });

  it('fragments listed out of order (Quaero: T32 DISO 1013 1033;995 1003) are sorted, and the text compared in that order', () => {
    const parsed = read('T1\tPerson 17 30;0 6\tAngela Merkel Barack\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents[0]!.spans[0]).toMatchObject({
      fragments: [
        { start: 0, end: 6 },
        { start: 17, end: 30 },
      ],
      quote: 'Barack Angela Merkel',
    });
    const planned = plan([parsed], { addLabels: true });
    expect(planned.report.problems).toEqual([]);
    expect(planned.annotations[0]).toMatchObject({
      start: 0,
      end: 30,
      fragments: [
        { start: 0, end: 6 },
        { start: 17, end: 30 },
      ],
    });
  });

  it('still refuses, with its line, a note, attribute or event argument naming nothing in the file', () => {
    const parsed = read(
      `${spans}#1\tAnnotatorNotes R9\tlost\nA1\tNegated E7\nE1\tMeeting:T3 Agent:T9\nE2\tMeeting:T3 Agent\n`,
    );
    expect(parsed.problems).toEqual([
      { fileName: 'x.ann', line: 4, message: 'note #1 refers to R9, which is not in the file' },
      { fileName: 'x.ann', line: 5, message: 'attribute A1 refers to E7, which is not in the file' },
      { fileName: 'x.ann', line: 6, message: 'event E1 argument Agent:T9 refers to nothing in the file' },
      { fileName: 'x.ann', line: 7, message: 'malformed event argument "Agent" (expected ROLE:ID)' },
    ]);
  });
});
