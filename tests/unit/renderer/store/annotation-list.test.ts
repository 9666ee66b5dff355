import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';
import type { EntityChanges } from '../../../../shared/ipc/views';
import {
  applyAnnotationChanges,
  applyChangesById,
  compareInTextOrder,
  neighbourInTextOrder,
} from '../../../../renderer/store/annotation-list';

const text = 'Armenia says only 25 percent of the maps are accurate.';

function annotation(id: string, start: number, end: number, label = 'claim', updatedAt = 't0'): Annotation {
  return annotationOf(text, id, start, end, { label, createdAt: 't0', updatedAt });
}

const changes = <T>(part: Partial<EntityChanges<T>>): EntityChanges<T> => ({
  added: [],
  changed: [],
  removed: [],
  ...part,
});

describe('applyAnnotationChanges', () => {
  it('adds in text order, the outer span first when two start together', () => {
    const inner = annotation('b', 13, 23, 'figure');
    const outer = annotation('a', 0, 54);
    const same = annotation('c', 13, 31);
    const { list } = applyAnnotationChanges([], changes({ added: [inner, outer, same] }));
    expect(list.map((a) => a.id)).toEqual(['a', 'c', 'b']);
  });

  it('keeps unchanged annotations as the same objects, and says which objects went and came', () => {
    const a = annotation('a', 0, 7);
    const b = annotation('b', 13, 23, 'figure');
    const edited = { ...b, label: 'event', updatedAt: 't1' };
    const next = applyAnnotationChanges([a, b], changes({ changed: [edited] }));
    expect(next.list[0]).toBe(a);
    expect(next.list[1]).toBe(edited);
    // The view takes out the very object it drew and draws the new one.
    expect(next.removed[0]).toBe(b);
    expect(next.added).toEqual([edited]);
  });

  it('removes by id, ignores ids it does not hold, and returns the same array when nothing changed', () => {
    const a = annotation('a', 0, 7);
    const next = applyAnnotationChanges([a], changes({ removed: ['a', 'zzz'] }));
    expect(next.list).toEqual([]);
    expect(next.removed).toEqual([a]);
    expect(applyAnnotationChanges(next.list, changes({ removed: ['zzz'] })).list).toBe(next.list);
  });

  it('agrees with a plain map of id to annotation for any sequence of changes', () => {
    const span = fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 12 }))
      .map(([s, n]) => [s, Math.min(text.length, s + n)] as const);
    const change = fc.record({
      upserted: fc.array(
        fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), span, label: fc.constantFrom('claim', 'figure') }),
        { maxLength: 3 },
      ),
      removed: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'x'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (steps) => {
        let list: readonly Annotation[] = [];
        const model = new Map<string, Annotation>();
        steps.forEach((c, step) => {
          // As main sends them: each id once, added when new, changed when known.
          const upserted = [...new Map(c.upserted.map((u) => [u.id, u])).values()].map((u) =>
            annotation(u.id, u.span[0], u.span[1], u.label, `t${step}`),
          );
          const removed = c.removed.filter((id) => model.has(id) && !upserted.some((u) => u.id === id));
          const added = upserted.filter((u) => !model.has(u.id));
          const changed = upserted.filter((u) => model.has(u.id));
          list = applyAnnotationChanges(list, { added, changed, removed: [...new Set(removed)] }).list;
          for (const id of removed) model.delete(id);
          for (const u of upserted) model.set(u.id, u);
        });
        expect(list).toEqual([...model.values()].sort(compareInTextOrder));
      }),
    );
  });
});

describe('applyChangesById', () => {
  const relation = (id: string, type = 'attributed-to') => ({ id, type, from: 'c', to: 'a', annotator: '' });

  it('adds, replaces and removes relations, and returns the same array for a change without relations', () => {
    const added = applyChangesById([relation('r1')], changes({ added: [relation('r2')] }));
    expect(added.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(applyChangesById(added, changes({}))).toBe(added);
    const changed = applyChangesById(added, changes({ changed: [relation('r1', 'cites')] }));
    expect(changed.map((r) => [r.id, r.type])).toEqual([
      ['r2', 'attributed-to'],
      ['r1', 'cites'],
    ]);
    expect(applyChangesById(changed, changes({ removed: ['r1'] })).map((r) => r.id)).toEqual(['r2']);
  });
});

describe('neighbourInTextOrder', () => {
  const list = [annotation('a', 0, 7), annotation('b', 13, 23), annotation('c', 30, 40)];

  it('starts at the first (forward) or the last (backward) when none is selected', () => {
    expect(neighbourInTextOrder(list, null, 1)?.id).toBe('a');
    expect(neighbourInTextOrder(list, null, -1)?.id).toBe('c');
  });

  it('steps and stops at the ends', () => {
    expect(neighbourInTextOrder(list, 'a', 1)?.id).toBe('b');
    expect(neighbourInTextOrder(list, 'b', -1)?.id).toBe('a');
    expect(neighbourInTextOrder(list, 'c', 1)).toBeNull();
    expect(neighbourInTextOrder(list, 'a', -1)).toBeNull();
    expect(neighbourInTextOrder([], null, 1)).toBeNull();
  });
});
