import type { ArcGeometry, Box } from './arc-layout';

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

/** The path of one arc: up from the source, across with rounded corners, down onto the target. */
export function arcPath(arc: ArcGeometry): string {
  const { fromX, fromY, toX, toY, barY } = arc;
  const direction = toX >= fromX ? 1 : -1;
  const r = Math.min(CORNER, Math.abs(toX - fromX) / 2);
  return [
    `M ${fromX} ${fromY}`,
    `L ${fromX} ${barY + r}`,
    `Q ${fromX} ${barY} ${fromX + direction * r} ${barY}`,
    `L ${toX - direction * r} ${barY}`,
    `Q ${toX} ${barY} ${toX} ${barY + r}`,
    `L ${toX} ${toY}`,
  ].join(' ');
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
    group.append(element('path', { d: arcPath(arc), class: 'tw-arc__line', 'marker-end': `url(#${ARROW_MARKER_ID})` }));
    const label = element('text', { x: arc.labelX, y: arc.barY + 4, class: 'tw-arc__label' });
    label.textContent = arc.label;
    const backing = element('rect', {
      x: arc.labelX - arc.labelWidth / 2,
      y: arc.barY - LABEL_HEIGHT / 2,
      width: arc.labelWidth,
      height: LABEL_HEIGHT,
      rx: 3,
      class: 'tw-arc__backing',
    });
    group.append(backing, label);
    return group;
  });
  return [defs, ...groups];
}

/** A ring around each line box of the annotation link mode points at. */
export function drawRing(boxes: readonly Box[]): SVGElement[] {
  return boxes.map((b) =>
    element('rect', {
      x: b.left - 3,
      y: b.top - 2,
      width: b.right - b.left + 6,
      height: b.bottom - b.top + 4,
      rx: 3,
      class: 'tw-arc-target',
    }),
  );
}
