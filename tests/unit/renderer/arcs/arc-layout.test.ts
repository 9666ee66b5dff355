import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  layoutArcs,
  rowsOfTops,
  stackLevels,
  type ArcGeometry,
  type Box,
  type PlacedArc,
  type Point,
} from '../../../../renderer/arcs/arc-layout';

// Lines 40 px apart whose glyphs are 20 px high: a 20 px gap above each line.
const LINE = 40;
const GLYPHS = 20;
const lineTop = (line: number) => 100 + line * LINE;
const box = (left: number, right: number, top = 100) => ({
  left,
  right,
  top,
  bottom: top + GLYPHS,
  ceiling: top - (LINE - GLYPHS),
});
const arc = (id: string, from: ReturnType<typeof box>, to: ReturnType<typeof box>): PlacedArc => ({
  id,
  kind: 'relation',
  label: 'attributed to',
  labelWidth: 10,
  from,
  to,
});
const margin = { left: 606, width: 20 };
const layout = (arcs: PlacedArc[]) => layoutArcs(arcs, margin);
/** The height of an arc's first level run. */
const runY = (a: ArcGeometry) => a.points[1]!.y;

/** Whether the run from `a` to `b` (level or upright) passes through the inside of `r`. */
function crossesInside(a: Point, b: Point, r: Box): boolean {
  return (
    Math.min(a.x, b.x) < r.right &&
    Math.max(a.x, b.x) > r.left &&
    Math.min(a.y, b.y) < r.bottom &&
    Math.max(a.y, b.y) > r.top
  );
}

describe('arc stacking', () => {
  it('puts arcs that overlap on one line at different levels, the shorter one lower', () => {
    const laid = layout([arc('long', box(0, 10), box(400, 420)), arc('short', box(100, 110), box(200, 210))]);
    const level = (id: string) => laid.find((a) => a.id === id)!.levels;
    expect(level('short')).toEqual([0]);
    expect(level('long')).toEqual([1]);
    expect(runY(laid.find((a) => a.id === 'long')!)).toBeLessThan(runY(laid.find((a) => a.id === 'short')!));
  });

  it('lets arcs side by side, or on different lines, share the lowest level', () => {
    const laid = layout([
      arc('left', box(0, 10), box(100, 110)),
      arc('right', box(200, 210), box(300, 310)),
      arc('below', box(0, 10, 200), box(400, 410, 200)),
    ]);
    expect(laid.map((a) => a.levels)).toEqual([[0], [0], [0]]);
  });

  it('runs an arc on one line up from the middle of its source, across above the line, and down onto its target', () => {
    const [laid] = layout([arc('a', box(300, 340), box(20, 60))]);
    expect(laid!.points).toEqual([
      { x: 320, y: 100 },
      { x: 320, y: 92 },
      { x: 40, y: 92 },
      { x: 40, y: 100 },
    ]);
    expect(laid!.labels).toEqual([{ x: 180, y: 92 }]);
  });

  it('takes an arc between lines through the margin, never down across the lines between, labelled above both ends', () => {
    const [laid] = layout([arc('a', box(300, 340, lineTop(3)), box(20, 60, lineTop(0)))]);
    const [source, target] = [lineTop(3) - 8, lineTop(0) - 8];
    expect(laid!.points).toEqual([
      { x: 320, y: lineTop(3) },
      { x: 320, y: source },
      { x: 606, y: source },
      { x: 606, y: target },
      { x: 40, y: target },
      { x: 40, y: lineTop(0) },
    ]);
    expect(laid!.labels).toEqual([
      { x: 463, y: source },
      { x: 323, y: target },
    ]);
  });

  it('squeezes many levels into the gap above a line instead of climbing into the line above', () => {
    const nested = Array.from({ length: 6 }, (_, i) =>
      arc(`a${i}`, box(200 - 30 * i, 210 - 30 * i), box(300 + 30 * i, 310 + 30 * i)),
    );
    const laid = layout(nested);
    expect(laid.map((a) => a.levels[0])).toEqual([0, 1, 2, 3, 4, 5]);
    const heights = laid.map(runY);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(100 - (LINE - GLYPHS));
    expect(new Set(heights).size).toBe(6);
  });

  it('gives a link of an annotation to itself two distinct feet', () => {
    const [laid] = layout([arc('self', box(100, 140), box(100, 140))]);
    expect(laid!.points.at(-1)!.x - laid!.points[0]!.x).toBeGreaterThan(4);
  });

  it('groups tops within the tolerance into one row', () => {
    expect(rowsOfTops([100, 300, 103, 299], 8)).toEqual([0, 1, 0, 1]);
  });

  it('never gives two overlapping arcs of one row the same level (property)', () => {
    const extent = fc
      .record({ row: fc.integer({ min: 0, max: 3 }), left: fc.integer({ min: 0, max: 500 }), width: fc.nat(300) })
      .map((e) => ({ row: e.row, left: e.left, right: e.left + e.width + 1 }));
    fc.assert(
      fc.property(fc.array(extent, { maxLength: 40 }), (list) => {
        const extents = list.map((e, i) => ({ ...e, id: `a${i}` }));
        const levels = stackLevels(extents);
        for (const a of extents) {
          for (const b of extents) {
            if (a === b || a.row !== b.row || !(a.left < b.right && b.left < a.right)) continue;
            expect(levels.get(a.id)).not.toBe(levels.get(b.id));
          }
        }
        // Levels stay low: never above the number of arcs an arc overlaps in its row.
        for (const a of extents) {
          const overlapping = extents.filter((b) => b !== a && b.row === a.row && a.left < b.right && b.left < a.right);
          expect(levels.get(a.id)).toBeLessThanOrEqual(overlapping.length);
        }
      }),
    );
  });

  it('keeps every arc in the gaps between lines and the margin, from the top of its source to the top of its target (property)', () => {
    const lines = Array.from({ length: 8 }, (_, k) => ({
      left: 0,
      right: 600,
      top: lineTop(k),
      bottom: lineTop(k) + GLYPHS,
    }));
    const end = fc
      .record({
        line: fc.integer({ min: 0, max: 7 }),
        left: fc.integer({ min: 0, max: 580 }),
        width: fc.integer({ min: 1, max: 20 }),
      })
      .map((e) => box(e.left, e.left + e.width, lineTop(e.line)));
    const arcs = fc.array(fc.record({ from: end, to: end, labelWidth: fc.integer({ min: 6, max: 120 }) }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(arcs, (list) => {
        const laid = layout(list.map((a, i) => ({ ...arc(`a${i}`, a.from, a.to), labelWidth: a.labelWidth })));
        laid.forEach((geometry, i) => {
          const { from, to } = list[i]!;
          const { points } = geometry;
          expect(points[0]!.y).toBe(from.top);
          expect(points.at(-1)!.y).toBe(to.top);
          for (let p = 1; p < points.length; p++) {
            const [a, b] = [points[p - 1]!, points[p]!];
            expect(a.x === b.x || a.y === b.y).toBe(true);
            for (const line of lines) expect(crossesInside(a, b, line)).toBe(false);
          }
          for (const label of geometry.labels)
            expect(lines.some((l) => l.top < label.y && label.y < l.bottom)).toBe(false);
        });
      }),
    );
  });
});
