import { describe, expect, it } from 'vitest';
import type { ProjectChange } from '../../../../shared/ipc/views';
import { entitiesMayHaveMoved } from '../../../../renderer/store/entities-may-have-moved';

const none = () => ({ added: [], changed: [], removed: [] });
const change = (parts: Partial<ProjectChange> = {}): ProjectChange =>
  ({
    documentId: 'd1',
    annotations: none(),
    relations: none(),
    events: none(),
    equivalences: none(),
    entities: none(),
    documents: none(),
    counts: { documents: 1, annotations: 0 },
    history: { canUndo: true, canRedo: false },
    ...parts,
  }) as ProjectChange;

describe('entitiesMayHaveMoved: when the page reads the entities again', () => {
  it('after any change to entities, with or without entities before', () => {
    const entity = { id: 'e1', name: 'Aykhan Hajizada', label: 'actor', aliases: [] };
    expect(entitiesMayHaveMoved(change({ entities: { added: [entity], changed: [], removed: [] } }), false)).toBe(true);
    expect(entitiesMayHaveMoved(change({ entities: { added: [], changed: [], removed: ['e1'] } }), true)).toBe(true);
  });

  it('after an annotation or document change only once the project has entities', () => {
    const labelled = change({ annotations: { added: [], changed: [], removed: ['a1'] } });
    const imported = change({ documents: { added: [], changed: [], removed: ['d2'] } });
    expect([entitiesMayHaveMoved(labelled, false), entitiesMayHaveMoved(imported, false)]).toEqual([false, false]);
    expect([entitiesMayHaveMoved(labelled, true), entitiesMayHaveMoved(imported, true)]).toEqual([true, true]);
  });

  it('never after a change that touches neither (a relation, a status)', () => {
    const related = change({ relations: { added: [], changed: [], removed: ['r1'] } });
    expect(entitiesMayHaveMoved(related, true)).toBe(false);
  });
});
