import type { Coding } from '../../../../shared/agreement/coding-table';

/**
 * A coding table from reliability data in Krippendorff's canonical form: one row per coder, one
 * column per unit, null for a missing value. Coders are named A, B, C…; units 1, 2, 3…
 */
export function codingsOf(matrix: readonly (readonly (string | number | null)[])[]): Coding[] {
  return matrix.flatMap((row, c) =>
    row.flatMap((label, u) =>
      label === null ? [] : [{ coder: String.fromCharCode(65 + c), unit: String(u + 1), label: String(label) }],
    ),
  );
}
