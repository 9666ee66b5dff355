import { decimalValue } from './digit-numeral';
import { readExpression, type Expression } from './figure-expression';
import type { Token } from './figure-tokens';
import { isYearNumber } from './figure-date';

/** A whole number as a share's side: no scale, no currency, no sign. */
function wholeOf(expression: Expression): number | null {
  const { amount, scaled, currency, negative } = expression;
  if (amount.kind !== 'decimal' || scaled || currency || negative) return null;
  const value = decimalValue(amount.decimal);
  return Number.isInteger(value) ? value : null;
}

/**
 * "1 in 4", "one in five", "nine out of 10": the share and the token just past it, or null. The
 * second number must be larger and no year ("40 in 2020" is forty, in 2020).
 */
export function readShareOf(tokens: readonly Token[], first: Expression): { share: number; end: number } | null {
  const numerator = wholeOf(first);
  if (numerator === null) return null;
  const [a, b] = [tokens[first.end]?.lower, tokens[first.end + 1]?.lower];
  const at = a === 'in' ? first.end + 1 : a === 'out' && b === 'of' ? first.end + 2 : -1;
  if (at < 0) return null;
  const second = readExpression(tokens, at);
  if (!second || second === 'unreadable') return null;
  const denominator = wholeOf(second);
  if (denominator === null || denominator <= numerator || isYearNumber(denominator)) return null;
  return { share: numerator / denominator, end: second.end };
}
