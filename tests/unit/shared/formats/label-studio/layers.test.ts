import { describe, expect, it } from 'vitest';
import { labelStudioExporter } from '../../../../../shared/formats/label-studio/export';
import { parseLabelStudioJson } from '../../../../../shared/formats/label-studio/import';
import { ExportLosses } from '../../../../../shared/formats/corpus/export-losses';
import { exportToFiles } from '../export-files';
import { oneDocumentCorpus, testAnnotation, testDocument } from '../format-corpus';
import { plan } from '../plan-import';

const document = testDocument('d1', 'Ana met Ben in Baku.');
const ana1 = testAnnotation('a1', document, 0, 3, 'actor');
const ana2 = testAnnotation('a2', document, 8, 11, 'actor');
const ben1 = testAnnotation('b1', document, 15, 19, 'actor', { annotator: 'ben' });

describe('Label Studio export of several annotators (the all layer)', () => {
  it('writes one annotation per annotator with completed_by, as Label Studio exports a task two people labelled', () => {
    const losses = new ExportLosses();
    const corpus = oneDocumentCorpus(
      document,
      [ana1, ana2, ben1],
      [
        { id: 'r1', type: 'attributed-to', from: 'a1', to: 'a2', annotator: 'ana' },
        { id: 'r2', type: 'attributed-to', from: 'b1', to: 'a1', annotator: 'ben' },
      ],
    );
    const json = exportToFiles(labelStudioExporter, corpus, losses).get('')!;
    const region = (id: string, start: number, end: number, text: string) =>
      `{"id":"${id}","from_name":"label","to_name":"text","type":"labels","origin":"manual","value":{"start":${start},"end":${end},"text":"${text}","labels":["actor"]}}`;
    expect(json).toBe(
      '[\n{"id":1,"data":{"text":"Ana met Ben in Baku.","title":"Ana met Ben in Baku.","tagwright_id":"d1"},"annotations":[' +
        `{"completed_by":"ana","result":[${region('a1', 0, 3, 'Ana')},${region('a2', 8, 11, 'Ben')},` +
        '{"from_id":"a1","to_id":"a2","type":"relation","direction":"right","labels":["attributed-to"]}]},' +
        `{"completed_by":"ben","result":[${region('b1', 15, 19, 'Baku')}]}]}\n]\n`,
    );
    // ben's relation to ana's region has no annotation to be in; nobody's annotator is lost.
    expect(losses.list()).toEqual([{ kind: 'cross-layer-links', count: 1 }]);

    const result = plan([parseLabelStudioJson('ls.json', json)]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => `${a.quote} by ${a.annotator}`)).toEqual([
      'Ana by ana',
      'Ben by ana',
      'Baku by ben',
    ]);
    expect(result.relations.map((r) => r.annotator)).toEqual(['ana']);
  });

  it('a document one annotator labelled is written as before, its annotator counted as lost', () => {
    const losses = new ExportLosses();
    const json = exportToFiles(labelStudioExporter, oneDocumentCorpus(document, [ana1, ana2]), losses).get('')!;
    expect(json).toContain('"annotations":[{"result":[');
    expect(json).not.toContain('completed_by');
    expect(losses.list()).toEqual([{ kind: 'annotators', count: 2 }]);
  });
});
