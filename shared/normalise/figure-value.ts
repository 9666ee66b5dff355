import { decimalValue, parseDigitNumeral } from './digit-numeral';
import { qualifierBefore, type FigureQualifier } from './figure-qualifier';
import { readNumberWords, SCALE_POWERS, type WordAmount } from './number-words';
import { wordTable } from '../text/word-table';

/** What a figure's quote normalises to: 25% is `{ value: 0.25, unit: 'percent' }`. */
export interface FigureProposal {
  value: number;
  unit?: string;
  qualifier?: FigureQualifier;
}

/** The text just before and after the quote, read for a hedge ("some …") or a unit ("… mines"). */
export interface FigureContext {
  before?: string;
  after?: string;
}

interface Token {
  text: string;
  /** Lower case, for matching words. */
  lower: string;
  kind: 'numeral' | 'word' | 'symbol';
  /** Whitespace separates it from what comes before. */
  gap: boolean;
}

// Space-grouped numerals first (1 000 000), then digits with `.`/`,` inside, words, any other sign.
const TOKEN = /(?<!\d)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const t = match[0];
    const kind = /^\d/.test(t) ? 'numeral' : /^\p{L}/u.test(t) ? 'word' : 'symbol';
    tokens.push({ text: t, lower: t.toLowerCase(), kind, gap: match.index > last });
    last = match.index + t.length;
  }
  return tokens;
}

const CURRENCIES = wordTable({ $: 'dollars', '€': 'euros', '£': 'pounds' });
/** Letters stuck to digits that scale them: 400k, 2.5bn; m and b only after a currency sign ($3m). */
const SUFFIX_POWERS = wordTable({ k: 3, bn: 9, mn: 6 });
const CURRENCY_SUFFIX_POWERS = wordTable({ ...SUFFIX_POWERS, m: 6, b: 9 });
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
/** Words that end a unit: what follows them is no longer the thing counted. */
const STOP_WORDS = new Set(
  'of in on at to for from by with and or but than that which who whom whose were was are is be been being have has had will would could should may might can did do does the a an this these those its their our his her as while since during after before including where when if not so also it they we he she per'.split(
    ' ',
  ),
);
/** Count nouns that do not end in s. */
const IRREGULAR_PLURALS = new Set('people children men women personnel police staff cattle sheep deer fish'.split(' '));

type Amount = WordAmount;

interface Expression {
  amount: Amount;
  negative: boolean;
  currency?: string;
  /** A scale word or suffix was read (so one after the quote is not applied again). */
  scaled: boolean;
  start: number;
  end: number;
}

const UNREADABLE = 'unreadable';

const shifted = (amount: Amount, power: number): Amount =>
  amount.kind === 'decimal'
    ? { kind: 'decimal', decimal: { ...amount.decimal, exponent: amount.decimal.exponent + power } }
    : { kind: 'fraction', value: amount.value * 10 ** power };

/** A number starting at token `i`: digits (with sign, currency, scale) or words; null when none starts there. */
function readExpression(tokens: readonly Token[], start: number): Expression | typeof UNREADABLE | null {
  let i = start;
  const currency = CURRENCIES[tokens[i]?.text ?? ''];
  if (currency) i++;
  let negative = false;
  const sign = tokens[i];
  if ((sign?.text === '-' || sign?.text === '−') && tokens[i + 1]?.kind === 'numeral' && !tokens[i + 1]!.gap) {
    if (i > 0 && !sign.gap && !currency) return null; // a hyphen inside a word or range, not a sign
    negative = true;
    i++;
  }
  const first = tokens[i];
  if (!first) return null;
  if (first.kind === 'numeral') {
    const decimal = parseDigitNumeral(first.text);
    if (!decimal) return UNREADABLE;
    let amount: Amount = { kind: 'decimal', decimal };
    let scaled = false;
    i++;
    const next = tokens[i];
    const attached = next && !next.gap ? next : undefined;
    if (attached?.kind === 'word' && ORDINAL_SUFFIXES.has(attached.lower)) return UNREADABLE; // the 18th: a rank
    const suffixPower = attached && (currency ? CURRENCY_SUFFIX_POWERS : SUFFIX_POWERS)[attached.lower];
    if (suffixPower !== undefined) {
      amount = shifted(amount, suffixPower);
      scaled = true;
      i++;
    } else if (attached?.text === '/' && tokens[i + 1]?.kind === 'numeral' && !tokens[i + 1]!.gap) {
      const denominator = Number(tokens[i + 1]!.text);
      if (!/^\d+$/.test(first.text) || !/^\d+$/.test(tokens[i + 1]!.text) || denominator === 0) return UNREADABLE;
      return {
        amount: { kind: 'fraction', value: Number(first.text) / denominator },
        negative,
        currency,
        scaled,
        start,
        end: i + 2,
      };
    } else if (next?.kind === 'word' && next.lower in SCALE_POWERS) {
      amount = shifted(amount, SCALE_POWERS[next.lower]!);
      scaled = true;
      i++;
    }
    return { amount, negative, currency, scaled, start, end: i };
  }
  if (first.kind !== 'word' || (negative && !currency)) return null;
  let words = tokens.slice(i).map((t) => t.lower);
  const minus = words[0] === 'minus';
  if (minus) words = words.slice(1);
  const read = readNumberWords(words, 0);
  if (!read) return null;
  const { amount } = read;
  const scaled = words.slice(0, read.end).some((w) => w in SCALE_POWERS && w !== 'hundred');
  return { amount, negative: minus, currency, scaled, start, end: i + read.end + (minus ? 1 : 0) };
}

/** "%", "percent", "per cent", "pct" (or "percentage points") at the head of `tokens`: the unit and its length. */
function readPercent(tokens: readonly Token[]): { unit: string; length: number } | null {
  const [a, b] = [tokens[0]?.lower, tokens[1]?.lower];
  if (a === '%' || a === 'percent' || a === 'pct') return { unit: 'percent', length: 1 };
  if (a === 'per' && b === 'cent') return { unit: 'percent', length: 2 };
  if (a === 'percentage' && b === 'points') return { unit: 'percentage points', length: 2 };
  return null;
}

/** A plural count noun ("mines", "Azerbaijanis", "people"), the likely thing a figure counts. */
function isCountNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (STOP_WORDS.has(w)) return false;
  if (IRREGULAR_PLURALS.has(w)) return true;
  return (
    /\p{L}{2,}s$/u.test(w) &&
    !/(ss|us|sis)$/.test(w) &&
    !['always', 'perhaps', 'besides', 'towards', 'afterwards', 'whereas', 'unless', 'sometimes'].includes(w)
  );
}

/**
 * The unit: up to three words after the number, before any stop word or sign, ending at the last
 * count noun ("342 Azerbaijani citizens have…" → "Azerbaijani citizens"). Inside the quote a lone
 * word counts too ("1 mine"); after the quote only a count noun does.
 */
function readUnit(tokens: readonly Token[], insideQuote: boolean): string | undefined {
  const run: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || STOP_WORDS.has(t.lower) || MONTHS.has(t.lower) || run.length === 3) break;
    if (run.length === 0 && !t.gap && !insideQuote) break;
    run.push(t.text);
  }
  let last = -1;
  run.forEach((w, i) => {
    if (isCountNoun(w)) last = i;
  });
  if (last >= 0) return run.slice(0, last + 1).join(' ');
  return insideQuote && run.length === 1 ? run[0] : undefined;
}

/**
 * Proposes a figure's normalised value from its quote (and the text around it), or null when
 * the quote holds no number, more than one, a date, a rank, or separators that make no sense.
 * Percentages become shares (25% → 0.25, unit "percent"); scales multiply ("1.5 million" →
 * 1500000); shares in words keep unit "fraction" (two thirds → 0.666…); a hedge before the
 * number becomes the qualifier ("over a million" → 1000000, qualifier "over"). Vague amounts
 * ("dozens", "thousands of") are not guessed at.
 */
export function proposeFigureValue(quote: string, context: FigureContext = {}): FigureProposal | null {
  const tokens = tokenize(quote);
  let expression: Expression | null = null;
  for (let i = 0; i < tokens.length && !expression; i++) {
    const read = readExpression(tokens, i);
    if (read === UNREADABLE) return null;
    expression = read;
  }
  if (!expression) return null;
  // A second number makes the quote a range, a date or two figures: not ours to pick.
  for (let i = expression.end; i < tokens.length; i++) if (readExpression(tokens, i)) return null;
  const before = tokens[expression.start - 1];
  const rest = tokens.slice(expression.end);
  const tail = rest.length > 0 ? rest : tokenize(context.after ?? '');
  if (MONTHS.has(before?.lower ?? '') || MONTHS.has(tail[0]?.lower ?? '')) return null;

  let { amount } = expression;
  let unitTokens = tail;
  if (rest.length === 0 && !expression.scaled && amount.kind === 'decimal' && (tail[0]?.lower ?? '') in SCALE_POWERS) {
    amount = shifted(amount, SCALE_POWERS[tail[0]!.lower]!);
    unitTokens = tail.slice(1);
  }
  const percent = readPercent(unitTokens);
  if (percent) amount = shifted(amount, -2);
  const unit =
    percent?.unit ??
    expression.currency ??
    (amount.kind === 'fraction' ? 'fraction' : readUnit(unitTokens, rest.length > 0));

  const magnitude = amount.kind === 'decimal' ? decimalValue(amount.decimal) : amount.value;
  if (!Number.isFinite(magnitude)) return null;
  const value = expression.negative && magnitude !== 0 ? -magnitude : magnitude;

  const prefix = expression.start > 0 ? tokens.slice(0, expression.start) : tokenize(context.before ?? '');
  const qualifier = qualifierBefore(prefix.map((t) => t.lower));
  return { value, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier } : {}) };
}

/** The text around an annotation that `proposeFigureValue` reads: a few words either side, within the paragraph. */
export function figureContextAt(text: string, start: number, end: number, reach = 40): FigureContext {
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  return { before: before.slice(before.lastIndexOf('\n') + 1), after: after.split('\n', 1)[0] };
}
