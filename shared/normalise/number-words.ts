import type { DecimalAmount } from './digit-numeral';
import { wordTable } from '../text/word-table';

const SMALL = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
/** Scale words and their power of ten; digits may precede them too (`1.5 million`). */
export const SCALE_POWERS = wordTable({ hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 });
const DENOMINATORS = wordTable({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});

/** A number read from words: an exact decimal, or a share (two thirds) kept as a plain number. */
export type WordAmount = { kind: 'decimal'; decimal: DecimalAmount } | { kind: 'fraction'; value: number };

export interface WordNumber {
  amount: WordAmount;
  /** Index just past the last word read. */
  end: number;
}

const isArticle = (w: string | undefined) => w === 'a' || w === 'an';
const isScale = (w: string | undefined) => w !== undefined && w in SCALE_POWERS;
const decimal = (mantissa: number | string, exponent = 0): WordAmount => ({
  kind: 'decimal',
  decimal: { mantissa: String(mantissa), exponent },
});

/** "half a million", "a quarter" and "two-thirds": shares and halves of a scale. */
function readShare(words: readonly string[], at: number): WordNumber | null {
  const [w0, w1, w2] = [words[at], words[at + 1], words[at + 2]];
  if (w0 === 'half' && isArticle(w1) && isScale(w2)) return { amount: decimal(5, SCALE_POWERS[w2!]! - 1), end: at + 3 };
  if (w0 === 'half') return { amount: { kind: 'fraction', value: 0.5 }, end: at + 1 };
  const numerator = isArticle(w0) ? 1 : SMALL[w0 ?? ''];
  if (numerator === undefined || numerator === 0 || numerator > 10) return null;
  const next = w1 === '-' ? at + 2 : at + 1;
  const denominator = DENOMINATORS[words[next] ?? ''];
  if (denominator === undefined) return null;
  const share = numerator / denominator;
  // "a quarter of a million": a share of a scale is an amount (rounded to a whole: a third of a million).
  const [of, article, scale] = [words[next + 1], words[next + 2], words[next + 3]];
  if (of === 'of' && isArticle(article) && isScale(scale))
    return { amount: decimal(Math.round(share * 10 ** SCALE_POWERS[scale!]!)), end: next + 4 };
  return { amount: { kind: 'fraction', value: share }, end: next + 1 };
}

/**
 * Reads an English number written in words from `words[at]` (lower case; a hyphen is its own
 * entry): one … ninety-nine, hundred, thousand, million, billion, trillion, "a million", "two
 * hundred and fifty", "a dozen", "half a million", "one and a half million", and shares ("two
 * thirds", "a quarter", "half", "a quarter of a million"), "two and a half". Plurals of scales ("dozens",
 * "thousands") are vague and not read.
 */
export function readNumberWords(words: readonly string[], at: number): WordNumber | null {
  const share = readShare(words, at);
  if (share) return share;
  let total = 0;
  let current = 0;
  let read = false; // a real number word, not just an article
  let previous: 'none' | 'small' | 'tens' | 'hundred' | 'scale' | 'article' = 'none';
  let i = at;
  for (; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (isArticle(w) && previous === 'none' && (isScale(next) || next === 'dozen')) {
      current = 1;
      previous = 'article';
    } else if (
      w in SMALL &&
      (previous === 'none' || previous === 'hundred' || previous === 'scale' || (previous === 'tens' && SMALL[w]! < 10))
    ) {
      current += SMALL[w]!;
      previous = 'small';
    } else if (w in TENS && (previous === 'none' || previous === 'hundred' || previous === 'scale')) {
      current += TENS[w]!;
      previous = 'tens';
    } else if (w === '-' && previous === 'tens' && (SMALL[next ?? ''] ?? 10) < 10) {
      continue;
    } else if (w === 'hundred' && previous !== 'hundred' && previous !== 'scale' && current % 100 === current) {
      current = (current || 1) * 100;
      previous = 'hundred';
    } else if (w === 'dozen' && (previous === 'small' || previous === 'article')) {
      current *= 12;
      read = true;
      i++;
      break;
    } else if (isScale(w) && w !== 'hundred' && previous !== 'none' && previous !== 'scale') {
      total += (current || 1) * 10 ** SCALE_POWERS[w]!;
      current = 0;
      previous = 'scale';
    } else if (
      w === 'and' &&
      (previous === 'hundred' || previous === 'scale') &&
      ((next ?? '') in SMALL || (next ?? '') in TENS)
    ) {
      continue;
    } else if (
      w === 'and' &&
      total === 0 &&
      current > 0 &&
      words[i + 1] === 'a' &&
      words[i + 2] === 'half' &&
      isScale(words[i + 3])
    ) {
      // one and a half million
      return { amount: decimal(current * 10 + 5, SCALE_POWERS[words[i + 3]!]! - 1), end: i + 4 };
    } else if (w === 'and' && current > 0 && words[i + 1] === 'a' && words[i + 2] === 'half') {
      // two and a half (years)
      return { amount: decimal((total + current) * 10 + 5, -1), end: i + 3 };
    } else {
      break;
    }
    if (previous !== 'article') read = true;
  }
  if (!read) return null;
  return { amount: decimal(total + current), end: i };
}
