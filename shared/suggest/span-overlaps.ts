import type { TextSpan } from '../text/text-span';

/** Index of the last span in `sorted` (by start) that starts before `offset`; -1 if none. */
function lastStartingBefore(sorted: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Answers "does anything overlap this span?" for a fixed set of spans that may overlap each other, in O(log n). */
export class OverlapLookup {
  readonly #sorted: TextSpan[];
  /** The largest end among the spans up to each index: what reaches furthest right so far. */
  readonly #reach: number[];

  constructor(spans: Iterable<TextSpan>) {
    this.#sorted = [...spans].sort((a, b) => a.start - b.start);
    let reach = -1;
    this.#reach = this.#sorted.map((s) => (reach = Math.max(reach, s.end)));
  }

  /** Whether a span of the set shares at least one character with `start`–`end`. */
  overlaps(start: number, end: number): boolean {
    const i = lastStartingBefore(this.#sorted, end);
    return i >= 0 && this.#reach[i]! > start;
  }
}

/** A growing set of spans none of which overlap: a span is added only if it overlaps none already in. */
export class DisjointSpans {
  readonly #sorted: TextSpan[] = [];

  /** Adds the span unless it overlaps one already in; says whether it was added. */
  tryAdd(start: number, end: number): boolean {
    const i = lastStartingBefore(this.#sorted, end);
    // Disjoint spans sorted by start are sorted by end too: only the one just before can reach in.
    if (i >= 0 && this.#sorted[i]!.end > start) return false;
    this.#sorted.splice(i + 1, 0, { start, end });
    return true;
  }
}
