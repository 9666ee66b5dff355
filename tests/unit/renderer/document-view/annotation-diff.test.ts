import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Annotation } from '../../../../shared/model';
import { annotationsById, diffAnnotations } from '../../../../renderer/document-view/annotation-diff';
import { annotationOver } from './annotation-arbitrary';

const text = 'The mines were only 25 percent accurate.';
const diff = (before: Annotation[], after: Annotation[]) => diffAnnotations(before, annotationsById(before), after);

describe('annotation diff', () => {
  const a = annotationOver(text, 'a', 0, 9);
  const b = annotationOver(text, 'b', 15, 39, 'figure');
  const c = annotationOver(text, 'c', 4, 9, 'actor');

  it('finds nothing when the same objects come back in a new array, in any order', () => {
    expect(diff([a, b, c], [a, b, c])).toEqual({ added: [], removed: [] });
    expect(diff([a, b, c], [b, c, a])).toEqual({ added: [], removed: [] });
  });

  it('reports an addition, a deletion and a replaced object (relabel) by identity', () => {
    const relabelled = { ...b, label: 'claim' };
    const changes = diff([a, b], [relabelled, c]);
    expect(changes.added).toEqual([relabelled, c]);
    expect(changes.removed).toHaveLength(2);
    expect(changes.removed).toContain(b);
    expect(changes.removed).toContain(a);
  });

  it('agrees with a plain id-and-identity comparison for random edits of a list', () => {
    const pool = Array.from({ length: 12 }, (_, i) => annotationOver(text, `x${i}`, i, i + 3));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 11 }), { maxLength: 12 }),
        fc.array(
          fc.record({
            op: fc.constantFrom('add', 'remove', 'replace', 'move'),
            at: fc.nat(),
            which: fc.nat({ max: 11 }),
          }),
          { maxLength: 5 },
        ),
        (ids, edits) => {
          const before = ids.map((i) => pool[i]!);
          const after = [...before];
          for (const e of edits) {
            const at = after.length === 0 ? 0 : e.at % after.length;
            if (e.op === 'add' && !after.some((x) => x.id === pool[e.which]!.id)) after.splice(at, 0, pool[e.which]!);
            if (e.op === 'remove' && after.length > 0) after.splice(at, 1);
            if (e.op === 'replace' && after.length > 0) after[at] = { ...after[at]! };
            if (e.op === 'move' && after.length > 0) after.push(...after.splice(at, 1));
          }
          const changes = diff(before, after);
          const beforeById = annotationsById(before);
          const afterSet = new Set(after);
          const expectedAdded = after.filter((x) => beforeById.get(x.id) !== x);
          const expectedRemoved = before.filter((x) => !afterSet.has(x));
          expect(new Set(changes.added)).toEqual(new Set(expectedAdded));
          expect(new Set(changes.removed)).toEqual(new Set(expectedRemoved));
        },
      ),
    );
  });
});
