import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema } from '../../../../shared/model';
import { moved, newLabel, placeholderId, withIdsFromNames } from '../../../../renderer/schema/schema-draft';

describe('the schema editor’s draft', () => {
  it('gives new labels, types and roles ids from their names on Save, and what named them follows', () => {
    const saved = defaultAnnotationSchema();
    const draft = structuredClone(saved);
    const label = { ...newLabel(draft), name: 'Source Quote' };
    draft.labels.push(label);
    draft.relationTypes.push({
      id: placeholderId(draft.relationTypes),
      name: 'Quotes',
      sourceLabels: [label.id],
      targetLabels: [],
    });
    draft.eventTypes[0]!.roles.push({
      id: 'new',
      name: 'witness',
      targetLabels: [label.id],
      targetEventTypes: [],
      repeatable: false,
    });
    draft.labels[0]!.name = 'Statement'; // a saved label keeps its id

    const sent = withIdsFromNames(draft, saved);
    expect(sent.labels.map((l) => l.id)).toEqual(['claim', 'figure', 'actor', 'event', 'source-quote']);
    expect(sent.relationTypes.at(-1)).toMatchObject({ id: 'quotes', sourceLabels: ['source-quote'] });
    expect(sent.eventTypes[0]!.roles.at(-1)).toMatchObject({ id: 'witness', targetLabels: ['source-quote'] });
  });

  it('moves an item up or down, and leaves the list as it is at an end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
