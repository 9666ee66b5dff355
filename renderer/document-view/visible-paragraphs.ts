import type { ParagraphWindow } from './highlight-plugin';

/**
 * The paragraphs (children of the editor's root, one per line of text) that intersect the
 * scroller's viewport widened by `screens` viewport heights above and below. Binary searches
 * keep it to a few dozen layout reads on a document of thousands of paragraphs.
 */
export function visibleParagraphs(
  scroller: HTMLElement,
  paragraphs: HTMLCollection,
  screens: number,
): ParagraphWindow | null {
  const count = paragraphs.length;
  if (count === 0) return null;
  const box = scroller.getBoundingClientRect();
  const top = box.top - screens * box.height;
  const bottom = box.bottom + screens * box.height;
  const rect = (i: number) => paragraphs[i]!.getBoundingClientRect();

  // First paragraph whose bottom is below the window's top.
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rect(mid).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // Last paragraph whose top is above the window's bottom.
  lo = first;
  hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rect(mid).top <= bottom) lo = mid;
    else hi = mid - 1;
  }
  return { first, last: lo };
}
