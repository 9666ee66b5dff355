import type { Fragment } from './annotation';

/** The span a list of pieces makes: the outer bounds, and the pieces themselves only when two or more remain. */
export interface FragmentedSpan {
  start: number;
  end: number;
  /** Absent for one piece: a plain span (the model keeps `fragments` for discontinuous spans only). */
  fragments?: Fragment[];
}

/** The pieces sorted by start, with touching or overlapping ones merged into one. */
export function mergeFragments(pieces: readonly Fragment[]): Fragment[] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Fragment[] = [];
  for (const piece of sorted) {
    const last = merged[merged.length - 1];
    if (last && piece.start <= last.end) last.end = Math.max(last.end, piece.end);
    else merged.push({ start: piece.start, end: piece.end });
  }
  return merged;
}

/** The span of non-empty pieces (merged first); one piece left is a plain span. */
export function spanOfFragments(pieces: readonly Fragment[]): FragmentedSpan {
  const merged = mergeFragments(pieces);
  if (merged.length === 0) throw new RangeError('A span needs at least one piece.');
  const start = merged[0]!.start;
  const end = merged[merged.length - 1]!.end;
  return merged.length > 1 ? { start, end, fragments: merged } : { start, end };
}

/**
 * Each piece's text, read from the annotation's quote (`text.slice(start, end)`, gaps included):
 * what a list shows as "only … accurate" without the document's text.
 */
export function fragmentTexts(a: { start: number; quote: string; fragments?: readonly Fragment[] }): string[] {
  if (!a.fragments) return [a.quote];
  return a.fragments.map((f) => a.quote.slice(f.start - a.start, f.end - a.start));
}

/**
 * The first piece a span touches: overlapping it, or holding it at an edge when the span is a
 * caret (start = end). Null when it touches none.
 */
export function fragmentAt(pieces: readonly Fragment[], at: { start: number; end: number }): Fragment | null {
  const touches = (f: Fragment) =>
    at.start === at.end ? f.start <= at.start && at.start <= f.end : f.start < at.end && at.start < f.end;
  return pieces.find(touches) ?? null;
}
