import type { UnitValues } from './coding-table';
import { measured, undefinedMeasure, type Measurement } from './measurement';

/**
 * Cohen's kappa (Cohen 1960) between two coders: (p_o − p_e) / (1 − p_e), where p_o is the share
 * of units on which they agree and p_e the agreement expected from each coder's own label
 * proportions. Only units both coders coded count (a unit one of them left out is skipped).
 * Undefined when no unit was coded by both, or when p_e = 1 (both gave one and the same label
 * throughout: there is no variation to agree on).
 */
export function cohenKappa(units: Iterable<UnitValues>, [a, b]: readonly [string, string]): Measurement {
  if (a === b) return undefinedMeasure(`Cohen's kappa compares two coders; "${a}" was given twice`);
  let n = 0;
  let agreeing = 0;
  const ofA = new Map<string, number>();
  const ofB = new Map<string, number>();
  for (const unit of units) {
    const labelA = unit.get(a);
    const labelB = unit.get(b);
    if (labelA === undefined || labelB === undefined) continue;
    n++;
    if (labelA === labelB) agreeing++;
    ofA.set(labelA, (ofA.get(labelA) ?? 0) + 1);
    ofB.set(labelB, (ofB.get(labelB) ?? 0) + 1);
  }
  if (n === 0) return undefinedMeasure(`no unit was coded by both "${a}" and "${b}"`);
  // In counts (p × n²) so that "p_e = 1" is an exact test, not a floating-point one.
  let chance = 0;
  for (const [label, count] of ofA) chance += count * (ofB.get(label) ?? 0);
  if (chance === n * n) {
    return undefinedMeasure(`no variation: "${a}" and "${b}" gave every unit the same label`);
  }
  return measured((n * agreeing - chance) / (n * n - chance));
}
