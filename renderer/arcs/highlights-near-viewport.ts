import { visibleParagraphs } from '../document-view/visible-paragraphs';

// Highlights exist only in the drawn window (± 2 screens), and paragraphs farther off may not be
// laid out (content-visibility): take the viewport and one screen around it…
const SCREENS_AROUND = 1;
// …and at least this far above and below, however short the view.
const MIN_REACH_PX = 600;

/**
 * The highlight elements of each annotation drawn in the paragraphs near the viewport, in text
 * order (an element of overlapping spans counts for each of them).
 */
export function highlightElementsNearViewport(scroller: HTMLElement, text: HTMLElement): Map<string, Element[]> {
  const elements = new Map<string, Element[]>();
  // A view squeezed to a few lines (the search view open above it) still reaches the lines around.
  const screens = Math.max(SCREENS_AROUND, MIN_REACH_PX / Math.max(1, scroller.clientHeight));
  const window = visibleParagraphs(scroller, text.children, screens);
  if (!window) return elements;
  for (let p = window.first; p <= window.last; p++) {
    for (const element of text.children[p]!.querySelectorAll('[data-annotation-id]')) {
      for (const id of element.getAttribute('data-annotation-id')!.split(' ')) {
        const list = elements.get(id);
        if (list) list.push(element);
        else elements.set(id, [element]);
      }
    }
  }
  return elements;
}
