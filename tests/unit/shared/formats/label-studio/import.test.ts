import { describe, expect, it } from 'vitest';
import { parseLabelStudioJson } from '../../../../../shared/formats/label-studio/import';
import { read } from '../hand-written-fixture';
import { plan } from '../plan-import';

describe('Label Studio JSON (hand-written following the Label Studio export docs)', () => {
  it('reads labels regions, per-region notes, relations and the annotator; reports what it cannot carry', () => {
    const parsed = parseLabelStudioJson('export.json', read('label-studio/export.json'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.notCarried.map((p) => p.message)).toEqual([
      'task 101: 1 prediction(s) were not imported (only annotations are)',
    ]);
    const result = plan([parsed]);
    // The "sentiment" choice on the whole text is the document's label.
    expect(result.documents.map((d) => d.metadata)).toEqual([{ 'category:sentiment': 'Negative' }]);
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

describe('Label Studio: cancelled annotations', () => {
  it('reports a cancelled (skipped) annotation and imports only the others', () => {
    const region = (id: string, start: number, end: number, text: string) => ({
      id,
      type: 'labels',
      value: { start, end, text, labels: ['actor'] },
    });
    const task = {
      id: 7,
      data: { text: 'Armenia gave maps to Baku.' },
      annotations: [
        { completed_by: { email: 'ana@example.org' }, was_cancelled: true, result: [region('a', 0, 7, 'Armenia')] },
        { completed_by: { email: 'ben@example.org' }, was_cancelled: false, result: [region('b', 21, 25, 'Baku')] },
      ],
    };
    const parsed = parseLabelStudioJson('ls.json', JSON.stringify([task]));
    expect(parsed.notCarried.map((p) => p.message)).toEqual([
      'task 7, annotation 1: cancelled by ana@example.org (was_cancelled); its 1 result(s) were not imported',
    ]);
    const result = plan([parsed]);
    expect(result.annotations.map((a) => `${a.quote}:${a.annotator}`)).toEqual(['Baku:ben@example.org']);
    expect(result.report.warnings.map((w) => w.message)).toContain(parsed.notCarried[0]!.message);
  });
});
