import type { Annotation, Relation } from '../model';
import { KeyBag } from './key-bag';

/**
 * How many of `other`'s relations are also `reference`'s once spans are matched: a relation of
 * the other annotator (from, to, type) matches one of the reference's with the same type between
 * the reference spans its ends were matched to; each relation matches once. A relation with an
 * end that matched no span matches nothing.
 */
export function matchedRelationCount(
  reference: readonly Relation[],
  other: readonly Relation[],
  matched: readonly [Annotation, Annotation][],
): number {
  const toReference = new Map(matched.map(([r, o]) => [o.id, r.id]));
  const key = (type: string, from: string, to: string) => JSON.stringify([type, from, to]);
  const unused = new KeyBag();
  for (const r of reference) unused.add(key(r.type, r.from, r.to));
  return other.filter((r) => {
    const from = toReference.get(r.from);
    const to = toReference.get(r.to);
    return from !== undefined && to !== undefined && unused.take(key(r.type, from, to));
  }).length;
}
