import { countBelow } from '../text/code-points';
import { groupedBy } from '../collections/grouped-by';
import { measured, undefinedMeasure, type Measurement } from './measurement';

/** A stretch of a continuum one coder marked with a label: characters start to end (end excluded). */
export interface MarkedStretch {
  start: number;
  end: number;
  label: string;
}

/**
 * One continuum (a document): its length and every coder's marked stretches. Each coder listed
 * coded the whole of it; what they left unmarked is a gap.
 */
export interface Continuum {
  length: number;
  coders: ReadonlyMap<string, readonly MarkedStretch[]>;
}

export interface LabelUnitisedAlpha {
  label: string;
  alpha: Measurement;
  /** uD_o and uD_e, when they are defined (two coders or more, a continuum longer than 0). */
  disagreement?: { observed: number; expected: number };
}

export interface UnitisedAlpha {
  /** 1 − Σ_c uD_oc / Σ_c uD_ec over the labels. */
  overall: Measurement;
  perLabel: LabelUnitisedAlpha[];
}

/** What one label's uα is computed from, summed over the continua. */
interface LabelSums {
  /** Σ over ordered pairs of coders of the squared distances of their sections. */
  observed: number;
  /** How many of the coders' units, and of their gaps, have each length. */
  units: Map<number, number>;
  gaps: Map<number, number>;
}

/**
 * Krippendorff's unitised alpha, uα, for nominal labels, in the form of Krippendorff (2004,
 * Content Analysis 2nd ed., §12.4; the K-Alpha and DKPro Agreement form): for each label c, every
 * coder's continuum is cut into units of c and gaps (whatever is not c); sections of two coders
 * that overlap differ by δ² = (b_g − b_h)² + (e_g − e_h)² when both are units, by l² when a unit
 * of one lies inside a gap of the other, and by 0 otherwise.
 *   uD_oc = Σ_{i≠j} Σ_g Σ_h δ² / (m(m − 1)L²)
 *   uD_ec = 2/L · Σ_units [ (N_c − 1)/3 · (2l³ − 3l² + l) + l² Σ_{gaps λ ≥ l} (λ − l + 1) ] / (mL(mL − 1) − Σ_units l(l − 1))
 *   uα_c = 1 − uD_oc / uD_ec; uα = 1 − Σ_c uD_oc / Σ_c uD_ec.
 * Continua (documents) are pooled as one laid end to end (L their total length), except that a
 * gap ends where its document ends, so their order does not matter. A coder's overlapping
 * stretches of one label are one unit (the form has no overlaps within a coder and label);
 * adjacent stretches stay two units. Every continuum must have the same number of coders m.
 */
export class UnitisedAlphaTally {
  #coders: number | null = null;
  #length = 0;
  readonly #labels: Map<string, LabelSums>;

  constructor(labels: readonly string[]) {
    this.#labels = new Map(labels.map((l) => [l, { observed: 0, units: new Map(), gaps: new Map() }]));
  }

  /** Adds a continuum; stretches of labels not measured are left out, and every stretch is clipped to the continuum. */
  add(continuum: Continuum): void {
    const m = continuum.coders.size;
    if (this.#coders !== null && m !== this.#coders) {
      throw new Error(`unitised alpha pools continua of one number of coders: ${m} after ${this.#coders}`);
    }
    this.#coders = m;
    this.#length += continuum.length;
    const byLabel = [...continuum.coders.values()].map(stretchesByLabel);
    for (const [label, sums] of this.#labels) {
      const unitsOf = byLabel.map((stretches) => unitsIn(stretches.get(label) ?? [], continuum.length));
      for (const units of unitsOf) {
        for (const u of units) count(sums.units, u.end - u.start);
        for (const gap of gapLengths(units, continuum.length)) count(sums.gaps, gap);
      }
      for (let i = 0; i < unitsOf.length; i++) {
        for (let j = i + 1; j < unitsOf.length; j++) sums.observed += 2 * pairDistance(unitsOf[i]!, unitsOf[j]!);
      }
    }
  }

  result(): UnitisedAlpha {
    const m = this.#coders ?? 0;
    const L = this.#length;
    const unmeasurable = m < 2 ? 'fewer than two coders' : L === 0 ? 'the texts compared are empty' : null;
    if (unmeasurable !== null) {
      return {
        overall: undefinedMeasure(unmeasurable),
        perLabel: [...this.#labels.keys()].map((label) => ({ label, alpha: undefinedMeasure(unmeasurable) })),
      };
    }
    const total = { observed: 0, expected: 0 };
    const perLabel = [...this.#labels].map(([label, sums]): LabelUnitisedAlpha => {
      const disagreement = {
        observed: sums.observed / (m * (m - 1) * L * L),
        expected: expectedDisagreement(sums, m, L),
      };
      total.observed += disagreement.observed;
      total.expected += disagreement.expected;
      return { label, alpha: alphaOf(disagreement, sums.units.size === 0), disagreement };
    });
    const noUnits = [...this.#labels.values()].every((sums) => sums.units.size === 0);
    return { overall: alphaOf(total, noUnits), perLabel };
  }
}

/** uα over `continua`, for each of `labels` and over them all. */
export function unitisedAlpha(labels: readonly string[], continua: Iterable<Continuum>): UnitisedAlpha {
  const tally = new UnitisedAlphaTally(labels);
  for (const continuum of continua) tally.add(continuum);
  return tally.result();
}

function alphaOf({ observed, expected }: { observed: number; expected: number }, noUnits: boolean): Measurement {
  if (noUnits) return undefinedMeasure('no coder marked a stretch');
  // The expected disagreement is a sum of terms ≥ 0: it is 0 exactly when each term is.
  if (expected === 0) return undefinedMeasure('no variation: every coder marked every character, one unit each');
  return measured(1 - observed / expected);
}

/** One coder's stretches, label by label. */
const stretchesByLabel = (stretches: readonly MarkedStretch[]): Map<string, MarkedStretch[]> =>
  groupedBy(stretches, (s) => s.label);

/** One coder's units of a label in the continuum [0, length): sorted, overlapping stretches joined, empty ones dropped. */
function unitsIn(stretches: readonly MarkedStretch[], length: number) {
  const sorted = stretches
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const units: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = units.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else units.push(s);
  }
  return units;
}

/** The lengths of what lies between sorted, disjoint units in [0, length): before the first, between, after the last. */
function gapLengths(units: readonly { start: number; end: number }[], length: number): number[] {
  const gaps: number[] = [];
  let at = 0;
  for (const u of units) {
    if (u.start > at) gaps.push(u.start - at);
    at = u.end;
  }
  if (length > at) gaps.push(length - at);
  return gaps;
}

type Units = readonly { start: number; end: number }[];

/**
 * Σ δ² over the sections of two coders (one order). Only overlapping sections count: two units
 * by their ends; a unit that overlaps none of the other coder's lies inside one of their gaps.
 */
function pairDistance(a: Units, b: Units): number {
  let sum = 0;
  const bMatched = new Array<boolean>(b.length).fill(false);
  let first = 0; // the first unit of b that may still overlap a unit of a (both are sorted and disjoint)
  for (const u of a) {
    while (first < b.length && b[first]!.end <= u.start) first++;
    let overlapped = false;
    for (let k = first; k < b.length && b[k]!.start < u.end; k++) {
      const v = b[k]!;
      sum += (u.start - v.start) ** 2 + (u.end - v.end) ** 2;
      overlapped = bMatched[k] = true;
    }
    if (!overlapped) sum += (u.end - u.start) ** 2;
  }
  b.forEach((v, k) => {
    if (!bMatched[k]) sum += (v.end - v.start) ** 2;
  });
  return sum;
}

/**
 * uD_ec: the disagreement expected were the coders' units and gaps of the label laid anywhere on
 * the continuum. The gaps at least as long as a unit are found among the lengths sorted, with
 * sums from the longest down.
 */
function expectedDisagreement({ units, gaps }: LabelSums, m: number, L: number): number {
  const n = sumOf(units);
  const gapLengthsUp = [...gaps.keys()].sort((x, y) => x - y);
  const gapsFrom: number[] = new Array<number>(gapLengthsUp.length + 1).fill(0); // Σ count over lengths from index k
  const lengthFrom: number[] = new Array<number>(gapLengthsUp.length + 1).fill(0); // Σ count·λ over lengths from index k
  for (let k = gapLengthsUp.length - 1; k >= 0; k--) {
    const λ = gapLengthsUp[k]!;
    gapsFrom[k] = gapsFrom[k + 1]! + gaps.get(λ)!;
    lengthFrom[k] = lengthFrom[k + 1]! + gaps.get(λ)! * λ;
  }
  let numerator = 0;
  let withinUnits = 0; // Σ l(l − 1)
  for (const [l, times] of units) {
    const k = countBelow(gapLengthsUp, l); // the first gap length ≥ l
    const fitting = lengthFrom[k]! - (l - 1) * gapsFrom[k]!; // Σ (λ − l + 1) over gaps λ ≥ l
    numerator += times * (((n - 1) / 3) * l * (l - 1) * (2 * l - 1) + l * l * fitting);
    withinUnits += times * l * (l - 1);
  }
  return (2 * numerator) / (L * (m * L * (m * L - 1) - withinUnits));
}

function count(counts: Map<number, number>, length: number): void {
  counts.set(length, (counts.get(length) ?? 0) + 1);
}

const sumOf = (counts: ReadonlyMap<number, number>) => {
  let total = 0;
  for (const c of counts.values()) total += c;
  return total;
};
