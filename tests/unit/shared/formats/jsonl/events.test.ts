import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema } from '../../../../../shared/model';
import { exporters } from '../../../../../shared/formats/format-registry';
import { parseTagwrightJsonl } from '../../../../../shared/formats/jsonl/import';
import { exportToFiles } from '../export-files';
import { testDocument } from '../format-corpus';
import { bindingExample, eventsText, generatedEvents } from '../generated-events';
import { exportCorpusOf, plan } from '../plan-import';

const document = testDocument('d1', eventsText);

/** Exports a generated document as Tagwright JSONL and plans its import into a new project. */
function roundTrip(model: Parameters<typeof exportCorpusOf>[0]) {
  const files = exportToFiles(exporters.jsonl, exportCorpusOf(model, defaultAnnotationSchema()));
  const parsed = parseTagwrightJsonl('export.jsonl', files.get('')!);
  expect(parsed.problems).toEqual([]);
  return { text: files.get('')!, imported: plan([parsed], { addLabels: true }) };
}

describe('Tagwright JSONL: events and equivalence groups', () => {
  it('export → import gives back the same events, groups, remarks and relation notes, with their ids', () => {
    fc.assert(
      fc.property(generatedEvents, (model) => {
        const { imported } = roundTrip({ documents: [document], ...model });
        expect(imported.report.problems).toEqual([]);
        const noDocument = <T extends { documentId?: string }>(rows: T[]) =>
          rows.map((r) => ({ ...r, documentId: 'x' }));
        expect(noDocument(imported.annotations)).toEqual(noDocument(model.annotations));
        expect(noDocument(imported.events)).toEqual(noDocument(model.events));
        expect(noDocument(imported.equivalences)).toEqual(noDocument(model.equivalences));
        expect(imported.relations.map(({ type, from, to, note }) => ({ type, from, to, note }))).toEqual(
          model.relations.map(({ type, from, to, note }) => ({ type, from, to, note })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('writes each document’s events and groups on its line, in the documented shape', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const { text } = roundTrip({ documents: [document], ...bindingExample(at) });
    const line = JSON.parse(text.split('\n')[1]!) as Record<string, unknown>;
    expect(line.events).toEqual([
      {
        id: 'e1',
        type: 'Binding',
        trigger: 'a2',
        arguments: [
          { role: 'Theme', target: 'a0', targetKind: 'annotation' },
          { role: 'Theme', target: 'a1', targetKind: 'annotation' },
        ],
        attributes: { Negation: true },
        modifiers: ['Negation'],
        note: '',
        annotator: 'ana',
        createdAt: at,
        updatedAt: at,
      },
    ]);
    expect(line.equivalences).toEqual([{ id: 'g1', type: 'Equiv', members: ['a0', 'a1'], annotator: 'ana' }]);
  });

  it('refuses an event whose trigger or argument is not on its line, or that is an argument of itself, naming it', () => {
    const header = '{"format":"tagwright-corpus","version":1}';
    const line = (events: unknown[]) =>
      JSON.stringify({
        text: 'ab cd',
        annotations: [{ id: 'x1', start: 0, end: 2, label: 'Protein' }],
        events,
      });
    const problems = (events: unknown[]) =>
      plan([parseTagwrightJsonl('e.jsonl', `${header}\n${line(events)}\n`)], { addLabels: true }).report.problems.map(
        (p) => p.message,
      );
    expect(problems([{ id: 'e1', type: 'Binding', trigger: 'x9' }])).toEqual([
      'event e1: it refers to x9, which is not in the file',
    ]);
    expect(
      problems([
        {
          id: 'e1',
          type: 'Binding',
          trigger: 'x1',
          arguments: [{ role: 'Theme', target: 'x1', targetKind: 'relation' }],
        },
      ]),
    ).toEqual(['event 1: "arguments" must be a list of {role, target, targetKind: "annotation" or "event"}']);
    const cause = (target: string) => [{ role: 'Cause', target, targetKind: 'event' }];
    expect(
      problems([
        { id: 'e1', type: 'Binding', trigger: 'x1', arguments: cause('e2') },
        { id: 'e2', type: 'Binding', trigger: 'x1', arguments: cause('e1') },
      ]),
    ).toEqual(['event e1: it is, through its arguments, an argument of itself (e1 → e2 → e1)']);
    expect(problems([{ id: 'e1', type: 'Binding', trigger: 'x1', modifiers: ['Negation'] }])).toEqual([
      'event 1: modifier "Negation" is not one of the attributes',
    ]);
  });
});
