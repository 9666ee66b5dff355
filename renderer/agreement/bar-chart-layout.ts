/** The drawing area of a bar chart, in SVG user units. */
export const CHART = { width: 560, height: 260, top: 20, right: 16, bottom: 56, left: 64 } as const;

export interface BarLayout {
  /** Centre of the bar's band (where its name and value are written). */
  centre: number;
  x: number;
  width: number;
  /** Top and height of the bar; null when its value is undefined (no bar). */
  y: number | null;
  height: number;
}

export interface ChartLayout {
  bars: BarLayout[];
  /** Gridlines and axis ticks: each value and its height. */
  ticks: { value: number; y: number }[];
  /** The height of 0, where bars start. */
  zero: number;
}

/**
 * Where a bar chart of agreement values draws its bars and ticks: the scale runs from 0 (or
 * lower, in quarters, when a value is negative: kappa and alpha can be; never below −1) to 1,
 * the most any measure reaches. A value without a number gets a band but no bar.
 */
export function barChartLayout(values: readonly (number | null)[]): ChartLayout {
  const lowest = Math.min(0, ...values.filter((v) => v !== null));
  const bottom = Math.max(-1, Math.floor(lowest * 4) / 4);
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const yOf = (v: number) => CHART.top + ((1 - v) / (1 - bottom)) * plotHeight;
  const band = (CHART.width - CHART.left - CHART.right) / Math.max(values.length, 1);
  const zero = yOf(0);
  const bars = values.map((v, i) => {
    const centre = CHART.left + band * (i + 0.5);
    const width = band * 0.6;
    if (v === null) return { centre, x: centre - width / 2, width, y: null, height: 0 };
    // Unitised alpha can fall below −1: its bar stops at the scale's bottom (its value is written).
    const end = yOf(Math.max(v, bottom));
    return { centre, x: centre - width / 2, width, y: Math.min(end, zero), height: Math.abs(end - zero) };
  });
  const ticks: { value: number; y: number }[] = [];
  for (let k = 0; bottom + k * 0.25 <= 1; k++) ticks.push({ value: bottom + k * 0.25, y: yOf(bottom + k * 0.25) });
  return { bars, ticks, zero };
}
