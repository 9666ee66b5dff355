import { readExpression, type Expression } from './figure-expression';
import type { Token } from './figure-tokens';
import { readPercent } from './figure-unit';

const DASHES = new Set(['-', '–', '—']);

/** The second number of a range, and what was written between the two. */
export interface RangeEnd {
  second: Expression;
  /** The first number carried its own percent sign ("20%-30%"). */
  firstPercent: boolean;
}

/**
 * The second number of a range whose first is `first`: "20-30%", "20–30 per cent", "between 20
 * and 30", "from 1.5 to 2 million", "20% to 30%". "And" joins a range only after "between";
 * anything else ("20 and 30") is two figures.
 */
export function readRangeEnd(tokens: readonly Token[], first: Expression): RangeEnd | null {
  let i = first.end;
  const percent = readPercent(tokens.slice(i));
  if (percent) i += percent.length;
  const connector = tokens[i];
  if (!connector) return null;
  const between = tokens[first.start - 1]?.lower === 'between';
  const joins = DASHES.has(connector.text) || connector.lower === 'to' || (connector.lower === 'and' && between);
  if (!joins) return null;
  const second = readExpression(tokens, i + 1);
  if (!second || second === 'unreadable') return null;
  return { second, firstPercent: percent !== null };
}
