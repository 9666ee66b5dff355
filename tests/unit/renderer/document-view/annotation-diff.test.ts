import { describe, expect, it } from 'vitest';
import { annotationsById, diffAnnotations } from '../../../../renderer/document-view/annotation-diff';
import { annotationOver } from './annotation-arbitrary';

const text = 'The mines were only 25 percent accurate.';

describe('annotation diff', () => {
  const a = annotationOver(text, 'a', 0, 9);
  const b = annotationOver(text, 'b', 15, 39, 'figure');
  const c = annotationOver(text, 'c', 4, 9, 'actor');

  it('finds nothing when the same objects come back in a new array', () => {
    expect(diffAnnotations(annotationsById([a, b]), [b, a])).toEqual({ added: [], removed: [] });
  });

  it('reports an addition, a deletion and a replaced object (relabel) by identity', () => {
    const relabelled = { ...b, label: 'claim' };
    const changes = diffAnnotations(annotationsById([a, b]), [relabelled, c]);
    expect(changes.added).toEqual([relabelled, c]);
    expect(changes.removed).toHaveLength(2);
    expect(changes.removed).toContain(b);
    expect(changes.removed).toContain(a);
  });
});
