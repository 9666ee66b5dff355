import { countBelow } from '../text/code-points';
import type { TextSpan } from '../text/text-span';

/** Answers "does anything overlap this span?" for a fixed set of spans that may overlap each other, in O(log n). */
export class OverlapLookup {
  /** The spans' starts, sorted. */
  readonly #starts: number[];
  /** The largest end among the spans up to each index: what reaches furthest right so far. */
  readonly #reach: number[];

  constructor(spans: Iterable<TextSpan>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let reach = -1;
    this.#starts = sorted.map((s) => s.start);
    this.#reach = sorted.map((s) => (reach = Math.max(reach, s.end)));
  }

  /** Whether a span of the set shares at least one character with `start`–`end`. */
  overlaps(start: number, end: number): boolean {
    const last = countBelow(this.#starts, end) - 1; // the last span starting before `end`
    return last >= 0 && this.#reach[last]! > start;
  }
}

/** A growing set of spans none of which overlap: a span is added only if it overlaps none already in. */
export class DisjointSpans {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  /** Adds the span unless it overlaps one already in; says whether it was added. */
  tryAdd(start: number, end: number): boolean {
    const at = countBelow(this.#starts, end); // spans before `at` start before `end`
    // Disjoint spans sorted by start are sorted by end too: only the one just before can reach in.
    if (at > 0 && this.#ends[at - 1]! > start) return false;
    this.#starts.splice(at, 0, start);
    this.#ends.splice(at, 0, end);
    return true;
  }
}
