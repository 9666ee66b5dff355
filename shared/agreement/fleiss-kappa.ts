import { labelCounts, type UnitValues } from './coding-table';
import { measured, undefinedMeasure, type Measurement } from './measurement';

/**
 * Fleiss' kappa (Fleiss 1971): every unit rated by the same number n ≥ 2 of raters (not
 * necessarily the same raters). κ = (P̄ − P̄e) / (1 − P̄e), P̄ the mean share of agreeing rater
 * pairs per unit, P̄e the sum of the squared overall label proportions.
 *
 * Units with different numbers of ratings (a missing value) are refused with the reason, not
 * silently dropped or reweighted: Krippendorff's alpha is the measure for incomplete data.
 * Undefined too when there are no units, fewer than two ratings per unit, or no variation.
 */
export function fleissKappa(units: Iterable<UnitValues>): Measurement {
  let raters: number | null = null;
  let unitCount = 0;
  let agreeingPairs = 0;
  const totals = new Map<string, number>();
  for (const unit of units) {
    if (raters === null) raters = unit.size;
    if (unit.size !== raters) {
      return undefinedMeasure(
        `units have different numbers of ratings (${raters} and ${unit.size}): Fleiss' kappa needs the same number ` +
          "for every unit; Krippendorff's alpha allows missing values",
      );
    }
    unitCount++;
    for (const [label, n] of labelCounts(unit)) {
      agreeingPairs += n * (n - 1);
      totals.set(label, (totals.get(label) ?? 0) + n);
    }
  }
  if (raters === null) return undefinedMeasure('there are no units');
  if (raters < 2) return undefinedMeasure('each unit has one rating: fewer than two coders');
  const ratings = unitCount * raters;
  let squaredTotals = 0;
  for (const total of totals.values()) squaredTotals += total * total;
  if (squaredTotals === ratings * ratings) return undefinedMeasure('no variation: every rating is the same label');
  const observed = agreeingPairs / (unitCount * raters * (raters - 1));
  const expected = squaredTotals / (ratings * ratings);
  return measured((observed - expected) / (1 - expected));
}
