import { visibleParagraphs } from '../document-view/visible-paragraphs';
import { layoutArcs, type ArcGeometry, type Box, type PlacedArc } from './arc-layout';
import type { ArcSpec } from './document-arcs';
import { drawArcs, drawRing } from './arc-svg';

// Arcs are drawn for the viewport and one screen around it: highlights exist only in the drawn
// window (± 2 screens), and paragraphs farther off may not be laid out (content-visibility).
const SCREENS_AROUND = 1;
// …and at least this far above and below, however short the view.
const MIN_REACH_PX = 600;
// The label's font (arcs.css) is 11px; its average glyph is about this wide.
const LABEL_CHARACTER_WIDTH = 6.2;
const LABEL_PADDING = 6;

/** What the arc layer shows: the arcs, whether they are shown, the target link mode points at. */
export interface ArcLayerState {
  arcs: readonly ArcSpec[];
  shown: boolean;
  /** The annotation link mode would link to: ringed. */
  focusedId: string | null;
}

/**
 * Draws a document's arcs in an SVG laid over the scroller's content: finds the highlight
 * elements of the paragraphs near the viewport, reads their boxes (all reads first), lays the
 * arcs out (arc-layout.ts), then writes the SVG once, only when it changed. Redraws in one
 * animation frame after a scroll, a resize, a change of the drawn highlights or of the arcs.
 */
export class ArcLayerController {
  private state: ArcLayerState = { arcs: [], shown: true, focusedId: null };
  private frame = 0;
  private drawnSignature = '';
  private observedText: Element | null = null;
  private readonly mutations = new MutationObserver(() => this.schedule());
  private readonly resizes = new ResizeObserver(() => this.schedule());

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly scroller: HTMLElement,
  ) {
    scroller.addEventListener('scroll', this.schedule, { passive: true });
    this.resizes.observe(scroller);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.scroller.removeEventListener('scroll', this.schedule);
    this.mutations.disconnect();
    this.resizes.disconnect();
  }

  update(state: ArcLayerState): void {
    this.state = state;
    this.schedule();
  }

  readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  /** Draws now (the bench calls it to time one step); returns how many arcs it drew. */
  draw(): number {
    performance.mark('tw-arcs-start');
    const text = this.textElement();
    const { arcs, shown, focusedId } = this.state;
    const placed = shown && text ? this.placeArcs(text, arcs) : [];
    const focusRing = focusedId && text ? this.boxesOf(text, focusedId) : [];
    const laid = layoutArcs(placed);
    this.write(laid, focusRing);
    performance.measure('tw-arcs-draw', 'tw-arcs-start');
    return laid.length;
  }

  /** The editor's text element, watched for redrawn highlights from the first time it is there. */
  private textElement(): HTMLElement | null {
    const text = this.scroller.querySelector<HTMLElement>('.tw-docview__text');
    if (text && text !== this.observedText) {
      this.mutations.disconnect();
      this.mutations.observe(text, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-annotation-id'],
      });
      this.observedText = text;
    }
    return text;
  }

  /** The arcs whose two ends are drawn near the viewport, with their ends' first boxes (layout reads). */
  private placeArcs(text: HTMLElement, arcs: readonly ArcSpec[]): PlacedArc[] {
    if (arcs.length === 0) return [];
    const firstElements = this.highlightElementsNearViewport(text);
    const origin = this.origin();
    const boxes = new Map<string, Box | null>();
    const boxOf = (id: string): Box | null => {
      if (!boxes.has(id)) {
        const rect = firstElements.get(id)?.getClientRects()[0];
        boxes.set(id, rect ? toLayer(rect, origin) : null);
      }
      return boxes.get(id)!;
    };
    const placed: PlacedArc[] = [];
    for (const arc of arcs) {
      if (!firstElements.has(arc.from) || !firstElements.has(arc.to)) continue;
      const from = boxOf(arc.from);
      const to = boxOf(arc.to);
      if (!from || !to) continue;
      const labelWidth = arc.label.length * LABEL_CHARACTER_WIDTH + LABEL_PADDING;
      placed.push({ id: arc.id, kind: arc.kind, label: arc.label, labelWidth, from, to });
    }
    return placed;
  }

  /** The first highlight element of each annotation drawn in the paragraphs near the viewport. */
  private highlightElementsNearViewport(text: HTMLElement): Map<string, Element> {
    const first = new Map<string, Element>();
    // A view squeezed to a few lines (the search view open above it) still reaches the lines around.
    const screens = Math.max(SCREENS_AROUND, MIN_REACH_PX / Math.max(1, this.scroller.clientHeight));
    const window = visibleParagraphs(this.scroller, text.children, screens);
    if (!window) return first;
    for (let p = window.first; p <= window.last; p++) {
      for (const element of text.children[p]!.querySelectorAll('[data-annotation-id]')) {
        for (const id of element.getAttribute('data-annotation-id')!.split(' ')) {
          if (!first.has(id)) first.set(id, element);
        }
      }
    }
    return first;
  }

  /** Every line box of one annotation's highlight (for the focus ring), in layer coordinates. */
  private boxesOf(text: HTMLElement, annotationId: string): Box[] {
    const origin = this.origin();
    const boxes: Box[] = [];
    for (const element of text.querySelectorAll(`[data-annotation-id~="${CSS.escape(annotationId)}"]`)) {
      for (const rect of element.getClientRects()) boxes.push(toLayer(rect, origin));
    }
    return boxes;
  }

  /** Where the layer's (0, 0) is on screen: the scroller's content corner. */
  private origin(): { x: number; y: number } {
    const rect = this.scroller.getBoundingClientRect();
    return {
      x: rect.left + this.scroller.clientLeft - this.scroller.scrollLeft,
      y: rect.top + this.scroller.clientTop - this.scroller.scrollTop,
    };
  }

  private write(arcs: readonly ArcGeometry[], ring: readonly Box[]): void {
    const signature = JSON.stringify([arcs, ring]);
    if (signature === this.drawnSignature) return;
    this.drawnSignature = signature;
    this.svg.replaceChildren(...drawArcs(arcs), ...drawRing(ring));
  }
}

function toLayer(rect: DOMRect, origin: { x: number; y: number }): Box {
  return {
    left: rect.left - origin.x,
    right: rect.right - origin.x,
    top: rect.top - origin.y,
    bottom: rect.bottom - origin.y,
  };
}
