import type { Annotation } from '../model';
import { annotationFragments } from '../formats/corpus/span-fragments';
import { countBelow } from '../text/code-points';
import { KeyBag } from './key-bag';

/** A span: its outer bounds and, when discontinuous, its pieces. */
export type Span = Pick<Annotation, 'start' | 'end' | 'fragments'>;

const pieceKey = (span: Span) =>
  annotationFragments(span)
    .map((f) => `${f.start}-${f.end}`)
    .join(',');

/** How many spans of `reference` have an identical span (the same pieces) in `other`, each used once. */
export function exactMatchCount(reference: readonly Span[], other: readonly Span[]): number {
  const unused = new KeyBag();
  for (const span of other) unused.add(pieceKey(span));
  return reference.filter((span) => unused.take(pieceKey(span))).length;
}

/** How many characters (UTF-16 units) two spans share, piece by piece. */
export function sharedLength(a: Span, b: Span): number {
  const pa = annotationFragments(a);
  const pb = annotationFragments(b);
  let shared = 0;
  for (let i = 0, j = 0; i < pa.length && j < pb.length;) {
    const x = pa[i]!;
    const y = pb[j]!;
    shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end <= y.end) i++;
    else j++;
  }
  return shared;
}

interface Candidate {
  reference: number;
  other: number;
  shared: number;
}

/**
 * Pairs spans of `reference` with overlapping spans of `other`, each span in one pair at most:
 * greedily, the pair sharing the most characters first; ties go to the earlier reference span,
 * then the earlier other span (in the order given). Returns the pairs as [reference, other].
 */
export function matchByOverlap<T extends Span>(reference: readonly T[], other: readonly T[]): [T, T][] {
  const candidates = overlappingPairs(reference, other);
  candidates.sort((x, y) => y.shared - x.shared || x.reference - y.reference || x.other - y.other);
  const usedReference = new Set<number>();
  const usedOther = new Set<number>();
  const pairs: [T, T][] = [];
  for (const c of candidates) {
    if (usedReference.has(c.reference) || usedOther.has(c.other)) continue;
    usedReference.add(c.reference);
    usedOther.add(c.other);
    pairs.push([reference[c.reference]!, other[c.other]!]);
  }
  return pairs;
}

/** Every pair of spans sharing a character, found by start offset rather than by trying every pair. */
function overlappingPairs(reference: readonly Span[], other: readonly Span[]): Candidate[] {
  const byStart = other.map((span, index) => ({ span, index })).sort((x, y) => x.span.start - y.span.start);
  const starts = byStart.map((o) => o.span.start);
  const longest = other.reduce((max, s) => Math.max(max, s.end - s.start), 0);
  const candidates: Candidate[] = [];
  reference.forEach((r, ri) => {
    // Only a span starting after r.start − longest can reach past r.start.
    for (let k = countBelow(starts, r.start - longest + 1); k < byStart.length; k++) {
      const { span, index } = byStart[k]!;
      if (span.start >= r.end) break;
      const shared = sharedLength(r, span);
      if (shared > 0) candidates.push({ reference: ri, other: index, shared });
    }
  });
  return candidates;
}
