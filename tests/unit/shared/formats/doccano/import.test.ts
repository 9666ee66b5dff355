import { describe, expect, it } from 'vitest';
import { parseDoccanoJsonl } from '../../../../../shared/formats/doccano/import';
import { read } from '../hand-written-fixture';
import { plan } from '../plan-import';

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

describe('doccano document labels', () => {
  it('text classification: the labels of a line are the document labels, not dropped', () => {
    const line = JSON.stringify({ text: 'Armenia gave maps.', label: ['politics', 'maps'] });
    const parsed = parseDoccanoJsonl('cls.jsonl', line);
    expect(parsed.problems).toEqual([]);
    expect(parsed.notCarried).toEqual([]);
    const result = plan([parsed]);
    expect(result.documents.map((d) => d.metadata)).toEqual([{ category: 'politics\nmaps' }]);
  });

  it('intent detection: entities as [start, end, label] and cats as document labels', () => {
    const line = JSON.stringify({ text: 'Fly me to Baku.', entities: [[10, 14, 'actor']], cats: ['book_flight'] });
    const parsed = parseDoccanoJsonl('intent.jsonl', line);
    expect(parsed.problems).toEqual([]);
    const result = plan([parsed]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => `${a.label}:${a.quote}`)).toEqual(['actor:Baku']);
    expect(result.documents.map((d) => d.metadata)).toEqual([{ category: 'book_flight' }]);
  });
});
