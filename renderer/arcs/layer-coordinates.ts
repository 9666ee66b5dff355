import type { Box } from './arc-layout';

/**
 * Where a layer over the text has its (0, 0) on screen: the scroller's content corner. A layer
 * drawn there (the arcs, the drag's rubber band) scrolls with the text.
 */
export function layerOrigin(scroller: HTMLElement): { x: number; y: number } {
  const rect = scroller.getBoundingClientRect();
  return {
    x: rect.left + scroller.clientLeft - scroller.scrollLeft,
    y: rect.top + scroller.clientTop - scroller.scrollTop,
  };
}

/** A screen rectangle in layer coordinates. */
export function toLayer(rect: DOMRect, origin: { x: number; y: number }): Box {
  return {
    left: rect.left - origin.x,
    right: rect.right - origin.x,
    top: rect.top - origin.y,
    bottom: rect.bottom - origin.y,
  };
}
