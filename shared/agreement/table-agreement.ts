import { unitsOf, type Coding } from './coding-table';
import { cohenKappa } from './cohen-kappa';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlpha } from './krippendorff-alpha';
import { undefinedMeasure, type Measurement } from './measurement';
import { percentAgreement } from './percent-agreement';

/** The measures a coding table can be asked for (`tagwright agreement --units TABLE --metric M`). */
export const TABLE_METRICS = ['alpha', 'fleiss', 'cohen', 'percent'] as const;
export type TableMetric = (typeof TABLE_METRICS)[number];

export const isTableMetric = (name: string): name is TableMetric => (TABLE_METRICS as readonly string[]).includes(name);

/**
 * One measure over a whole coding table. A coder who labelled a unit twice makes every measure
 * undefined (which label counts?); Cohen's kappa needs exactly two coders in the table.
 */
export function measureTable(codings: readonly Coding[], metric: TableMetric): Measurement {
  const grouped = unitsOf(codings);
  if ('duplicate' in grouped) {
    const { coder, unit } = grouped.duplicate;
    return undefinedMeasure(`coder "${coder}" labelled unit "${unit}" more than once`);
  }
  const { units, coders } = grouped;
  switch (metric) {
    case 'alpha':
      return krippendorffAlpha(units);
    case 'fleiss':
      return fleissKappa(units);
    case 'percent':
      return percentAgreement(units);
    case 'cohen':
      return coders.length === 2
        ? cohenKappa(units, [coders[0]!, coders[1]!])
        : undefinedMeasure(
            `Cohen's kappa compares two coders; this table has ${coders.length} (use alpha or fleiss for more)`,
          );
  }
}
