import { labelCounts, type UnitValues } from './coding-table';
import { measured, undefinedMeasure, type Measurement } from './measurement';
import { measureUnits, type UnitTally } from './unit-tally';

/**
 * Percent agreement (as a proportion, 0–1): for each unit with two values or more, the share of
 * its pairs of values that agree; then the mean over those units. With two coders this is the
 * share of units both coded on which they gave the same label. No chance correction. Undefined
 * when no unit has two values.
 */
export class PercentAgreementTally implements UnitTally {
  #sum = 0;
  #pairable = 0;

  add(unit: UnitValues, times = 1): void {
    const m = unit.size;
    if (m < 2) return;
    let agreeing = 0;
    for (const n of labelCounts(unit).values()) agreeing += n * (n - 1);
    this.#sum += (times * agreeing) / (m * (m - 1));
    this.#pairable += times;
  }

  result(): Measurement {
    if (this.#pairable === 0) {
      return undefinedMeasure('no unit has values from two coders, so nothing can be compared');
    }
    return measured(this.#sum / this.#pairable);
  }
}

export const percentAgreement = (units: Iterable<UnitValues>) => measureUnits(new PercentAgreementTally(), units);
