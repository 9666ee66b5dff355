import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutArcs, rowsOfTops, stackLevels, type PlacedArc } from '../../../../renderer/arcs/arc-layout';

const box = (left: number, right: number, top = 100) => ({ left, right, top, bottom: top + 20 });
const arc = (id: string, from: ReturnType<typeof box>, to: ReturnType<typeof box>): PlacedArc => ({
  id,
  kind: 'relation',
  label: 'attributed to',
  labelWidth: 10,
  from,
  to,
});

describe('arc stacking', () => {
  it('puts arcs that overlap on one line at different levels, the shorter one lower', () => {
    const laid = layoutArcs([arc('long', box(0, 10), box(400, 420)), arc('short', box(100, 110), box(200, 210))]);
    const level = (id: string) => laid.find((a) => a.id === id)!.level;
    expect(level('short')).toBe(0);
    expect(level('long')).toBe(1);
    expect(laid.find((a) => a.id === 'long')!.barY).toBeLessThan(laid.find((a) => a.id === 'short')!.barY);
  });

  it('lets arcs side by side, or on different lines, share the lowest level', () => {
    const laid = layoutArcs([
      arc('left', box(0, 10), box(100, 110)),
      arc('right', box(200, 210), box(300, 310)),
      arc('below', box(0, 10, 200), box(400, 410, 200)),
    ]);
    expect(laid.map((a) => a.level)).toEqual([0, 0, 0]);
  });

  it('runs an arc between two lines above the higher end, from the middle of one end to the other', () => {
    const [laid] = layoutArcs([arc('a', box(300, 340, 200), box(20, 60, 100))]);
    expect(laid).toMatchObject({ fromX: 320, fromY: 200, toX: 40, toY: 100, labelX: 180 });
    expect(laid!.barY).toBeLessThan(100);
  });

  it('gives a link of an annotation to itself two distinct feet', () => {
    const [laid] = layoutArcs([arc('self', box(100, 140), box(100, 140))]);
    expect(laid!.toX - laid!.fromX).toBeGreaterThan(4);
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
});
