import type { RelationType } from '../../shared/model';
import type { Box, Point } from '../arcs/arc-layout';
import { drawRing, drawRubberBand } from '../arcs/arc-svg';
import { highlightElementsNearViewport } from '../arcs/highlights-near-viewport';
import { layerOrigin, toLayer } from '../arcs/layer-coordinates';
import type { DragPlan } from './link-actions';

/** The pointer must move this far (CSS pixels) before a press becomes a drag: a click stays a click. */
export const DRAG_THRESHOLD_PX = 4;

/** Where a drag ended on an allowed target: what to link, and where the pointer was (for a menu). */
export interface LinkDrop {
  sourceId: string;
  targetId: string;
  types: readonly RelationType[];
  at: Point;
}

export interface LinkDragCallbacks {
  /** The plan for a press on a highlight of these annotations (innermost first), or null: no drag. */
  planFrom(annotationIds: readonly string[]): DragPlan | null;
  drop(drop: LinkDrop): void;
  /** Released elsewhere, or Escape: why nothing was made. */
  cancel(why: string): void;
}

interface Drag {
  plan: DragPlan;
  start: Point;
  pointer: Point;
  /** False until the pointer has moved DRAG_THRESHOLD_PX from where it was pressed. */
  started: boolean;
  /** The allowed target under the pointer. */
  overId: string | null;
}

/**
 * Drag to link: Alt + press on a highlight, then drag to another. The press is taken from the
 * browser only with Alt held (without it, pressing on a highlight and dragging selects text, as
 * it must for labelling inside a highlight). Past a few pixels it draws, on its own SVG over the
 * text, a line from the source to the pointer and rings around the allowed targets near the
 * viewport (the one under the pointer stronger); a release on one of them is a drop; elsewhere,
 * or Escape, cancels. A press with no movement stays a click (the editor selects the highlight).
 */
export class LinkDragController {
  private drag: Drag | null = null;
  private frame = 0;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly scroller: HTMLElement,
    private readonly callbacks: LinkDragCallbacks,
  ) {
    scroller.addEventListener('mousedown', this.onMouseDown, true);
  }

  destroy(): void {
    this.scroller.removeEventListener('mousedown', this.onMouseDown, true);
    this.end();
  }

  private readonly onMouseDown = (event: MouseEvent): void => {
    if (event.button !== 0 || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const ids = this.annotationIdsAt(event.target);
    const plan = ids.length > 0 ? this.callbacks.planFrom(ids) : null;
    if (!plan) return;
    // No text selection, no native drag of selected text: this press may become a link.
    event.preventDefault();
    const at = { x: event.clientX, y: event.clientY };
    this.drag = { plan, start: at, pointer: at, started: false, overId: null };
    window.addEventListener('mousemove', this.onMouseMove, true);
    window.addEventListener('mouseup', this.onMouseUp, true);
    window.addEventListener('keydown', this.onKeyDown, true);
    this.scroller.addEventListener('scroll', this.schedule, { passive: true });
  };

  private readonly onMouseMove = (event: MouseEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    if (event.buttons === 0) return this.finish(event);
    drag.pointer = { x: event.clientX, y: event.clientY };
    if (!drag.started) {
      if (Math.hypot(drag.pointer.x - drag.start.x, drag.pointer.y - drag.start.y) < DRAG_THRESHOLD_PX) return;
      drag.started = true;
      this.scroller.classList.add('is-link-dragging');
    }
    event.preventDefault();
    drag.overId = this.allowedTargetAt(event.target, drag.plan);
    this.schedule();
  };

  private readonly onMouseUp = (event: MouseEvent): void => this.finish(event);

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.drag?.started) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.end();
    this.callbacks.cancel('Link cancelled.');
  };

  private finish(event: MouseEvent): void {
    const drag = this.drag;
    this.end();
    if (!drag?.started) return;
    const targetId = this.allowedTargetAt(event.target, drag.plan);
    if (!targetId) {
      this.callbacks.cancel('No link made: release the mouse on a ringed highlight to link to it.');
      return;
    }
    const types = drag.plan.targets.get(targetId)!;
    this.callbacks.drop({ sourceId: drag.plan.sourceId, targetId, types, at: { x: event.clientX, y: event.clientY } });
  }

  private end(): void {
    this.drag = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    window.removeEventListener('mousemove', this.onMouseMove, true);
    window.removeEventListener('mouseup', this.onMouseUp, true);
    window.removeEventListener('keydown', this.onKeyDown, true);
    this.scroller.removeEventListener('scroll', this.schedule);
    this.scroller.classList.remove('is-link-dragging');
    this.svg.replaceChildren();
  }

  private readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  /** The source and the allowed targets near the viewport, ringed, and the line to the pointer. */
  private draw(): void {
    const drag = this.drag;
    const text = this.scroller.querySelector<HTMLElement>('.tw-docview__text');
    if (!drag || !text) return;
    const origin = layerOrigin(this.scroller);
    const boxes = (elements: readonly Element[]): Box[] =>
      elements.flatMap((e) => [...e.getClientRects()].map((r) => toLayer(r, origin)));
    const near = highlightElementsNearViewport(this.scroller, text);
    const source = boxes(near.get(drag.plan.sourceId) ?? []);
    const targets: Box[] = [];
    for (const id of drag.plan.targets.keys()) if (id !== drag.overId) targets.push(...boxes(near.get(id) ?? []));
    const over = drag.overId ? boxes(near.get(drag.overId) ?? []) : [];
    const from = source[0] ? { x: (source[0].left + source[0].right) / 2, y: source[0].top } : null;
    const pointer = { x: drag.pointer.x - origin.x, y: drag.pointer.y - origin.y };
    this.svg.replaceChildren(
      ...drawRing(targets, 'tw-link-drag__target'),
      ...drawRing(over, 'tw-link-drag__target is-over'),
      ...drawRing(source, 'tw-link-drag__source'),
      ...(from ? [drawRubberBand(from, pointer)] : []),
    );
  }

  /** The annotations of the highlight under an event's target, innermost first (as a click reads them). */
  private annotationIdsAt(target: EventTarget | null): string[] {
    const text = this.scroller.querySelector('.tw-docview__text');
    const highlight = target instanceof Element ? target.closest('[data-annotation-id]') : null;
    if (!highlight || !text?.contains(highlight)) return [];
    return highlight.getAttribute('data-annotation-id')!.split(' ');
  }

  private allowedTargetAt(target: EventTarget | null, plan: DragPlan): string | null {
    return this.annotationIdsAt(target).find((id) => plan.targets.has(id)) ?? null;
  }
}
