import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '../../../../../shared/formats/detect-import-format';
import { exporters } from '../../../../../shared/formats/format-registry';
import { parseDoccanoJsonl } from '../../../../../shared/formats/doccano/import';
import { parseCorpusFile } from '../../../../../shared/formats/parse-corpus-file';
import { exportToFiles } from '../export-files';
import { exportCorpusOf, plan, relationQuotes } from '../plan-import';
import { read, spansByDocument, spanKeys } from '../tool-made-import';

describe('doccano: files written by doccano’s own export code (data_export.celery_tasks.export_dataset, JSONL)', () => {
  const raw = (name: string) => read(`doccano/${name}`);
  const records = (name: string) =>
    raw(name)
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown> & { text: string });
  const importFile = (name: string) => {
    const format = detectImportFormat(name, () => raw(name));
    expect(format).toBe('doccano');
    const parsed = parseCorpusFile({ format: 'doccano', path: name, content: raw(name) });
    expect(parsed.problems).toEqual([]);
    return plan([parsed]);
  };
  // Tagwright keeps LF text; doccano kept the CRLFs of the third text.
  const texts = [
    'Zoë Hajizada said Armenia gave 北京 maps to the café owners.\nOnly 25% were accurate (2/3), Zürich and Baku officials said.',
    'Family 👩‍👩‍👧 met 🇦🇲 officials; 𝔘𝔫𝔦 reported cafe\u0301 prices 🎯.',
    'Armenia gave maps.\nOnly 25% were accurate 😀, Baku said.\nThe talks resumed.\n',
  ];
  const spans = [
    [
      'actor:Zoë Hajizada',
      'actor:Armenia', // inside the claim that follows: doccano sorts spans by (start, end, label)
      'claim:Armenia gave 北京 maps',
      'claim:Only 25% were accurate',
      'figure:25%',
      'actor:Zürich',
      'actor:Baku officials',
    ],
    [
      'actor:👩‍👩‍👧',
      'actor:🇦🇲 officials',
      'actor:𝔘𝔫𝔦',
      'claim:𝔘𝔫𝔦 reported cafe\u0301 prices 🎯',
      'figure:cafe\u0301 prices',
      'event:🎯',
    ],
    ['actor:Armenia', 'claim:maps.\nOnly 25% were accurate', 'figure:25%', 'actor:Baku', 'event:talks resumed'],
  ];

  it('doccano wrote code-point offsets into the text as stored: a CRLF counts two, a 👩‍👩‍👧 five', () => {
    const lines = raw('sequence-labeling.jsonl').split('\n');
    expect(lines).toHaveLength(4); // three records, each ending in "\n"
    expect(lines[3]).toBe('');
    // pandas' to_json: compact, "/" escaped, non-ASCII unescaped, metadata keys spread into every
    // record (null where an example has none; 3 became 3.0 in that float column), then Comments.
    expect(lines[0]).toMatch(
      /^\{"id":1,"text":"Zoë Hajizada .*\(2\\\/3\).*","source":"made-up news","page":3\.0,"label":\[\[0,12,"actor"\],/,
    );
    expect(lines[0]).toMatch(/,"Comments":\["ë in the source"\]\}$/);
    expect(lines[1]).toContain('"source":null,"page":null,"label":[[7,12,"actor"],[17,29,"actor"],');
    expect(lines[2]).toContain('"text":"Armenia gave maps.\\r\\nOnly 25% were accurate 😀, Baku said.\\r\\n');
    expect(lines[2]).toContain('[13,42,"claim"]'); // "maps.⏎Only 25% were accurate": the CR is counted
    const relations = raw('relations.jsonl');
    expect(relations).toContain('"relations":[{"id":1,"from_id":23,"to_id":25,"type":"attributed-to"}]');
    expect(relations).toContain('"Comments":[{"id":2,"comment":"ë in the source"}]');
    type Entity = { start_offset: number; end_offset: number; label: string };
    const tuplesOf = (record: Record<string, unknown>) =>
      Array.isArray(record.label)
        ? (record.label as [number, number, string][])
        : (record.entities as Entity[]).map((e) => [e.start_offset, e.end_offset, e.label] as const);
    for (const name of ['sequence-labeling.jsonl', 'relations.jsonl']) {
      records(name).forEach((record, i) => {
        const points = Array.from(record.text); // code points
        const keys = tuplesOf(record).map(([start, end, label]) => `${label}:${points.slice(start, end).join('')}`);
        expect(keys.map((k) => k.replace(/\r\n/g, '\n')).sort()).toEqual([...spans[i]!].sort());
      });
    }
    expect(records('sequence-labeling.jsonl')[2]!.text).toBe(texts[2]!.replace(/\n/g, '\r\n'));
  });

  it('imports every span at the characters doccano marked; reports the comment it cannot carry', () => {
    const result = importFile('sequence-labeling.jsonl');
    expect(result.report.problems).toEqual([]);
    expect(result.report.warnings).toEqual([
      { fileName: 'sequence-labeling.jsonl', line: 1, message: '1 doccano comment(s) not carried' },
    ]);
    expect(result.report.addedLabels).toEqual([]);
    expect(result.documents.map((d) => d.text)).toEqual(texts);
    expect(spansByDocument(result.documents, result.annotations)).toEqual(spans);
    // doccano's example id and meta become metadata; the nulls pandas filled in do not.
    expect(result.documents.map((d) => d.metadata)).toEqual([
      { id: 1, source: 'made-up news', page: 3 },
      { id: 2 },
      { id: 3 },
    ]);
    for (const a of result.annotations) {
      expect(a.quote).toBe(result.documents.find((d) => d.id === a.documentId)!.text.slice(a.start, a.end));
    }
  });

  it('the relation project’s file: entities and relations by doccano’s span ids', () => {
    const result = importFile('relations.jsonl');
    expect(result.report.problems).toEqual([]);
    expect(result.report.warnings).toEqual([
      { fileName: 'relations.jsonl', line: 1, message: '1 doccano comment(s) not carried' },
    ]);
    expect(result.report.addedRelationTypes).toEqual([]);
    expect(result.documents.map((d) => d.text)).toEqual(texts);
    expect(spanKeys(result.documents, result.annotations)).toEqual(spans.map((s) => [...s].sort()));
    expect(relationQuotes(result)).toEqual([
      'attributed-to:Only 25% were accurate>Baku officials',
      'attributed-to:𝔘𝔫𝔦 reported cafe\u0301 prices 🎯>𝔘𝔫𝔦',
      'attributed-to:maps.\nOnly 25% were accurate>Baku',
    ]);
  });

  it('export → import gives the same documents and spans back', () => {
    const first = importFile('sequence-labeling.jsonl');
    const [[, content]] = [...exportToFiles(exporters.doccano, exportCorpusOf(first))] as [[string, string]];
    const second = plan([parseDoccanoJsonl('again.jsonl', content)]);
    expect(second.report.problems).toEqual([]);
    expect(second.report.warnings).toEqual([]);
    expect(second.documents.map((d) => d.text)).toEqual(first.documents.map((d) => d.text));
    expect(spanKeys(second.documents, second.annotations)).toEqual(spanKeys(first.documents, first.annotations));
  });
});
