import { labelCounts, type UnitValues } from './coding-table';
import { measured, undefinedMeasure, type Measurement } from './measurement';
import { measureUnits, type UnitTally } from './unit-tally';

/**
 * Krippendorff's alpha for nominal data, with missing values, by the coincidence-matrix method
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): each unit with m_u ≥ 2
 * values adds its ordered pairs of values, each weighted 1/(m_u − 1), to the coincidences o_ck;
 * n_c are the marginals and n the pairable values. α = 1 − (n − 1)·(n − Σ o_cc) / (n² − Σ n_c²).
 * Units with fewer than two values are not pairable and leave no trace. Undefined when nothing
 * is pairable (fewer than two coders on every unit) or when every pairable value is the same label.
 */
export class KrippendorffAlphaTally implements UnitTally {
  #pairable = 0; // n
  #matching = 0; // Σ o_cc
  readonly #marginals = new Map<string, number>();
  readonly #coders = new Set<string>();

  add(unit: UnitValues, times = 1): void {
    for (const coder of unit.keys()) this.#coders.add(coder);
    const m = unit.size;
    if (m < 2) return;
    this.#pairable += times * m;
    for (const [label, count] of labelCounts(unit)) {
      this.#matching += (times * count * (count - 1)) / (m - 1);
      this.#marginals.set(label, (this.#marginals.get(label) ?? 0) + times * count);
    }
  }

  result(): Measurement {
    const n = this.#pairable;
    if (this.#coders.size < 2) return undefinedMeasure('fewer than two coders');
    if (n === 0) return undefinedMeasure('no pairable values: no unit was coded by two coders');
    let squaredMarginals = 0;
    for (const count of this.#marginals.values()) squaredMarginals += count * count;
    if (squaredMarginals === n * n) return undefinedMeasure('no variation: every pairable value is the same label');
    return measured(1 - ((n - 1) * (n - this.#matching)) / (n * n - squaredMarginals));
  }
}

export const krippendorffAlpha = (units: Iterable<UnitValues>) => measureUnits(new KrippendorffAlphaTally(), units);
