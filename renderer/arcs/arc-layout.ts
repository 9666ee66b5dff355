/** A box in the arc layer's coordinates (the scroller's content, in CSS pixels). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** One end of an arc: its first line box, and the bottom of the glyphs of the line above it. */
export interface ArcEnd extends Box {
  /** The arcs over this end's line stay below this height (they never cross the line above). */
  ceiling: number;
}

/** An arc whose two ends were found on the page. */
export interface PlacedArc {
  id: string;
  kind: 'relation' | 'role';
  label: string;
  /** The label's width as drawn (estimated from its length: measuring text would cost a layout). */
  labelWidth: number;
  from: ArcEnd;
  to: ArcEnd;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where an arc is drawn: a path of level and upright runs from the top of its source to the top
 * of its target. On one line it goes up, across above the line, and down; between lines it goes
 * up from the source, right into the margin, along the margin to the target's line, and back in
 * above it (as brat splits such arcs), so it never passes over the glyphs of another line.
 */
export interface ArcGeometry {
  id: string;
  kind: 'relation' | 'role';
  label: string;
  labelWidth: number;
  /** The corners of the path, source first; two points in a row share x or y. */
  points: Point[];
  /** Where the label is written: on the run above each line the arc touches (one or two). */
  labels: Point[];
  /** The stacking level of each of those runs (0 lowest). */
  levels: number[];
}

export interface ArcMetrics {
  /** Height of the lowest run above a line's top (less when the gap above the line is small). */
  baseGap: number;
  /** Height between two levels (less when the gap cannot hold them all). */
  levelGap: number;
  /** Ends whose tops differ by less than this are on one line (one row of arcs). */
  rowTolerance: number;
  /** The highest run keeps this far below the line above. */
  clearance: number;
  /** Distance between two arcs running down the margin side by side. */
  laneGap: number;
}

export const DEFAULT_ARC_METRICS: ArcMetrics = { baseGap: 8, levelGap: 9, rowTolerance: 8, clearance: 2, laneGap: 4 };

/** The margin beside the text, right of every line: where arcs between lines run up or down. */
export interface ArcMargin {
  left: number;
  width: number;
}

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

/** A level run above one row: from an end's foot to the other foot, or to the margin. */
interface Run extends ArcExtent {
  labelX: number;
}

/** The space above a row: its highest glyph top and the lowest bottom of the line above. */
interface Band {
  top: number;
  ceiling: number;
  maxLevel: number;
}

/** Where the two feet stand: the middles of the ends, set apart for a link of an annotation to itself. */
function feet(arc: PlacedArc): { fromX: number; toX: number } {
  const fromX = (arc.from.left + arc.from.right) / 2;
  const toX = (arc.to.left + arc.to.right) / 2;
  if (Math.abs(fromX - toX) >= 1) return { fromX, toX };
  const quarter = Math.max(2, (arc.from.right - arc.from.left) / 4);
  return { fromX: fromX - quarter, toX: toX + quarter };
}

/** The height of a run at `level` above the band: stacked down from the line, squeezed to fit the gap. */
function runHeight(band: Band, level: number, metrics: ArcMetrics): number {
  const room = band.top - band.ceiling;
  const lowest = band.top - Math.min(metrics.baseGap, room / 2);
  const highest = band.ceiling + Math.min(metrics.clearance, room / 2);
  const step = band.maxLevel === 0 ? 0 : Math.min(metrics.levelGap, (lowest - highest) / band.maxLevel);
  return lowest - level * step;
}

/**
 * Lays arcs out in the gaps between lines: runs above one row stack in levels (`stackLevels`,
 * squeezed into the gap when there are many); arcs between rows go through the margin, in lanes
 * that do not overlap where they run side by side.
 */
export function layoutArcs(
  arcs: readonly PlacedArc[],
  margin: ArcMargin,
  metrics: ArcMetrics = DEFAULT_ARC_METRICS,
): ArcGeometry[] {
  const rows = rowsOfTops(
    arcs.flatMap((a) => [a.from.top, a.to.top]),
    metrics.rowTolerance,
  );
  const bands = new Map<number, Band>();
  arcs.forEach((arc, i) => {
    for (const [end, row] of [
      [arc.from, rows[2 * i]!],
      [arc.to, rows[2 * i + 1]!],
    ] as const) {
      const band = bands.get(row);
      bands.set(row, {
        top: Math.min(band?.top ?? Infinity, end.top),
        ceiling: Math.max(band?.ceiling ?? -Infinity, end.ceiling),
        maxLevel: 0,
      });
    }
  });

  const runs: Run[][] = arcs.map((arc, i) => {
    const { fromX, toX } = feet(arc);
    const half = arc.labelWidth / 2;
    const [fromRow, toRow] = [rows[2 * i]!, rows[2 * i + 1]!];
    if (fromRow === toRow) {
      const middle = (fromX + toX) / 2;
      const [left, right] = [Math.min(fromX, toX, middle - half), Math.max(fromX, toX, middle + half)];
      return [{ id: `${i}`, row: fromRow, left, right, labelX: middle }];
    }
    return [
      [fromX, fromRow],
      [toX, toRow],
    ].map(([x, row], end) => {
      const labelX = (x! + margin.left) / 2;
      return { id: `${i}:${end}`, row: row!, left: Math.min(x!, labelX - half), right: margin.left, labelX };
    });
  });
  const levels = stackLevels(runs.flat());
  for (const run of runs.flat()) {
    const band = bands.get(run.row)!;
    band.maxLevel = Math.max(band.maxLevel, levels.get(run.id)!);
  }
  const heights = runs.map((list) => list.map((run) => runHeight(bands.get(run.row)!, levels.get(run.id)!, metrics)));

  // Arcs between rows run down (or up) the margin: side by side where their stretches overlap.
  const stretches = runs.flatMap((list, i) =>
    list.length === 2 ? [{ id: `${i}`, row: 0, left: Math.min(...heights[i]!), right: Math.max(...heights[i]!) }] : [],
  );
  const lanes = stackLevels(stretches);
  const laneCount = Math.max(0, ...lanes.values()) + 1;
  const laneStep = Math.min(metrics.laneGap, margin.width / laneCount);

  return arcs.map((arc, i) => {
    const { fromX, toX } = feet(arc);
    const fromY = heights[i]![0]!;
    const toY = heights[i]![1] ?? fromY;
    const laneX = margin.left + (lanes.get(`${i}`) ?? 0) * laneStep;
    const corners =
      runs[i]!.length === 1
        ? [
            { x: fromX, y: fromY },
            { x: toX, y: fromY },
          ]
        : [
            { x: fromX, y: fromY },
            { x: laneX, y: fromY },
            { x: laneX, y: toY },
            { x: toX, y: toY },
          ];
    return {
      id: arc.id,
      kind: arc.kind,
      label: arc.label,
      labelWidth: arc.labelWidth,
      points: [{ x: fromX, y: arc.from.top }, ...corners, { x: toX, y: arc.to.top }],
      labels: runs[i]!.map((run, r) => ({ x: run.labelX, y: heights[i]![r]! })),
      levels: runs[i]!.map((run) => levels.get(run.id)!),
    };
  });
}
