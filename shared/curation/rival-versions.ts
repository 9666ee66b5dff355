import type { Annotation } from '../model';
import { annotationFragments } from '../formats/corpus/span-fragments';
import { sharedLength } from '../agreement/span-matching';

type Version = Pick<Annotation, 'label' | 'start' | 'end' | 'fragments'>;

/**
 * Whether two spans are rival versions of one thing, "the same candidate area" of the curation
 * (docs/team.md): they overlap and either carry the same label on another extent ("Hajizada" and
 * "Aykhan Hajizada", both actors) or another label on the same pieces ("25 percent" a figure and
 * a claim). Another label on another, overlapping extent (a place inside an organisation's name)
 * is a second thing, not a rival: both may be gold. The same label on the same pieces is one
 * candidate, not two rivals.
 */
export function rivalVersions(a: Version, b: Version): boolean {
  if (sharedLength(a, b) === 0) return false;
  const samePieces = piecesKey(a) === piecesKey(b);
  return a.label === b.label ? !samePieces : samePieces;
}

/** A span's pieces as text ("4-12,20-28"): equal for equal pieces. */
export const piecesKey = (a: Pick<Annotation, 'start' | 'end' | 'fragments'>): string =>
  annotationFragments(a)
    .map((f) => `${f.start}-${f.end}`)
    .join(',');
