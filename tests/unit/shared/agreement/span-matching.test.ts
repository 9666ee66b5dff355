import { describe, expect, it } from 'vitest';
import { matchedRelationCount } from '../../../../shared/agreement/relation-matching';
import { exactMatchCount, matchByOverlap, sharedLength } from '../../../../shared/agreement/span-matching';
import type { Relation } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const TEXT = 'abcdefghijklmnopqrstuvwxyz';
const at = (id: string, start: number, end: number, fragments?: { start: number; end: number }[]) =>
  annotationOf(TEXT, id, start, end, fragments ? { fragments } : {});
const ids = (pairs: [{ id: string }, { id: string }][]) => pairs.map(([r, o]) => [r.id, o.id]);

describe('matching two annotators’ spans', () => {
  it('by overlap, the pair sharing most characters first, each span once', () => {
    // C shares 2 with A and 3 with B: B takes it, though A comes first.
    const a = at('A', 0, 10);
    const b = at('B', 9, 12);
    const c = at('C', 8, 12);
    expect(ids(matchByOverlap([a, b], [c]))).toEqual([['B', 'C']]);
    // D and E share 5 with F each: the earlier reference span wins the tie.
    expect(ids(matchByOverlap([at('D', 0, 5), at('E', 5, 10)], [at('F', 0, 10)]))).toEqual([['D', 'F']]);
    expect(matchByOverlap([at('G', 0, 3)], [at('H', 3, 6)])).toEqual([]);
  });

  it('finds a long span overlapping from far before', () => {
    const long = at('L', 0, 20);
    expect(ids(matchByOverlap([at('R', 18, 22)], [at('S', 1, 2), long, at('T', 2, 3)]))).toEqual([['R', 'L']]);
  });

  it('counts a discontinuous span by its pieces: overlap in the gap is none, exact needs the same pieces', () => {
    const split = at('P', 0, 9, [
      { start: 0, end: 3 },
      { start: 6, end: 9 },
    ]);
    expect(sharedLength(split, at('Q', 2, 7))).toBe(2);
    expect(sharedLength(split, at('Q', 3, 6))).toBe(0);
    expect(matchByOverlap([split], [at('Q', 3, 6)])).toEqual([]);
    expect(exactMatchCount([split], [at('Q', 0, 9)])).toBe(0);
    expect(exactMatchCount([split, at('R', 1, 2)], [{ ...split, id: 'S' }, at('T', 1, 2), at('U', 1, 2)])).toBe(2);
  });

  it('relations match once their ends are matched, each once', () => {
    const rel = (id: string, from: string, to: string, type = 'r'): Relation => ({ id, type, from, to, annotator: '' });
    const [a1, a2, b1, b2] = [at('a1', 0, 2), at('a2', 4, 6), at('b1', 0, 2), at('b2', 4, 6)];
    const matched: [typeof a1, typeof a1][] = [
      [a1, b1],
      [a2, b2],
    ];
    expect(matchedRelationCount([rel('x', 'a1', 'a2')], [rel('y', 'b1', 'b2'), rel('z', 'b1', 'b2')], matched)).toBe(1);
    expect(matchedRelationCount([rel('x', 'a1', 'a2')], [rel('y', 'b2', 'b1')], matched)).toBe(0);
    expect(matchedRelationCount([rel('x', 'a1', 'a2')], [rel('y', 'b1', 'b2', 'other')], matched)).toBe(0);
    expect(matchedRelationCount([rel('x', 'a1', 'a2')], [rel('y', 'b1', 'b9')], matched)).toBe(0);
  });
});
