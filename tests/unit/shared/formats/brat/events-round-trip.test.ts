import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema } from '../../../../../shared/model';
import { exporters } from '../../../../../shared/formats/format-registry';
import { parseBratDocument } from '../../../../../shared/formats/brat/import';
import { exportToFiles } from '../export-files';
import { testDocument } from '../format-corpus';
import { described, eventsText, generatedEvents } from '../generated-events';
import { exportCorpusOf, plan } from '../plan-import';

describe('brat round trip of events (property)', () => {
  it('random events, arguments, modifiers, notes, normalizations and groups: export → import gives the same model, up to ids', () => {
    const document = testDocument('d1', eventsText);
    fc.assert(
      fc.property(generatedEvents, (model) => {
        const corpus = exportCorpusOf({ documents: [document], ...model }, defaultAnnotationSchema());
        const files = exportToFiles(exporters.brat, corpus);
        const parsed = parseBratDocument('d1.ann', files.get('d1.ann')!, {
          path: 'd1.txt',
          content: files.get('d1.txt')!,
        });
        expect(parsed.problems).toEqual([]);
        const imported = plan([parsed], { addLabels: true });
        expect(imported.report.problems).toEqual([]);
        expect(described(imported)).toEqual(described(model));
      }),
      { numRuns: 300 },
    );
  });
});
