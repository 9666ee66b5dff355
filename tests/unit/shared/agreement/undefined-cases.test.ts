import { describe, expect, it } from 'vitest';
import { measureTable, TABLE_METRICS } from '../../../../shared/agreement/table-agreement';
import { codingsOf } from './coding-matrix';

// Where a measure has no value it says why: null and a reason, never NaN or Infinity.

describe('undefined agreement', () => {
  it('no variation: every measure but percent agreement is null with the reason', () => {
    const table = codingsOf([
      ['x', 'x', 'x'],
      ['x', 'x', 'x'],
    ]);
    for (const metric of ['alpha', 'fleiss', 'cohen'] as const) {
      const m = measureTable(table, metric);
      expect(m).toEqual({ value: null, reason: expect.stringContaining('no variation') });
    }
    expect(measureTable(table, 'percent')).toEqual({ value: 1 });
  });

  it('one coder: null with the reason for every measure', () => {
    const table = codingsOf([['x', 'y', 'z']]);
    expect(measureTable(table, 'alpha')).toEqual({ value: null, reason: 'fewer than two coders' });
    expect(measureTable(table, 'fleiss').reason).toMatch(/fewer than two coders/);
    expect(measureTable(table, 'cohen').reason).toMatch(/two coders; this table has 1/);
    expect(measureTable(table, 'percent').reason).toMatch(/no unit has values from two coders/);
  });

  it('two coders who never coded the same unit: nothing pairable', () => {
    const table = codingsOf([
      ['x', null],
      [null, 'y'],
    ]);
    expect(measureTable(table, 'alpha').reason).toMatch(/no pairable values/);
    expect(measureTable(table, 'cohen').reason).toBe('no unit was coded by both "A" and "B"');
    expect(measureTable(table, 'percent').reason).toMatch(/no unit has values from two coders/);
  });

  it("Fleiss' kappa refuses units with different numbers of ratings and says alpha takes them", () => {
    const table = codingsOf([
      ['x', 'y', 'x'],
      ['x', 'y', null],
      ['x', 'x', 'y'],
    ]);
    expect(measureTable(table, 'fleiss').reason).toBe(
      "units have different numbers of ratings (3 and 2): Fleiss' kappa needs the same number for every unit; " +
        "Krippendorff's alpha allows missing values",
    );
    expect(measureTable(table, 'alpha').value).toEqual(expect.any(Number));
  });

  it('Cohen with three coders, an empty table, and a coder labelling a unit twice', () => {
    expect(measureTable(codingsOf([['x'], ['y'], ['x']]), 'cohen').reason).toMatch(/this table has 3/);
    for (const metric of TABLE_METRICS) expect(measureTable([], metric).value).toBeNull();
    const twice = [
      { coder: 'ana', unit: 'u1', label: 'x' },
      { coder: 'ben', unit: 'u1', label: 'x' },
      { coder: 'ana', unit: 'u1', label: 'y' },
    ];
    for (const metric of TABLE_METRICS) {
      expect(measureTable(twice, metric)).toEqual({
        value: null,
        reason: 'coder "ana" labelled unit "u1" more than once',
      });
    }
  });
});
