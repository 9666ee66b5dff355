import { labelCounts, type UnitValues } from './coding-table';
import { measured, undefinedMeasure, type Measurement } from './measurement';

/**
 * Percent agreement (as a proportion, 0–1): for each unit with two values or more, the share of
 * its pairs of values that agree; then the mean over those units. With two coders this is the
 * share of units both coded on which they gave the same label. No chance correction. Undefined
 * when no unit has two values.
 */
export function percentAgreement(units: Iterable<UnitValues>): Measurement {
  let sum = 0;
  let pairable = 0;
  for (const unit of units) {
    const m = unit.size;
    if (m < 2) continue;
    let agreeing = 0;
    for (const n of labelCounts(unit).values()) agreeing += n * (n - 1);
    sum += agreeing / (m * (m - 1));
    pairable++;
  }
  if (pairable === 0) return undefinedMeasure('no unit has values from two coders, so nothing can be compared');
  return measured(sum / pairable);
}
