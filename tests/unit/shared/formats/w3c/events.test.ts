import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema } from '../../../../../shared/model';
import { exporters } from '../../../../../shared/formats/format-registry';
import { parseW3cJsonLd } from '../../../../../shared/formats/w3c/import';
import { newProject } from '../../../../../main/service/new-project';
import { exportToFiles } from '../export-files';
import { testDocument } from '../format-corpus';
import { bindingExample, eventsText, generatedEvents, type Generated } from '../generated-events';
import { at, exportCorpusOf, plan } from '../plan-import';

const document = testDocument('d1', eventsText);

/**
 * What W3C carries of a model: events (type, trigger, arguments in order, attributes; the note and
 * comments as commenting bodies, read back as one note) and groups (members in order).
 */
function carried(m: Pick<Generated, 'annotations' | 'events' | 'equivalences'>): string[] {
  const span = (id: string) => {
    const a = m.annotations.find((x) => x.id === id)!;
    return `${a.label}@${a.start}`;
  };
  const event = (id: string): string => {
    const e = m.events.find((x) => x.id === id)!;
    const args = e.arguments.map(
      (a) => `${a.role}:${a.targetKind === 'event' ? `(${event(a.target)})` : span(a.target)}`,
    );
    const comments = [e.note, ...(e.comments ?? []).map((c) => c.text)].filter((t) => t !== '');
    return `${e.type} on ${span(e.trigger)} [${args.join(' ')}] ${JSON.stringify(e.attributes)} ${comments.join('\n')}`;
  };
  return [
    ...m.events.map((e) => `event ${event(e.id)}`),
    ...m.equivalences.map((g) => `group ${g.type} ${g.members.map(span).join(' ')}`),
  ].sort();
}

describe('W3C: events and equivalence groups', () => {
  it('our export read back by our import gives the same events (arguments in order) and groups, with their ids', () => {
    fc.assert(
      fc.property(generatedEvents, (model) => {
        const files = exportToFiles(
          exporters.w3c,
          exportCorpusOf({ documents: [document], ...model }, defaultAnnotationSchema()),
        );
        const parsed = parseW3cJsonLd('export.jsonld', files.get('')!);
        expect(parsed.problems).toEqual([]);
        const project = newProject('p', 'P', at);
        project.documents.push(document);
        const imported = plan([parsed], { addLabels: true }, project);
        expect(imported.report.problems).toEqual([]);
        expect(carried(imported)).toEqual(carried(model));
        expect(imported.events.map((e) => e.id)).toEqual(model.events.map((e) => e.id));
      }),
      { numRuns: 150 },
    );
  });

  it('writes an event as a classifying annotation of its trigger and one numbered linking annotation per argument', () => {
    const files = exportToFiles(
      exporters.w3c,
      exportCorpusOf({ documents: [document], ...bindingExample(at.toISOString()) }),
    );
    const items = (JSON.parse(files.get('')!) as { first: { items: { id: string }[] } }).first.items;
    const byId = (id: string) => items.find((i) => i.id === id);
    expect(byId('urn:tagwright:event:e1')).toEqual({
      id: 'urn:tagwright:event:e1',
      type: 'Annotation',
      motivation: 'classifying',
      created: at.toISOString(),
      modified: at.toISOString(),
      creator: { type: 'Person', name: 'ana' },
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'Binding' },
        { type: 'TextualBody', purpose: 'describing', format: 'application/json', value: '{"Negation":true}' },
      ],
      target: 'urn:tagwright:annotation:a2',
    });
    expect(byId('urn:tagwright:event:e1:argument:2')).toEqual({
      id: 'urn:tagwright:event:e1:argument:2',
      type: 'Annotation',
      motivation: 'linking',
      creator: { type: 'Person', name: 'ana' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Theme' },
        { type: 'SpecificResource', purpose: 'linking', source: 'urn:tagwright:annotation:a1' },
      ],
      target: 'urn:tagwright:event:e1',
    });
    expect(byId('urn:tagwright:equivalence:g1')).toEqual({
      id: 'urn:tagwright:equivalence:g1',
      type: 'Annotation',
      motivation: 'linking',
      creator: { type: 'Person', name: 'ana' },
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Equiv' }],
      target: ['urn:tagwright:annotation:a0', 'urn:tagwright:annotation:a1'],
    });
  });
});
