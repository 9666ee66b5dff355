import type { FigureKind } from './figure-proposal';

/** What was read around a figure's number that tells its kind. */
export interface KindClues {
  /** A percent sign or word, percentage points, or a share in words (two thirds). */
  share: boolean;
  currency: string | null;
  timeUnit: string | null;
  /** The number (or both ends of a range) is a year that counts nothing. */
  year: boolean;
}

/** A share before money (a "%" outranks a "$" nearby), money before time ("$5 a day" is money). */
export function figureKind({ share, currency, timeUnit, year }: KindClues): FigureKind {
  if (share) return 'percentage';
  if (currency) return 'money';
  if (timeUnit) return 'duration';
  if (year) return 'date';
  return 'count';
}
