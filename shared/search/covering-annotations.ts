import type { CoveringAnnotation, SearchAnnotation } from './search-request';

/**
 * The annotations containing each of a series of spans, asked in order of start: one sweep over
 * the annotations sorted by start, keeping those that may still contain a later span.
 */
export class CoveringAnnotations {
  readonly #sorted: SearchAnnotation[];
  #next = 0;
  #open: SearchAnnotation[] = [];

  constructor(annotations: readonly SearchAnnotation[]) {
    this.#sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Annotations with start ≤ `start` and end ≥ `end`, in text order; `start` never decreases between calls. */
  of(start: number, end: number): SearchAnnotation[] {
    while (this.#next < this.#sorted.length && this.#sorted[this.#next]!.start <= start) {
      this.#open.push(this.#sorted[this.#next++]!);
    }
    // One that ends at or before this start contains neither this span nor any later one.
    if (this.#open.some((a) => a.end <= start)) this.#open = this.#open.filter((a) => a.end > start);
    return this.#open.filter((a) => a.end >= end);
  }

  /** As `of`, in the form a hit reports. */
  coverageOf(start: number, end: number): CoveringAnnotation[] {
    return this.of(start, end).map((a) => ({
      annotationId: a.id,
      label: a.label,
      exact: a.start === start && a.end === end,
    }));
  }
}
