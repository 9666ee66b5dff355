/** A box in the arc layer's coordinates (the scroller's content, in CSS pixels). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** An arc whose two ends were found on the page: the first line box of each end. */
export interface PlacedArc {
  id: string;
  kind: 'relation' | 'role';
  label: string;
  /** The label's width as drawn (estimated from its length: measuring text would cost a layout). */
  labelWidth: number;
  from: Box;
  to: Box;
}

/** Where an arc is drawn: up from its source, across at its level's height, down onto its target. */
export interface ArcGeometry {
  id: string;
  kind: 'relation' | 'role';
  label: string;
  level: number;
  fromX: number;
  fromY: number;
  toX: number;
  toY: number;
  /** The height of the horizontal run. */
  barY: number;
  /** The middle of the horizontal run, where the label sits. */
  labelX: number;
  labelWidth: number;
}

export interface ArcMetrics {
  /** Height of the lowest run above the higher end's top. */
  baseGap: number;
  /** Height between two levels. */
  levelGap: number;
  /** Ends whose tops differ by less than this are on one line (one row of arcs). */
  rowTolerance: number;
}

export const DEFAULT_ARC_METRICS: ArcMetrics = { baseGap: 8, levelGap: 9, rowTolerance: 8 };

/** One arc's claim on the space above a line: the row it runs in and its horizontal extent. */
export interface ArcExtent {
  id: string;
  row: number;
  left: number;
  right: number;
}

/**
 * Stacking levels (0 lowest): within a row, two arcs whose extents overlap never share a level.
 * Shorter arcs are placed first, so they stay low and long ones pass above them (as brat draws).
 */
export function stackLevels(extents: readonly ArcExtent[]): Map<string, number> {
  const levels = new Map<string, number>();
  const placed = new Map<number, { left: number; right: number; level: number }[]>();
  const order = [...extents].sort(
    (a, b) => a.right - a.left - (b.right - b.left) || a.left - b.left || (a.id < b.id ? -1 : 1),
  );
  for (const extent of order) {
    const row = placed.get(extent.row) ?? [];
    const taken = new Set(row.filter((p) => p.left < extent.right && extent.left < p.right).map((p) => p.level));
    let level = 0;
    while (taken.has(level)) level++;
    row.push({ left: extent.left, right: extent.right, level });
    placed.set(extent.row, row);
    levels.set(extent.id, level);
  }
  return levels;
}

/** Row numbers for line tops: tops closer than `tolerance` to the previous one share its row. */
export function rowsOfTops(tops: readonly number[], tolerance: number): number[] {
  const order = tops.map((top, index) => ({ top, index })).sort((a, b) => a.top - b.top);
  const rows = new Array<number>(tops.length);
  let row = -1;
  let rowTop = -Infinity;
  for (const { top, index } of order) {
    if (top - rowTop >= tolerance) {
      row++;
      rowTop = top;
    }
    rows[index] = row;
  }
  return rows;
}

/**
 * Lays out arcs above the text: each runs at the row of its higher end, its extent covering both
 * ends and its label, its level from `stackLevels`. A relation of an annotation to itself gets a
 * small loop over its box instead of a line of no width.
 */
export function layoutArcs(arcs: readonly PlacedArc[], metrics: ArcMetrics = DEFAULT_ARC_METRICS): ArcGeometry[] {
  const ends = arcs.map((arc) => {
    let fromX = (arc.from.left + arc.from.right) / 2;
    let toX = (arc.to.left + arc.to.right) / 2;
    if (Math.abs(fromX - toX) < 1) {
      const quarter = Math.max(2, (arc.from.right - arc.from.left) / 4);
      fromX -= quarter;
      toX += quarter;
    }
    const middle = (fromX + toX) / 2;
    const half = arc.labelWidth / 2;
    return {
      arc,
      fromX,
      toX,
      middle,
      top: Math.min(arc.from.top, arc.to.top),
      left: Math.min(fromX, toX, middle - half),
      right: Math.max(fromX, toX, middle + half),
    };
  });
  const rows = rowsOfTops(
    ends.map((e) => e.top),
    metrics.rowTolerance,
  );
  const levels = stackLevels(ends.map((e, i) => ({ id: e.arc.id, row: rows[i]!, left: e.left, right: e.right })));
  return ends.map(({ arc, fromX, toX, middle, top }) => {
    const level = levels.get(arc.id) ?? 0;
    return {
      id: arc.id,
      kind: arc.kind,
      label: arc.label,
      level,
      fromX,
      fromY: arc.from.top,
      toX,
      toY: arc.to.top,
      barY: top - metrics.baseGap - level * metrics.levelGap,
      labelX: middle,
      labelWidth: arc.labelWidth,
    };
  });
}
