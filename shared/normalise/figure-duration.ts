import type { Token } from './figure-tokens';
import { wordTable } from '../text/word-table';

/** Units of time, singular and plural, named by their plural (the unit a duration carries). */
const TIME_UNITS = wordTable({
  second: 'seconds',
  seconds: 'seconds',
  minute: 'minutes',
  minutes: 'minutes',
  hour: 'hours',
  hours: 'hours',
  day: 'days',
  days: 'days',
  week: 'weeks',
  weeks: 'weeks',
  month: 'months',
  months: 'months',
  year: 'years',
  years: 'years',
  decade: 'decades',
  decades: 'decades',
  century: 'centuries',
  centuries: 'centuries',
});

/**
 * The unit of time the words after a number start with ("three years", "30 days"), also joined by
 * a hyphen ("a 30-year occupation", "10-day ceasefire"); null when they name none. "Second" only
 * counts after a number written as a plural or hyphen, never as an ordinal.
 */
export function timeUnitAfter(tokens: readonly Token[], quantity: number): string | null {
  const [a, b] = tokens;
  if (a?.text === '-' && !a.gap && b && !b.gap && b.kind === 'word') return TIME_UNITS[b.lower] ?? null;
  if (a?.kind !== 'word') return null;
  const unit = TIME_UNITS[a.lower];
  if (!unit || (a.lower === 'second' && quantity !== 1)) return null;
  return unit;
}
