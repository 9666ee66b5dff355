import type { FigureContext, FigureValues } from '../../shared/normalise/figure-proposal';
import { normaliseFigure } from '../../shared/normalise/figure-value';

/** A figure as the tests write it: what is not given is null, a count, exact. */
export const fig = (fields: Partial<FigureValues>): FigureValues => ({
  value: null,
  min: null,
  max: null,
  unit: null,
  kind: 'count',
  qualifier: 'exact',
  ...fields,
});

/** The normaliser's answer without the hedge word (tested on its own). */
export function normalised(quote: string, context?: FigureContext): FigureValues | null {
  const proposal = normaliseFigure(quote, context);
  if (!proposal) return null;
  const { hedge: _hedge, ...values } = proposal;
  return values;
}
