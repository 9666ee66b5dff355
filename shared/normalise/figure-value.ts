import { currencyAfter } from './currency-units';
import { decimalValue } from './digit-numeral';
import { findDate, isMonth, isYearNumber, type DateReading } from './figure-date';
import { timeUnitAfter } from './figure-duration';
import { readExpression, shifted, UNREADABLE, type Expression } from './figure-expression';
import { figureKind } from './figure-kind';
import type { FigureContext, FigureHedge, FigureProposal } from './figure-proposal';
import { hedgeAfter, hedgeBefore, hedgeBeforeDuration, qualifierOfHedge } from './figure-qualifier';
import { readRangeEnd } from './figure-range';
import { readShareOf } from './figure-share';
import { tokenize, type Token } from './figure-tokens';
import { readPercent, readUnit } from './figure-unit';
import { SCALE_POWERS, type WordAmount } from './number-words';

const magnitude = (amount: WordAmount): number =>
  amount.kind === 'decimal' ? decimalValue(amount.decimal) : amount.value;

const signed = (expression: Expression, amount: WordAmount): number => {
  const value = magnitude(amount);
  return expression.negative && value !== 0 ? -value : value;
};

/** The first number in `tokens`, or UNREADABLE when a numeral there is not a quantity. */
function firstExpression(tokens: readonly Token[]): Expression | typeof UNREADABLE | null {
  for (let i = 0; i < tokens.length; i++) {
    const read = readExpression(tokens, i);
    if (read) return read;
  }
  return null;
}

const hasNumberIn = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (readExpression(tokens, i)) return true;
  return false;
};

/** The hedge before the figure's first token: the words before it in the quote, after those before the quote. */
function hedgeAt(
  tokens: readonly Token[],
  start: number,
  context: FigureContext,
  duration = false,
): FigureHedge | null {
  const prefix = [...tokenize(context.before ?? ''), ...tokens.slice(0, start)].map((t) => t.lower);
  return duration ? hedgeBeforeDuration(prefix) : hedgeBefore(prefix);
}

/** "3,400 or more people", "30 people or more": a hedge within the few words after the number. */
function hedgeWithin(tokens: readonly Token[]): FigureHedge | null {
  const words = tokens.map((t) => t.lower);
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const hedge = hedgeAfter(words.slice(i));
    if (hedge) return hedge;
  }
  return null;
}

function dateProposal(tokens: readonly Token[], date: DateReading, context: FigureContext): FigureProposal | null {
  if (hasNumberIn(tokens, 0, date.start) || hasNumberIn(tokens, date.end, tokens.length)) return null;
  const hedge = hedgeAt(tokens, date.start, context);
  return { value: date.iso, min: null, max: null, unit: null, kind: 'date', qualifier: qualifierOfHedge(hedge), hedge };
}

/**
 * Normalises a figure's quote (with the text around it): its value, or min and max for a range,
 * its unit, kind and qualifier; null when the quote holds no number, a rank, two figures, or
 * separators that make no sense. Percentages become shares (25% → 0.25, unit "percent"); scales
 * multiply ("1.5 million" → 1500000, "from 1.5 to 2 million" → 1500000 to 2000000); "1 in 4"
 * and "two thirds" are shares (unit "fraction"); money takes
 * its ISO currency code as unit ($1.5bn → USD); dates are ISO strings; a hedge before the number
 * becomes the qualifier ("over a million" → at least 1000000). Vague amounts ("dozens",
 * "thousands of") are not guessed at.
 */
export function normaliseFigure(quote: string, context: FigureContext = {}): FigureProposal | null {
  const tokens = tokenize(quote);
  const date = findDate(tokens);
  if (date) return dateProposal(tokens, date, context);
  const read = firstExpression(tokens);
  if (!read || read === UNREADABLE) return null;
  const share = readShareOf(tokens, read);
  const first: Expression = share
    ? { ...read, amount: { kind: 'fraction', value: share.share }, plainDigits: false, end: share.end }
    : read;
  const range = share ? null : readRangeEnd(tokens, first);
  const last = range?.second ?? first;
  // A number after the figure makes the quote two figures: not ours to pick.
  if (hasNumberIn(tokens, last.end, tokens.length)) return null;
  const rest = tokens.slice(last.end);
  const tail = rest.length > 0 ? rest : tokenize(context.after ?? '');
  if (isMonth(tokens[first.start - 1]) || isMonth(tail[0])) return null; // part of a date we cannot read

  let low = first.amount;
  let high = last.amount;
  let unitTokens = tail;
  // A quote clipped before its scale ("1.5" of "1.5 million"): the scale after it still applies.
  const scaleAfter = SCALE_POWERS[tail[0]?.lower ?? ''];
  if (rest.length === 0 && !last.scaled && high.kind === 'decimal' && scaleAfter !== undefined) {
    high = shifted(high, scaleAfter);
    if (range && !first.scaled) low = shifted(low, scaleAfter);
    unitTokens = tail.slice(1);
  } else if (range && !first.scaled && last.power > 0) {
    // "from 1.5 to 2 million" is 1.5 million to 2 million, but "900 to 1.2 million" starts at 900.
    const scaledLow = shifted(low, last.power);
    if (magnitude(scaledLow) <= magnitude(high)) low = scaledLow;
  }
  const percent = readPercent(unitTokens);
  if (percent) unitTokens = unitTokens.slice(percent.length);
  if (percent || range?.firstPercent) {
    low = shifted(low, -2);
    high = shifted(high, -2);
  }
  const currency = first.currency ?? last.currency ?? currencyAfter(unitTokens)?.code ?? null;
  const lowValue = signed(first, low);
  const highValue = signed(last, high);
  if (!Number.isFinite(lowValue) || !Number.isFinite(highValue) || lowValue > highValue) return null;

  const fraction = high.kind === 'fraction';
  const timeUnit = currency ? null : timeUnitAfter(unitTokens, highValue);
  const counted = readUnit(unitTokens, rest.length > 0);
  const unit = percent?.unit ?? currency ?? timeUnit ?? (fraction ? 'fraction' : (counted ?? null));
  const year =
    unit === null &&
    last.plainDigits &&
    isYearNumber(highValue) &&
    (!range || (first.plainDigits && isYearNumber(lowValue)));
  const kind = figureKind({ share: percent !== null || fraction, currency, timeUnit, year });

  const hedge = hedgeAt(tokens, first.start, context, kind === 'duration') ?? hedgeWithin(rest);
  if (range) return { value: null, min: lowValue, max: highValue, unit, kind, qualifier: 'range', hedge };
  const value = year ? String(highValue) : highValue;
  return { value, min: null, max: null, unit, kind, qualifier: qualifierOfHedge(hedge), hedge };
}

/** The text around an annotation that `normaliseFigure` reads: a few words either side, within the paragraph. */
export function figureContextAt(text: string, start: number, end: number, reach = 40): FigureContext {
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  return { before: before.slice(before.lastIndexOf('\n') + 1), after: after.split('\n', 1)[0] };
}
