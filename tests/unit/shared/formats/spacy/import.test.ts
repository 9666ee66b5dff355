import { describe, expect, it } from 'vitest';
import { parseSpacy } from '../../../../../shared/formats/spacy/import';

describe('spaCy import (--format spacy)', () => {
  it('reads our JSONL: text, spans, meta.title as the title and other meta as metadata', () => {
    const parsed = parseSpacy(
      'a.jsonl',
      '{"text":"Zoë 😀 met Baku","spans":[{"start":6,"end":10,"label":"claim"}],"meta":{"id":"d1","title":"T","tags":["x"]}}\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents).toEqual([
      {
        fileName: 'a.jsonl',
        text: 'Zoë 😀 met Baku',
        title: 'T',
        metadata: { id: 'd1' },
        spans: [{ key: 'T1', label: 'claim', fragments: [{ start: 6, end: 10 }], attributes: {}, note: '', line: 1 }],
        relations: [],
        line: 1,
      },
    ]);
    expect(parsed.notCarried).toEqual([
      { fileName: 'a.jsonl', line: 1, message: 'meta "tags" (not a string, number or boolean) is not carried' },
    ]);
  });

  it('reads a JSON array of Doc.to_json() records, and reports token analyses as not carried', () => {
    const parsed = parseSpacy(
      'docs.json',
      JSON.stringify([
        {
          text: 'Hi Ana',
          ents: [{ start: 3, end: 6, label: 'PER' }],
          tokens: [{ id: 0, start: 0, end: 2, pos: 'INTJ' }],
        },
      ]),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents[0]!.spans.map((s) => s.label)).toEqual(['PER']);
    expect(parsed.notCarried.map((p) => p.message)).toEqual([
      'token analyses (POS, tags, lemmas, dependencies) are not carried',
    ]);
  });

  it('reports bad lines and spans by file and line, and reads the rest', () => {
    const parsed = parseSpacy(
      'bad.jsonl',
      [
        '{"text": 3}',
        'not json',
        '{"text":"ok","spans":[{"start":0,"label":"x"}],"ents":"no"}',
        '{"text":"fine"}',
      ].join('\n'),
    );
    expect(parsed.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: each document must be a JSON object with a "text" string',
      expect.stringMatching(/^2: malformed JSON line/),
      '3: "ents" must be a list of spans',
      '3: span 1 needs integer "start" and "end" and a "label"',
    ]);
    expect(parsed.documents.map((d) => d.text)).toEqual(['ok', 'fine']);
  });
});
