import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitsOf, type Coding } from '../../../../shared/agreement/coding-table';
import { CohenKappaTally } from '../../../../shared/agreement/cohen-kappa';
import { FleissKappaTally } from '../../../../shared/agreement/fleiss-kappa';
import { KrippendorffAlphaTally } from '../../../../shared/agreement/krippendorff-alpha';
import { LightKappaTally } from '../../../../shared/agreement/light-kappa';
import { PercentAgreementTally } from '../../../../shared/agreement/percent-agreement';
import type { UnitTally } from '../../../../shared/agreement/unit-tally';
import type { Measurement } from '../../../../shared/agreement/measurement';
import { measureTable, TABLE_METRICS } from '../../../../shared/agreement/table-agreement';

/** A coding table of 2–5 coders and 1–12 units, labels from a small set, some values missing. */
const codingTables = (missing: boolean) =>
  fc
    .record({
      coders: fc.integer({ min: 2, max: 5 }),
      units: fc.integer({ min: 1, max: 12 }),
    })
    .chain(({ coders, units }) =>
      fc.array(
        fc.array(missing ? fc.option(fc.constantFrom('a', 'b', 'c', 'd')) : fc.constantFrom('a', 'b', 'c', 'd'), {
          minLength: units,
          maxLength: units,
        }),
        { minLength: coders, maxLength: coders },
      ),
    )
    .map((rows) =>
      rows.flatMap((row, c) =>
        row.flatMap((label, u) => (label === null ? [] : [{ coder: `coder ${c}`, unit: `unit ${u}`, label }])),
      ),
    );

/** Two results alike: both undefined (the reason may name the coders), or numbers equal up to summation order. */
function expectSame(a: Measurement, b: Measurement) {
  if (a.value === null || b.value === null) expect(b.value).toBe(a.value);
  else expect(b.value).toBeCloseTo(a.value, 12);
}

const rename = (codings: Coding[], to: (coder: string) => string) => codings.map((c) => ({ ...c, coder: to(c.coder) }));

describe('agreement measures, for any coding table', () => {
  it('are 1 when every coder gives each unit the same label (or null with a reason)', () => {
    fc.assert(
      fc.property(codingTables(true), (table) => {
        const unanimous = table.map((c) => ({ ...c, label: `label of ${c.unit}` }));
        for (const metric of TABLE_METRICS) {
          const m = measureTable(unanimous, metric);
          if (m.value === null) expect(m.reason).not.toBe('');
          else expect(m.value).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it('do not depend on which coder is which (names or order)', () => {
    fc.assert(
      fc.property(codingTables(true), fc.integer({ min: 1, max: 4 }), (table, shift) => {
        // A cyclic renaming of the coders, and the rows listed coder by coder in reverse.
        const shifted = rename(table, (c) => `coder ${(Number(c.slice(6)) + shift) % 5}`);
        for (const metric of TABLE_METRICS) {
          expectSame(measureTable(table, metric), measureTable(shifted.reverse(), metric));
        }
      }),
    );
  });

  it('do not depend on the order of the units', () => {
    fc.assert(
      fc.property(codingTables(true), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (table, keys) => {
        const order = new Map([...new Set(table.map((c) => c.unit))].map((u) => [u, keys.next().value as number]));
        const shuffled = [...table].sort((x, y) => order.get(x.unit)! - order.get(y.unit)!);
        for (const metric of TABLE_METRICS) expectSame(measureTable(table, metric), measureTable(shuffled, metric));
      }),
    );
  });

  it('lie within [-1, 1], never NaN or Infinity, with or without missing values', () => {
    fc.assert(
      fc.property(fc.boolean().chain(codingTables), (table) => {
        for (const metric of TABLE_METRICS) {
          const m = measureTable(table, metric);
          if (m.value === null) continue;
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.value).toBeGreaterThanOrEqual(-1);
          expect(m.value).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('count a unit added with `times` as that many units alike (how a project adds its tokens)', () => {
    const tallies = (): UnitTally[] => [
      new PercentAgreementTally(),
      new CohenKappaTally('coder 0', 'coder 1'),
      new LightKappaTally(),
      new FleissKappaTally(),
      new KrippendorffAlphaTally(),
    ];
    fc.assert(
      fc.property(
        codingTables(true),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 12, maxLength: 12 }),
        (table, times) => {
          const grouped = unitsOf(table);
          if ('duplicate' in grouped) throw new Error('a generated table has no duplicates');
          const [once, repeated] = [tallies(), tallies()];
          grouped.units.forEach((unit, u) => {
            once.forEach((t) => t.add(unit, times[u]!));
            repeated.forEach((t) => {
              for (let k = 0; k < times[u]!; k++) t.add(unit);
            });
          });
          once.forEach((t, i) => expectSame(t.result(), repeated[i]!.result()));
        },
      ),
    );
  });
});
