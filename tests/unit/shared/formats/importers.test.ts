import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBratDocument } from '../../../../shared/formats/brat/import';
import { detectImportFormat } from '../../../../shared/formats/detect-import-format';
import { parseDoccanoJsonl } from '../../../../shared/formats/doccano/import';
import { parseLabelStudioJson } from '../../../../shared/formats/label-studio/import';
import { parseW3cJsonLd } from '../../../../shared/formats/w3c/import';
import { anchorSpan, sourceText } from '../../../../shared/formats/corpus/anchor-spans';
import { newProject } from '../../../../main/service/new-project';
import { testDocument } from './format-corpus';
import { at, plan } from './plan-import';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/formats');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');

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
    expect(doc.spans[6]!.attributes).toEqual({ Negated: true }); // A2 on event E1 lands on its trigger T7
    expect(doc.spans[5]!.attributes).toEqual({ normalization: 'Wikidata:Q956' });
    expect(doc.spans[1]!.note).toBe('the state, not its people');
    expect(doc.relations.map((r) => `${r.type}:${r.from}>${r.to}`)).toEqual([
      'attributed-to:T5>T1',
      'Place:T7>T6',
      'Equiv:T1>T2',
    ]);
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
    expect(result.report.addedRelationTypes).toEqual(['Place', 'Equiv']);
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

describe('doccano JSONL (hand-written following doccano docs)', () => {
  it('reads sequence labels over non-ASCII text and emoji, CRLF line ends, extra keys as metadata', () => {
    const parsed = parseDoccanoJsonl('ner.jsonl', read('doccano/ner.jsonl'));
    expect(parsed.problems).toEqual([]);
    const result = plan([parsed]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => `${a.label}:${a.quote}`)).toEqual(['actor:Ана', 'figure:25%', 'actor:Baku']);
    expect(result.documents[0]!.metadata).toEqual({ source: 'tass' });
  });

  it('reads entities and relations (relation extraction projects)', () => {
    const result = plan([parseDoccanoJsonl('relations.jsonl', read('doccano/relations.jsonl'))]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => a.quote)).toEqual(['Hajizada', 'Armenia gave maps']);
    expect(result.relations).toEqual([
      {
        id: expect.any(String),
        type: 'attributed-to',
        from: result.annotations[1]!.id,
        to: result.annotations[0]!.id,
        annotator: '',
      },
    ]);
  });

  it('reports a malformed line, offsets out of range, an unknown label and a line without text', () => {
    const parsed = parseDoccanoJsonl('malformed.jsonl', read('errors/malformed.jsonl'));
    const result = plan([parsed]);
    expect(result.report.applied).toBe(false);
    expect(result.report.problems).toEqual([
      { fileName: 'malformed.jsonl', line: 2, message: expect.stringMatching(/^malformed JSON line/) },
      { fileName: 'malformed.jsonl', line: 5, message: 'each line must be a JSON object with a "text" string' },
      { fileName: 'malformed.jsonl', line: 3, message: '#0: offsets 0–99 are out of range: the text has 3 characters' },
      {
        fileName: 'malformed.jsonl',
        line: 4,
        message: 'unknown label "PER": add it with --add-labels or map it with --map-label PER=LABEL',
      },
    ]);
    // Mapped, the unknown label is no longer a problem.
    const mapped = plan([parseDoccanoJsonl('malformed.jsonl', read('errors/malformed.jsonl'))], {
      mapLabels: { PER: 'actor' },
      partial: true,
    });
    expect(mapped.report.applied).toBe(true);
    expect(mapped.annotations.map((a) => `${a.label}:${a.quote}`)).toEqual(['actor:Armenia', 'actor:Baku']);
  });
});

describe('Label Studio JSON (hand-written following the Label Studio export docs)', () => {
  it('reads labels regions, per-region notes, relations and the annotator; reports what it cannot carry', () => {
    const parsed = parseLabelStudioJson('export.json', read('label-studio/export.json'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.notCarried.map((p) => p.message)).toEqual([
      'task 101: 1 prediction(s) were not imported (only annotations are)',
      'task 101: a "choices" result not tied to a region is not carried',
    ]);
    const result = plan([parsed]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => `${a.label}:${a.quote}:${a.note}:${a.annotator}`)).toEqual([
      'actor:Armenia::ana@example.org',
      'actor:Hajizada::ana@example.org',
      'claim:Armenia 😀 provided maps:check the source:ana@example.org',
    ]);
    expect(result.relations.map((r) => [r.type, r.from, r.to])).toEqual([
      ['attributed-to', result.annotations[2]!.id, result.annotations[1]!.id],
    ]);
  });

  it('reads offsets a tool counted in UTF-16 units, with a warning', () => {
    const text = 'x 😀 Baku';
    const task = [
      {
        data: { text },
        annotations: [
          { result: [{ id: 'a', type: 'labels', value: { start: 5, end: 9, text: 'Baku', labels: ['actor'] } }] },
        ],
      },
    ];
    const result = plan([parseLabelStudioJson('ls.json', JSON.stringify(task))]);
    expect(result.annotations.map((a) => a.quote)).toEqual(['Baku']);
    expect(result.report.warnings[0]!.message).toMatch(/UTF-16 code units/);
  });

  it('reports a truncated file', () => {
    const parsed = parseLabelStudioJson('truncated.json', read('errors/truncated.json'));
    expect(parsed.problems).toEqual([
      { fileName: 'truncated.json', message: expect.stringMatching(/^not valid JSON/) },
    ]);
  });
});

describe('W3C Web Annotation (hand-written following the W3C model)', () => {
  const text = 'Hajizada said Armenia gave maps.';
  const project = () => {
    const p = newProject('p', 'P', at);
    p.documents.push(testDocument('DOC', text));
    return p;
  };

  it('annotates the document its source names, with label, note, creator and time', () => {
    const result = plan([parseW3cJsonLd('anno.jsonld', read('w3c/anno-page.jsonld'))], {}, project());
    expect(result.report.problems).toEqual([]);
    expect(result.annotations).toEqual([
      expect.objectContaining({
        documentId: 'DOC',
        start: 0,
        end: 8,
        label: 'actor',
        note: 'the ministry spokesperson',
        annotator: 'ana',
        createdAt: '2024-01-02T03:04:05Z',
      }),
    ]);
  });

  it('re-anchors by quote and context when the positions are off', () => {
    const page = JSON.parse(read('w3c/anno-page.jsonld'));
    page.items[0].target.selector[0] = { type: 'TextPositionSelector', start: 3, end: 11 };
    const result = plan([parseW3cJsonLd('anno.jsonld', JSON.stringify(page))], {}, project());
    expect(result.annotations[0]).toMatchObject({ start: 0, end: 8, quote: 'Hajizada' });
    expect(result.report.warnings[0]!.message).toMatch(/re-anchored at 0/);
  });

  it('places a quote-only target by its quote and context', () => {
    const page = JSON.parse(read('w3c/anno-page.jsonld'));
    page.items[0].target.selector = [{ type: 'TextQuoteSelector', exact: 'Armenia', prefix: 'said ', suffix: ' gave' }];
    const result = plan([parseW3cJsonLd('anno.jsonld', JSON.stringify(page))], {}, project());
    expect(result.report.problems).toEqual([]);
    expect(result.annotations[0]).toMatchObject({ start: 14, end: 21, quote: 'Armenia' });
  });

  it('reports annotations of a document the project does not hold', () => {
    const result = plan([parseW3cJsonLd('anno.jsonld', read('w3c/anno-page.jsonld'))]);
    expect(result.report.applied).toBe(false);
    expect(result.report.problems[0]!.message).toMatch(/target document "DOC", which is not in this project/);
  });
});

describe('anchoring and detection', () => {
  it('maps offsets after a CRLF to the LF text', () => {
    const source = sourceText('a\r\nb😀c\r\nd');
    expect(source.text).toBe('a\nb😀c\nd');
    const result = anchorSpan(source, {
      key: 'k',
      label: 'x',
      fragments: [{ start: 5, end: 6 }],
      quote: 'c',
      attributes: {},
      note: '',
    });
    // a \r \n b 😀 c: "c" is code point 5; in the LF text (one CR fewer, emoji two units) it is 5–6.
    expect(result).toEqual({ ok: true, fragments: [{ start: 5, end: 6 }] });
  });

  it('detects formats from names and first records', () => {
    expect(detectImportFormat('x.ann', () => '')).toBe('brat');
    expect(detectImportFormat('x.jsonl', () => '{"format":"tagwright-corpus"}\n')).toBe('jsonl');
    expect(detectImportFormat('x.jsonl', () => '{"text":"a","label":[]}\n')).toBe('doccano');
    expect(detectImportFormat('x.json', () => '[{"data":{"text":"a"}}]')).toBe('label-studio');
    expect(
      detectImportFormat('x.json', () => '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationPage"}'),
    ).toBe('w3c');
    expect(detectImportFormat('x.txt', () => 'hello')).toBeNull();
  });
});
