import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';
import {
  applyAnnotationChange,
  applyRelationChange,
  compareInTextOrder,
  countByLabel,
  neighbourInTextOrder,
} from '../../../../renderer/store/annotation-list';

const text = 'Armenia says only 25 percent of the maps are accurate.';

function annotation(id: string, start: number, end: number, label = 'claim', updatedAt = 't0'): Annotation {
  return annotationOf(text, id, start, end, { label, createdAt: 't0', updatedAt });
}

describe('applyAnnotationChange', () => {
  it('adds in text order, the outer span first when two start together', () => {
    const inner = annotation('b', 13, 23, 'figure');
    const outer = annotation('a', 0, 54);
    const same = annotation('c', 13, 31);
    const list = applyAnnotationChange([], { documentId: 'doc', upserted: [inner, outer, same], removed: [] });
    expect(list.map((a) => a.id)).toEqual(['a', 'c', 'b']);
  });

  it('returns the same array when the change is applied a second time (call result, then event)', () => {
    const change = { documentId: 'doc', upserted: [annotation('a', 0, 7)], removed: [] };
    const once = applyAnnotationChange([], change);
    const copy = JSON.parse(JSON.stringify(change)) as typeof change; // the event is a fresh copy
    expect(applyAnnotationChange(once, copy)).toBe(once);
  });

  it('keeps unchanged annotations as the same objects and replaces the edited one', () => {
    const a = annotation('a', 0, 7);
    const b = annotation('b', 13, 23, 'figure');
    const edited = { ...b, label: 'event', updatedAt: 't1' };
    const next = applyAnnotationChange([a, b], { documentId: 'doc', upserted: [edited], removed: [] });
    expect(next[0]).toBe(a);
    expect(next[1]).toBe(edited);
  });

  it('removes by id and ignores ids it does not hold', () => {
    const a = annotation('a', 0, 7);
    const next = applyAnnotationChange([a], { documentId: 'doc', upserted: [], removed: ['a', 'zzz'] });
    expect(next).toEqual([]);
    const unchanged = applyAnnotationChange(next, { documentId: 'doc', upserted: [], removed: ['zzz'] });
    expect(unchanged).toBe(next);
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
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        let list: readonly Annotation[] = [];
        const model = new Map<string, Annotation>();
        changes.forEach((c, step) => {
          const upserted = c.upserted.map((u) => annotation(u.id, u.span[0], u.span[1], u.label, `t${step}`));
          const removed = c.removed.filter((id) => !upserted.some((u) => u.id === id));
          list = applyAnnotationChange(list, { documentId: 'doc', upserted, removed });
          for (const id of removed) model.delete(id);
          for (const u of upserted) model.set(u.id, u);
          // Applying the same change again is a no-op.
          expect(applyAnnotationChange(list, { documentId: 'doc', upserted, removed })).toBe(list);
        });
        expect(list).toEqual([...model.values()].sort(compareInTextOrder));
      }),
    );
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

it('countByLabel counts per label id', () => {
  expect(countByLabel([annotation('a', 0, 7), annotation('b', 8, 9, 'figure'), annotation('c', 9, 12)])).toEqual({
    claim: 2,
    figure: 1,
  });
  // Label ids are the user's: one called "constructor" counts from 0, one called "__proto__" is a key.
  const odd = countByLabel([annotation('a', 0, 7, 'constructor'), annotation('b', 8, 9, '__proto__')]);
  expect(Object.entries(odd)).toEqual([
    ['constructor', 1],
    ['__proto__', 1],
  ]);
});

describe('applyRelationChange', () => {
  const relation = (id: string) => ({ id, type: 'attributed-to', from: 'c', to: 'a', annotator: '' });
  const base = { documentId: 'doc', upserted: [], removed: [] };

  it('adds and removes relations, and returns the same array for a change seen twice or one without relations', () => {
    const added = applyRelationChange([relation('r1')], { ...base, relationsUpserted: [relation('r2')] });
    expect(added.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(applyRelationChange(added, { ...base, relationsUpserted: [relation('r2')] })).toBe(added);
    expect(applyRelationChange(added, base)).toBe(added);
    const removed = applyRelationChange(added, { ...base, relationsRemoved: ['r1'] });
    expect(removed.map((r) => r.id)).toEqual(['r2']);
    expect(applyRelationChange(removed, { ...base, relationsRemoved: ['r1'] })).toBe(removed);
  });
});
