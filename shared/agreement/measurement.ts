/**
 * What an agreement measure answers: a number, or null with the reason it is undefined (no
 * variation, fewer than two coders, nothing to pair). Never NaN or Infinity, so it prints as JSON
 * (`{"value": 0.743}`, `{"value": null, "reason": "…"}`) and a reader is told why.
 */
export type Measurement = { value: number; reason?: undefined } | { value: null; reason: string };

export const measured = (value: number): Measurement => ({ value });

export const undefinedMeasure = (reason: string): Measurement => ({ value: null, reason });

/** A measurement for people: its value to `digits` decimals, or "undefined" (the reason is said apart). */
export const measurementText = (m: Measurement, digits = 3): string =>
  m.value === null ? 'undefined' : m.value.toFixed(digits);
