import type { UnitValues } from './coding-table';
import type { Measurement } from './measurement';

/**
 * A measure fed one unit at a time and read at the end, so that a corpus's tokens are counted as
 * they are made, never all held at once, and one pass feeds many measures.
 */
export interface UnitTally {
  /** Adds a unit, or `times` units alike (the same coders, the same values): as many calls would. */
  add(unit: UnitValues, times?: number): void;
  /** The measure over every unit added so far. */
  result(): Measurement;
}

/** A measure over all of `units`. */
export function measureUnits(tally: UnitTally, units: Iterable<UnitValues>): Measurement {
  for (const unit of units) tally.add(unit);
  return tally.result();
}
