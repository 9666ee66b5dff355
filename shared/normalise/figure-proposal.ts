/** What a figure is: a number of things, a share, an amount of money, a date or a length of time. */
export const FIGURE_KINDS = ['count', 'percentage', 'money', 'date', 'duration'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** How the text pins the figure down: "more than 3,400" is at least 3,400, "20-30%" a range. */
export const FIGURE_QUALIFIERS = ['exact', 'approximate', 'at least', 'at most', 'range'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** The words a figure was hedged with, as the first Figure labels' qualifier choices named them. */
export type FigureHedge = 'over' | 'under' | 'about' | 'nearly' | 'at least' | 'up to';

/**
 * What a figure's quote normalises to. Numbers are plain (25% is 0.25, unit "percent"); a date's
 * value is an ISO 8601 string as precise as the text ("1994", "2021-05", "2020-03-12"); a range
 * fills min and max and leaves value null (the text gives no single value to put there).
 */
export interface FigureValues {
  value: number | string | null;
  min: number | null;
  max: number | null;
  /** What is counted ("mines"), "percent", an ISO 4217 currency code, a unit of time ("years"). */
  unit: string | null;
  kind: FigureKind;
  qualifier: FigureQualifier;
}

/** The values, and how the text hedged them (what `tagwright figure` prints is the values alone). */
export interface FigureProposal extends FigureValues {
  /** The hedge word's family, for labels that still offer the first qualifier choices. */
  hedge: FigureHedge | null;
}

/** The text just before and after the quote, read for a hedge ("some …") or a unit ("… mines"). */
export interface FigureContext {
  before?: string;
  after?: string;
}
