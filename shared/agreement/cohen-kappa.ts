import type { UnitValues } from './coding-table';
import { measured, undefinedMeasure, type Measurement } from './measurement';
import { measureUnits, type UnitTally } from './unit-tally';

/**
 * Cohen's kappa (Cohen 1960) between two coders: (p_o − p_e) / (1 − p_e), where p_o is the share
 * of units on which they agree and p_e the agreement expected from each coder's own label
 * proportions. Only units both coders coded count (a unit one of them left out is skipped).
 * Undefined when no unit was coded by both, or when p_e = 1 (both gave one and the same label
 * throughout: there is no variation to agree on).
 */
export class CohenKappaTally implements UnitTally {
  #units = 0;
  #agreeing = 0;
  readonly #ofA = new Map<string, number>();
  readonly #ofB = new Map<string, number>();

  constructor(
    readonly a: string,
    readonly b: string,
  ) {}

  add(unit: UnitValues, times = 1): void {
    const labelA = unit.get(this.a);
    const labelB = unit.get(this.b);
    if (labelA === undefined || labelB === undefined) return;
    this.#units += times;
    if (labelA === labelB) this.#agreeing += times;
    this.#ofA.set(labelA, (this.#ofA.get(labelA) ?? 0) + times);
    this.#ofB.set(labelB, (this.#ofB.get(labelB) ?? 0) + times);
  }

  result(): Measurement {
    const { a, b } = this;
    if (a === b) return undefinedMeasure(`Cohen's kappa compares two coders; "${a}" was given twice`);
    const n = this.#units;
    if (n === 0) return undefinedMeasure(`no unit was coded by both "${a}" and "${b}"`);
    // In counts (p × n²) so that "p_e = 1" is an exact test, not a floating-point one.
    let chance = 0;
    for (const [label, count] of this.#ofA) chance += count * (this.#ofB.get(label) ?? 0);
    if (chance === n * n) return undefinedMeasure(`no variation: "${a}" and "${b}" gave every unit the same label`);
    return measured((n * this.#agreeing - chance) / (n * n - chance));
  }
}

export const cohenKappa = (units: Iterable<UnitValues>, [a, b]: readonly [string, string]) =>
  measureUnits(new CohenKappaTally(a, b), units);
