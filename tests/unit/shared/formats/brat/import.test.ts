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
