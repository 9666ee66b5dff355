import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../../shared/agreement/coding-table';
import { measureTable } from '../../../../shared/agreement/table-agreement';
import { codingsOf } from './coding-matrix';

// Each measure on a worked example whose result is published, to the published precision.

describe("Krippendorff's alpha, nominal, with missing values", () => {
  it('Krippendorff (2011), "Computing Krippendorff\'s Alpha-Reliability", §C: 4 observers × 12 units, α = 0.743', () => {
    // The reliability data of the paper's example C (nominal data, any number of observers,
    // missing values); also in Hayes & Krippendorff (2007) and the `krippendorff` Python package's tests.
    const table = codingsOf([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ]);
    const alpha = measureTable(table, 'alpha');
    expect(alpha.value).toBeCloseTo(0.743, 3);
    // The paper's own arithmetic: n = 40 pairable values, Σ o_cc = 32, Σ n_c² = 384.
    expect(alpha.value).toBeCloseTo(1 - (39 * (40 - 32)) / (40 * 40 - 384), 12);
  });

  it('Wikipedia, "Krippendorff\'s alpha", a computational example: 3 coders × 15 units, nominal α = 0.691', () => {
    // https://en.wikipedia.org/wiki/Krippendorff%27s_alpha#A_computational_example
    const table = codingsOf([
      [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
      [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
      [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
    ]);
    expect(measureTable(table, 'alpha').value).toBeCloseTo(0.691, 3);
  });
});

describe("Fleiss' kappa", () => {
  it('Wikipedia, "Fleiss\' kappa", worked example: 10 subjects × 14 raters, 5 categories, κ = 0.210', () => {
    // https://en.wikipedia.org/wiki/Fleiss%27_kappa#Worked_example: n_ij, raters per category per subject.
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const table: Coding[] = counts.flatMap((row, subject) => {
      const labels = row.flatMap((n, category) => Array<string>(n).fill(`category ${category + 1}`));
      return labels.map((label, rater) => ({ coder: `rater ${rater + 1}`, unit: `subject ${subject + 1}`, label }));
    });
    expect(measureTable(table, 'fleiss').value).toBeCloseTo(0.21, 3);
  });
});

describe("Cohen's kappa", () => {
  it('Wikipedia, "Cohen\'s kappa", simple example: 50 grant proposals, two readers, p_o = 0.7, p_e = 0.5, κ = 0.4', () => {
    // https://en.wikipedia.org/wiki/Cohen%27s_kappa#Simple_example: both yes 20, A yes B no 5,
    // A no B yes 10, both no 15.
    const pairs = [
      ...Array<[string, string]>(20).fill(['yes', 'yes']),
      ...Array<[string, string]>(5).fill(['yes', 'no']),
      ...Array<[string, string]>(10).fill(['no', 'yes']),
      ...Array<[string, string]>(15).fill(['no', 'no']),
    ];
    const table = codingsOf([pairs.map(([a]) => a), pairs.map(([, b]) => b)]);
    expect(measureTable(table, 'cohen').value).toBeCloseTo(0.4, 12);
    expect(measureTable(table, 'percent').value).toBeCloseTo(0.7, 12);
  });
});
