import type { SearchHit } from './search-request';

/** How the concordance is sorted: as found (document, then text order), or by the words left or right of the hit. */
export const CONCORDANCE_ORDERS = ['text', 'left', 'right'] as const;
export type ConcordanceOrder = (typeof CONCORDANCE_ORDERS)[number];

/** Which hits the concordance shows: all, those inside an annotation already, or those in none. */
export const COVERAGE_FILTERS = ['all', 'labelled', 'unlabelled'] as const;
export type CoverageFilter = (typeof COVERAGE_FILTERS)[number];

// Ignores case and accents and reads digits as numbers, as a reader would sort a word list.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The word nearest the hit first, then the next one out: a left sort groups "said Hajizada" with "told Hajizada" apart. */
const leftKey = (hit: SearchHit) => hit.left.trim().split(' ').reverse().join(' ');
const rightKey = (hit: SearchHit) => hit.right.trim();

/** The concordance's rows: the hits kept by `coverage`, in `order` (ties keep the found order). */
export function concordanceRows(
  hits: readonly SearchHit[],
  order: ConcordanceOrder,
  coverage: CoverageFilter,
): SearchHit[] {
  const kept =
    coverage === 'all' ? [...hits] : hits.filter((h) => h.coveredBy.length > 0 === (coverage === 'labelled'));
  if (order === 'text') return kept;
  const key = order === 'left' ? leftKey : rightKey;
  const keys = new Map(kept.map((h) => [h, key(h)]));
  // Array.prototype.sort is stable: equal keys stay in document and text order.
  return kept.sort((a, b) => collator.compare(keys.get(a)!, keys.get(b)!));
}
