import { describe, expect, it } from 'vitest';
import { barChartLayout, CHART } from '../../../../renderer/agreement/bar-chart-layout';

const plotBottom = CHART.height - CHART.bottom;

describe('the agreement bar chart’s layout', () => {
  it('scales 0 to 1 between the plot’s bottom and top, a bar per value, none for an undefined one', () => {
    const { bars, ticks, zero } = barChartLayout([1, 0.5, null]);
    expect(zero).toBe(plotBottom);
    expect(ticks.map((t) => t.value)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks.at(-1)!.y).toBe(CHART.top);
    expect(bars[0]).toMatchObject({ y: CHART.top, height: plotBottom - CHART.top });
    expect(bars[1]!.height).toBeCloseTo((plotBottom - CHART.top) / 2, 9);
    expect(bars[2]).toMatchObject({ y: null, height: 0 });
    // Equal bands across the plot, each bar centred in its own.
    const band = (CHART.width - CHART.left - CHART.right) / 3;
    expect(bars.map((b) => b.centre)).toEqual([0.5, 1.5, 2.5].map((k) => CHART.left + band * k));
  });

  it('reaches below 0, by quarters, for a negative kappa or alpha, the bar hanging from 0', () => {
    const { bars, ticks, zero } = barChartLayout([-0.1, 0.8]);
    expect(ticks.map((t) => t.value)).toEqual([-0.25, 0, 0.25, 0.5, 0.75, 1]);
    expect(ticks[0]!.y).toBe(plotBottom);
    expect(bars[0]!.y).toBe(zero);
    expect(bars[0]!.height).toBeCloseTo(((plotBottom - CHART.top) / 1.25) * 0.1, 9);
  });

  it('stops at −1 for a value below it (a unitised alpha can be): the bar ends at the plot’s bottom', () => {
    const { bars, ticks } = barChartLayout([-2.4, 1]);
    expect(ticks[0]).toEqual({ value: -1, y: plotBottom });
    expect(bars[0]!.y! + bars[0]!.height).toBe(plotBottom);
  });
});
