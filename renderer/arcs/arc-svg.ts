import type { ArcGeometry, Box, Point } from './arc-layout';

const SVG = 'http://www.w3.org/2000/svg';
const CORNER = 4;
const LABEL_HEIGHT = 13;
export const ARROW_MARKER_ID = 'tw-arc-arrow';

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const made = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, String(value));
  return made;
}

/** The point `distance` from `from` towards `to`. */
function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) * distance) / length, y: from.y + ((to.y - from.y) * distance) / length };
}

/** The path through an arc's corners, each corner rounded (never by more than half a run). */
export function arcPath(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const parts = [`M ${first.x} ${first.y}`];
  rest.forEach((at, i) => {
    const next = rest[i + 1];
    if (!next) {
      parts.push(`L ${at.x} ${at.y}`);
      return;
    }
    const previous = points[i]!;
    const r = Math.min(
      CORNER,
      Math.hypot(at.x - previous.x, at.y - previous.y) / 2,
      Math.hypot(next.x - at.x, next.y - at.y) / 2,
    );
    const into = towards(at, previous, r);
    const out = towards(at, next, r);
    parts.push(`L ${into.x} ${into.y}`, `Q ${at.x} ${at.y} ${out.x} ${out.y}`);
  });
  return parts.join(' ');
}

/** The arrowhead's definition, then one group per arc: its path, and its label on a backing box. */
export function drawArcs(arcs: readonly ArcGeometry[]): SVGElement[] {
  if (arcs.length === 0) return [];
  const defs = element('defs', {});
  const marker = element('marker', {
    id: ARROW_MARKER_ID,
    viewBox: '0 0 8 8',
    refX: 7,
    refY: 4,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  marker.append(element('path', { d: 'M 0 0 L 8 4 L 0 8 z', class: 'tw-arc__head' }));
  defs.append(marker);
  const groups = arcs.map((arc) => {
    const group = element('g', { class: `tw-arc tw-arc--${arc.kind}`, 'data-arc-id': arc.id });
    group.append(
      element('path', { d: arcPath(arc.points), class: 'tw-arc__line', 'marker-end': `url(#${ARROW_MARKER_ID})` }),
    );
    for (const at of arc.labels) {
      const backing = element('rect', {
        x: at.x - arc.labelWidth / 2,
        y: at.y - LABEL_HEIGHT / 2,
        width: arc.labelWidth,
        height: LABEL_HEIGHT,
        rx: 3,
        class: 'tw-arc__backing',
      });
      const label = element('text', { x: at.x, y: at.y + 4, class: 'tw-arc__label' });
      label.textContent = arc.label;
      group.append(backing, label);
    }
    return group;
  });
  return [defs, ...groups];
}

/** A ring around each line box of an annotation: link mode's target, or a drag's source and targets. */
export function drawRing(boxes: readonly Box[], className = 'tw-arc-target'): SVGElement[] {
  return boxes.map((b) =>
    element('rect', {
      x: b.left - 3,
      y: b.top - 2,
      width: b.right - b.left + 6,
      height: b.bottom - b.top + 4,
      rx: 3,
      class: className,
    }),
  );
}

/** The line a drag to link pulls from its source to the pointer. */
export function drawRubberBand(from: Point, to: Point): SVGElement {
  return element('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, class: 'tw-link-drag__band' });
}
