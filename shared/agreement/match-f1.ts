import { measured, undefinedMeasure, type Measurement } from './measurement';

/**
 * F1 of two sets whose items were paired 1:1, `matched` pairs: 2·matched / (reference + other),
 * the harmonic mean of precision (matched / other) and recall (matched / reference). Undefined,
 * with `whenEmpty` as the reason, when both sets are empty.
 */
export function matchF1(matched: number, reference: number, other: number, whenEmpty: string): Measurement {
  if (reference + other === 0) return undefinedMeasure(whenEmpty);
  return measured((2 * matched) / (reference + other));
}
