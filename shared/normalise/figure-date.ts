import type { Token } from './figure-tokens';
import { wordTable } from '../text/word-table';

const MONTH_NUMBERS = wordTable({
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
});

/** A month's name, capitalised as English writes it (so "may" the verb and "march" the walk are not). */
export const isMonth = (token: Token | undefined): boolean =>
  token !== undefined && token.lower in MONTH_NUMBERS && /^\p{Lu}/u.test(token.text);

/** A date read from a figure's text: its ISO 8601 form and the tokens it spans. */
export interface DateReading {
  iso: string;
  start: number;
  end: number;
}

const two = (n: number) => String(n).padStart(2, '0');
const isYearText = (t: Token | undefined) => t?.kind === 'numeral' && /^\d{4}$/.test(t.text);

/** A day of the month at `i` (12, or 12th), and the index after it. */
function dayAt(tokens: readonly Token[], i: number): { day: number; next: number } | null {
  const t = tokens[i];
  if (t?.kind !== 'numeral' || !/^\d{1,2}$/.test(t.text)) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  const suffix = tokens[i + 1];
  const ordinal = suffix && !suffix.gap && /^(st|nd|rd|th)$/.test(suffix.lower);
  return { day, next: ordinal ? i + 2 : i + 1 };
}

/** A year at `i`, after an optional comma ("March 12, 2020"). */
function yearAt(tokens: readonly Token[], i: number): { year: string; next: number } | null {
  const at = tokens[i]?.text === ',' ? i + 1 : i;
  return isYearText(tokens[at]) ? { year: tokens[at]!.text, next: at + 1 } : null;
}

/** 2020-03-12 written as digits. */
function isoDateAt(tokens: readonly Token[], i: number): DateReading | null {
  const [y, d1, m, d2, d] = tokens.slice(i, i + 5);
  if (!isYearText(y) || d1?.text !== '-' || d2?.text !== '-') return null;
  if (!m || !d || [d1, m, d2, d].some((t) => t.gap) || !/^\d\d$/.test(m.text) || !/^\d\d$/.test(d.text)) return null;
  return { iso: `${y!.text}-${m.text}-${d.text}`, start: i, end: i + 5 };
}

/**
 * A calendar date starting at token `i`: "12 March 2020", "12th of March 2020", "March 12, 2020",
 * "May 2021", "2020-03-12", and a day without a year ("12 March" is --03-12, ISO's form for it).
 * A bare year is not read here: whether "1994" is a date depends on what follows it.
 */
export function readDateAt(tokens: readonly Token[], i: number): DateReading | null {
  const iso = isoDateAt(tokens, i);
  if (iso) return iso;
  const day = dayAt(tokens, i);
  if (day) {
    const monthAt = tokens[day.next]?.lower === 'of' ? day.next + 1 : day.next;
    const month = tokens[monthAt];
    if (!isMonth(month)) return null;
    const m = two(MONTH_NUMBERS[month!.lower]!);
    const year = yearAt(tokens, monthAt + 1);
    if (year) return { iso: `${year.year}-${m}-${two(day.day)}`, start: i, end: year.next };
    return { iso: `--${m}-${two(day.day)}`, start: i, end: monthAt + 1 };
  }
  const month = tokens[i];
  if (!isMonth(month)) return null;
  const m = two(MONTH_NUMBERS[month!.lower]!);
  const after = dayAt(tokens, i + 1);
  if (after) {
    const year = yearAt(tokens, after.next);
    if (year) return { iso: `${year.year}-${m}-${two(after.day)}`, start: i, end: year.next };
    return { iso: `--${m}-${two(after.day)}`, start: i, end: after.next };
  }
  const year = yearAt(tokens, i + 1);
  return year && tokens[i + 1]?.text !== ',' ? { iso: `${year.year}-${m}`, start: i, end: year.next } : null;
}

/** The first calendar date in `tokens`. */
export function findDate(tokens: readonly Token[]): DateReading | null {
  for (let i = 0; i < tokens.length; i++) {
    const date = readDateAt(tokens, i);
    if (date) return date;
  }
  return null;
}

/** Four plain digits from 1800 to 2099 that count nothing: a year ("in 1994"). */
export const isYearNumber = (value: number): boolean => Number.isInteger(value) && value >= 1800 && value <= 2099;
