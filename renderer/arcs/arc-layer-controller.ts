import { layoutArcs, type ArcEnd, type ArcGeometry, type ArcMargin, type Box, type PlacedArc } from './arc-layout';
import type { ArcSpec } from './document-arcs';
import { drawArcs, drawRing } from './arc-svg';
import { highlightElementsNearViewport } from './highlights-near-viewport';
import { layerOrigin, toLayer } from './layer-coordinates';

// The label's font (arcs.css) is 11px; its average glyph is about this wide.
const LABEL_CHARACTER_WIDTH = 6.2;
const LABEL_PADDING = 6;
// Arcs between lines run down the page's padding right of the text (2rem): this far from the
// text, in at most this width.
const MARGIN_OFFSET = 6;
const MARGIN_WIDTH = 20;

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
    const laid = placed.length > 0 ? layoutArcs(placed, this.margin(text!)) : [];
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
    const elements = highlightElementsNearViewport(this.scroller, text);
    const origin = layerOrigin(this.scroller);
    const lineHeight = lineHeightOf(text);
    const ends = new Map<string, ArcEnd | null>();
    const endOf = (id: string): ArcEnd | null => {
      if (!ends.has(id)) {
        const rect = elements.get(id)?.[0]?.getClientRects()[0];
        ends.set(id, rect ? withCeiling(toLayer(rect, origin), lineHeight) : null);
      }
      return ends.get(id)!;
    };
    const placed: PlacedArc[] = [];
    for (const arc of arcs) {
      if (!elements.has(arc.from) || !elements.has(arc.to)) continue;
      const from = endOf(arc.from);
      const to = endOf(arc.to);
      if (!from || !to) continue;
      const labelWidth = arc.label.length * LABEL_CHARACTER_WIDTH + LABEL_PADDING;
      placed.push({ id: arc.id, kind: arc.kind, label: arc.label, labelWidth, from, to });
    }
    return placed;
  }

  /** The strip right of the text where arcs between lines run. */
  private margin(text: HTMLElement): ArcMargin {
    const right = text.getBoundingClientRect().right - layerOrigin(this.scroller).x;
    return { left: right + MARGIN_OFFSET, width: MARGIN_WIDTH };
  }

  /** Every line box of one annotation's highlight (for the focus ring), in layer coordinates. */
  private boxesOf(text: HTMLElement, annotationId: string): Box[] {
    const origin = layerOrigin(this.scroller);
    const boxes: Box[] = [];
    for (const element of text.querySelectorAll(`[data-annotation-id~="${CSS.escape(annotationId)}"]`)) {
      for (const rect of element.getClientRects()) boxes.push(toLayer(rect, origin));
    }
    return boxes;
  }

  private write(arcs: readonly ArcGeometry[], ring: readonly Box[]): void {
    const signature = JSON.stringify([arcs, ring]);
    if (signature === this.drawnSignature) return;
    this.drawnSignature = signature;
    this.svg.replaceChildren(...drawArcs(arcs), ...drawRing(ring));
  }
}

/** The text's line height in pixels ("normal" read as 1.2 times the font size). */
function lineHeightOf(text: HTMLElement): number {
  const style = getComputedStyle(text);
  const height = Number.parseFloat(style.lineHeight);
  return Number.isFinite(height) ? height : 1.2 * Number.parseFloat(style.fontSize);
}

/**
 * A line box with the bottom of the line above: lines are `lineHeight` apart and glyphs sit in
 * the middle of theirs, so the gap above a box is the line height less the box's own height.
 */
function withCeiling(box: Box, lineHeight: number): ArcEnd {
  return { ...box, ceiling: box.top - Math.max(0, lineHeight - (box.bottom - box.top)) };
}
