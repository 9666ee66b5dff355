import { parseDigitNumeral } from './digit-numeral';
import { currencyOfMark } from './currency-units';
import type { Token } from './figure-tokens';
import { readNumberWords, SCALE_POWERS, type WordAmount } from './number-words';
import { wordTable } from '../text/word-table';

/** Letters stuck to digits that scale them: 400k, 2.5bn; m and b only after a currency or a decimal point ($3m, 4.3m). */
const SUFFIX_POWERS = wordTable({ k: 3, bn: 9, mn: 6, tn: 12 });
const ALL_SUFFIX_POWERS = wordTable({ ...SUFFIX_POWERS, m: 6, b: 9 });
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** One number in a figure's text, as read. */
export interface Expression {
  amount: WordAmount;
  negative: boolean;
  /** The ISO code of a currency sign or code written before it ($, €, USD). */
  currency?: string;
  /** A scale word or suffix was read (so one after the quote is not applied again). */
  scaled: boolean;
  /** The power of ten the last scale word or suffix applied (6 for "2 million"), else 0. */
  power: number;
  /** Written as digits, with nothing but digits (a year is). */
  plainDigits: boolean;
  /** Token indexes: the first (its currency or sign) and just past the last. */
  start: number;
  end: number;
}

/** A numeral that cannot be a quantity (a rank, separators that make no sense): the quote is not a figure. */
export const UNREADABLE = 'unreadable';

export const shifted = (amount: WordAmount, power: number): WordAmount =>
  amount.kind === 'decimal'
    ? { kind: 'decimal', decimal: { ...amount.decimal, exponent: amount.decimal.exponent + power } }
    : { kind: 'fraction', value: amount.value * 10 ** power };

const attachedNumeral = (token: Token | undefined) => token?.kind === 'numeral' && !token.gap;

/** The currency written before the number at `i`: a sign, a code, "US$"; and where the number starts. */
function currencyBefore(tokens: readonly Token[], i: number): { currency?: string; at: number } {
  const token = tokens[i];
  if (token?.text === 'US' && tokens[i + 1]?.text === '$' && !tokens[i + 1]!.gap) return { currency: 'USD', at: i + 2 };
  const currency = currencyOfMark(token);
  const next = tokens[i + 1];
  // A code is a currency only right before an amount ("USD 2 million"), a sign wherever it is.
  if (currency && (token!.kind === 'symbol' || next?.kind === 'numeral')) return { currency, at: i + 1 };
  return { at: i };
}

/** Digits, with what is stuck to them or follows them: a scale (400k, 1.5 million), a fraction (1/3). */
function readDigits(
  tokens: readonly Token[],
  start: number,
  at: number,
  negative: boolean,
  currency: string | undefined,
): Expression | typeof UNREADABLE {
  const first = tokens[at]!;
  let i = at;
  const decimal = parseDigitNumeral(first.text);
  if (!decimal) return UNREADABLE;
  let amount: WordAmount = { kind: 'decimal', decimal };
  let power = 0;
  i++;
  const next = tokens[i];
  const attached = next && !next.gap ? next : undefined;
  if (attached?.kind === 'word' && ORDINAL_SUFFIXES.has(attached.lower)) return UNREADABLE; // the 18th: a rank
  // After a currency, or digits with a decimal point ("4.3m passengers"), m and b are millions and billions.
  const powers = currency || first.text.includes('.') ? ALL_SUFFIX_POWERS : SUFFIX_POWERS;
  const suffixPower = attached && powers[attached.lower];
  if (suffixPower !== undefined) {
    power = suffixPower;
    i++;
  } else if (attached?.text === '/' && attachedNumeral(tokens[i + 1])) {
    const denominator = Number(tokens[i + 1]!.text);
    if (!/^\d+$/.test(first.text) || !/^\d+$/.test(tokens[i + 1]!.text) || denominator === 0) return UNREADABLE;
    const value = Number(first.text) / denominator;
    return {
      amount: { kind: 'fraction', value },
      negative,
      currency,
      scaled: false,
      power,
      plainDigits: false,
      start,
      end: i + 2,
    };
  } else if (next?.kind === 'word' && next.lower in SCALE_POWERS) {
    power = SCALE_POWERS[next.lower]!;
    i++;
  }
  const scaled = i > at + 1;
  if (scaled) amount = shifted(amount, power);
  const plainDigits = /^\d+$/.test(first.text) && !scaled && !currency && !negative;
  return { amount, negative, currency, scaled, power, plainDigits, start, end: i };
}

/** A number starting at token `start`: digits (with sign, currency, scale) or words; null when none starts there. */
export function readExpression(tokens: readonly Token[], start: number): Expression | typeof UNREADABLE | null {
  const { currency, at } = currencyBefore(tokens, start);
  let i = at;
  let negative = false;
  const sign = tokens[i];
  if ((sign?.text === '-' || sign?.text === '−') && attachedNumeral(tokens[i + 1])) {
    if (i > 0 && !sign.gap && !currency) return null; // a hyphen inside a word or range, not a sign
    negative = true;
    i++;
  }
  const first = tokens[i];
  if (!first) return null;
  if (first.kind === 'numeral') return readDigits(tokens, start, i, negative, currency);
  if (first.kind !== 'word' || (negative && !currency)) return null;
  let words = tokens.slice(i).map((t) => t.lower);
  const minus = words[0] === 'minus';
  if (minus) words = words.slice(1);
  const read = readNumberWords(words, 0);
  if (!read) return null;
  const scales = words.slice(0, read.end).filter((w) => w in SCALE_POWERS && w !== 'hundred');
  const power = words[read.end - 1] === scales.at(-1) && scales.length > 0 ? SCALE_POWERS[scales.at(-1)!]! : 0;
  const end = i + read.end + (minus ? 1 : 0);
  return {
    amount: read.amount,
    negative: minus,
    currency,
    scaled: scales.length > 0,
    power,
    plainDigits: false,
    start,
    end,
  };
}
