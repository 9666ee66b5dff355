import { describe, expect, it } from 'vitest';
import { annotationsById, relationsOfAnnotation } from '../../../../renderer/store/document-indexes';
import { annotationOf } from '../../../support/annotation-fixture';

const relation = (id: string, from: string, to: string) => ({ id, type: 'attributed-to', from, to, annotator: '' });

describe('document indexes', () => {
  it('finds annotations by id, one index per array', () => {
    const list = [annotationOf('Armenia said', 'a', 0, 7), annotationOf('Armenia said', 'b', 8, 12)];
    expect(annotationsById(list).get('b')?.quote).toBe('said');
    expect(annotationsById(list)).toBe(annotationsById(list));
    expect(annotationsById([...list])).not.toBe(annotationsById(list));
  });

  it('lists the relations from or to an annotation, the same array until the relations change', () => {
    const relations = [relation('r1', 'c1', 'a1'), relation('r2', 'c2', 'a1'), relation('r3', 'c1', 'c1')];
    expect(relationsOfAnnotation(relations, 'a1').map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(relationsOfAnnotation(relations, 'c1').map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(relationsOfAnnotation(relations, 'a1')).toBe(relationsOfAnnotation(relations, 'a1'));
    expect(relationsOfAnnotation(relations, 'nobody')).toEqual([]);
    expect(relationsOfAnnotation(relations, 'nobody')).toBe(relationsOfAnnotation([], 'other'));
  });
});
