import type { UnitValues } from './coding-table';
import { CohenKappaTally } from './cohen-kappa';
import { measured, undefinedMeasure, type Measurement } from './measurement';
import type { UnitTally } from './unit-tally';

/**
 * Cohen's kappa for more than two coders: the mean of every pair's Cohen's kappa (Light 1971,
 * "Light's kappa"). Pairs are found in the units themselves (two coders who coded a unit in
 * common); a pair whose kappa is undefined (no variation between them) is left out of the mean.
 * Undefined when no pair has a kappa.
 */
export class LightKappaTally implements UnitTally {
  readonly #pairs = new Map<string, CohenKappaTally>();

  add(unit: UnitValues, times = 1): void {
    const coders = [...unit.keys()].sort();
    for (let i = 0; i < coders.length; i++) {
      for (let j = i + 1; j < coders.length; j++) this.#pair(coders[i]!, coders[j]!).add(unit, times);
    }
  }

  result(): Measurement {
    const kappas = [...this.#pairs.values()].map((t) => t.result().value).filter((v) => v !== null);
    if (kappas.length === 0) {
      return undefinedMeasure(
        this.#pairs.size === 0 ? 'no unit was coded by two coders' : "no pair of coders has a defined Cohen's kappa",
      );
    }
    return measured(kappas.reduce((sum, k) => sum + k, 0) / kappas.length);
  }

  #pair(a: string, b: string): CohenKappaTally {
    const key = JSON.stringify([a, b]);
    let tally = this.#pairs.get(key);
    if (!tally) this.#pairs.set(key, (tally = new CohenKappaTally(a, b)));
    return tally;
  }
}
