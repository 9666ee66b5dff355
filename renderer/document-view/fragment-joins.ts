import type { Annotation } from '../../shared/model';
import type { SpanPiece } from './span-index';

// How a discontinuous annotation's pieces read as one: each piece's inner edge (where another
// piece of it follows or came before) is dotted, and while it is selected the gaps between its
// pieces are underlined with dots (a gap in another paragraph than any of its pieces is not).

/** Whether a run begins a piece that is not its annotation's first, and ends one that is not its last. */
export interface PieceJoins {
  before: boolean;
  after: boolean;
}

/** The joins of the run from..to among the pieces of the annotations covering it. */
export function pieceJoins(
  pieces: readonly SpanPiece[],
  covering: readonly Annotation[],
  from: number,
  to: number,
): PieceJoins {
  const joins = { before: false, after: false };
  for (const p of pieces) {
    if (!p.annotation.fragments || !covering.includes(p.annotation)) continue;
    if (p.start === from && p.start !== p.annotation.start) joins.before = true;
    if (p.end === to && p.end !== p.annotation.end) joins.after = true;
  }
  return joins;
}

/** The gaps between the selected annotation's pieces, clipped to start..end, if any of its pieces is here. */
export function selectedGaps(
  pieces: readonly SpanPiece[],
  selectedId: string | null,
  start: number,
  end: number,
): { start: number; end: number }[] {
  const selected = pieces.find((p) => p.annotation.id === selectedId)?.annotation;
  if (!selected?.fragments) return [];
  const gaps: { start: number; end: number }[] = [];
  selected.fragments.forEach((f, i) => {
    const next = selected.fragments![i + 1];
    if (!next) return;
    const gap = { start: Math.max(f.end, start), end: Math.min(next.start, end) };
    if (gap.end > gap.start) gaps.push(gap);
  });
  return gaps;
}

/** The tooltip's line for one annotation over a run: its name, and which piece this is when it has several. */
export function pieceTitle(name: string, a: Annotation, from: number): string {
  if (!a.fragments) return name;
  const index = a.fragments.findIndex((f) => f.start <= from && from < f.end);
  return `${name} (piece ${index + 1} of ${a.fragments.length})`;
}
