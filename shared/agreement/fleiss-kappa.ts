import { labelCounts, type UnitValues } from './coding-table';
import { measured, undefinedMeasure, type Measurement } from './measurement';
import { measureUnits, type UnitTally } from './unit-tally';

/**
 * Fleiss' kappa (Fleiss 1971): every unit rated by the same number n ≥ 2 of raters (not
 * necessarily the same raters). κ = (P̄ − P̄e) / (1 − P̄e), P̄ the mean share of agreeing rater
 * pairs per unit, P̄e the sum of the squared overall label proportions.
 *
 * Units with different numbers of ratings (a missing value) are refused with the reason, not
 * silently dropped or reweighted: Krippendorff's alpha is the measure for incomplete data.
 * Undefined too when there are no units, fewer than two ratings per unit, or no variation.
 */
export class FleissKappaTally implements UnitTally {
  #raters: number | null = null;
  #unequal: string | null = null;
  #units = 0;
  #agreeingPairs = 0;
  readonly #totals = new Map<string, number>();

  add(unit: UnitValues, times = 1): void {
    if (this.#unequal !== null) return;
    this.#raters ??= unit.size;
    if (unit.size !== this.#raters) {
      this.#unequal = `${this.#raters} and ${unit.size}`;
      return;
    }
    this.#units += times;
    for (const [label, n] of labelCounts(unit)) {
      this.#agreeingPairs += times * n * (n - 1);
      this.#totals.set(label, (this.#totals.get(label) ?? 0) + times * n);
    }
  }

  result(): Measurement {
    const raters = this.#raters;
    if (this.#unequal !== null) {
      return undefinedMeasure(
        `units have different numbers of ratings (${this.#unequal}): Fleiss' kappa needs the same number ` +
          "for every unit; Krippendorff's alpha allows missing values",
      );
    }
    if (raters === null) return undefinedMeasure('there are no units');
    if (raters < 2) return undefinedMeasure('each unit has one rating: fewer than two coders');
    const ratings = this.#units * raters;
    let squaredTotals = 0;
    for (const total of this.#totals.values()) squaredTotals += total * total;
    if (squaredTotals === ratings * ratings) return undefinedMeasure('no variation: every rating is the same label');
    const observed = this.#agreeingPairs / (this.#units * raters * (raters - 1));
    const expected = squaredTotals / (ratings * ratings);
    return measured((observed - expected) / (1 - expected));
  }
}

export const fleissKappa = (units: Iterable<UnitValues>) => measureUnits(new FleissKappaTally(), units);
