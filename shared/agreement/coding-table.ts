/**
 * One row of a coding table: the label a coder gave a unit. A coder with no row for a unit gave it
 * no value: a missing value, which Krippendorff's alpha allows and the kappas handle as their
 * docs say (docs/agreement.md).
 */
export interface Coding {
  coder: string;
  unit: string;
  label: string;
}

/** One unit's values: the label each coder who coded it gave (coder → label). */
export type UnitValues = ReadonlyMap<string, string>;

/** A coding table grouped by unit, in first-seen order, and its coders in first-seen order. */
export interface CodingUnits {
  units: UnitValues[];
  coders: string[];
}

/**
 * Groups a coding table by unit. A coder may give a unit one label: a second row for the same
 * coder and unit is returned as `duplicate` (the first such row), never silently kept or dropped.
 */
export function unitsOf(codings: Iterable<Coding>): CodingUnits | { duplicate: Coding } {
  const units = new Map<string, Map<string, string>>();
  const coders = new Set<string>();
  for (const coding of codings) {
    let unit = units.get(coding.unit);
    if (!unit) units.set(coding.unit, (unit = new Map()));
    if (unit.has(coding.coder)) return { duplicate: coding };
    unit.set(coding.coder, coding.label);
    coders.add(coding.coder);
  }
  return { units: [...units.values()], coders: [...coders] };
}

/** How many times each label occurs among a unit's values. */
export function labelCounts(unit: UnitValues): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of unit.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}
