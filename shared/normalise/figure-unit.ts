import type { Token } from './figure-tokens';
import { isMonth } from './figure-date';

/** Words that end a unit: what follows them is no longer the thing counted. */
const STOP_WORDS = new Set(
  'of in on at to for from by with and or but than that which who whom whose were was are is be been being have has had will would could should may might can did do does the a an this these those its their our his her as while since during after before including where when if not so also it they we he she per plus'.split(
    ' ',
  ),
);
/** Count nouns that do not end in s. */
const IRREGULAR_PLURALS = new Set('people children men women personnel police staff cattle sheep deer fish'.split(' '));
const NOT_PLURALS = new Set([
  'always',
  'perhaps',
  'besides',
  'towards',
  'afterwards',
  'whereas',
  'unless',
  'sometimes',
]);

/** "%", "percent", "per cent", "pct" (or "percentage points", "pp") at the head of `tokens`: the unit and its length. */
export function readPercent(tokens: readonly Token[]): { unit: string; length: number } | null {
  const [a, b] = [tokens[0]?.lower, tokens[1]?.lower];
  if (a === '%' || a === 'percent' || a === 'pct') return { unit: 'percent', length: 1 };
  if (a === 'per' && b === 'cent') return { unit: 'percent', length: 2 };
  if (a === 'percentage' && (b === 'points' || b === 'point')) return { unit: 'percentage points', length: 2 };
  if (a === 'pp' || a === 'ppt' || a === 'ppts') return { unit: 'percentage points', length: 1 };
  return null;
}

/** A plural count noun ("mines", "Azerbaijanis", "people"), the likely thing a figure counts. */
function isCountNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (STOP_WORDS.has(w)) return false;
  if (IRREGULAR_PLURALS.has(w)) return true;
  return /\p{L}{2,}s$/u.test(w) && !/(ss|us|sis)$/.test(w) && !NOT_PLURALS.has(w);
}

/**
 * The unit: up to three words after the number, before any stop word or sign, ending at the last
 * count noun ("342 Azerbaijani citizens have…" → "Azerbaijani citizens"). Inside the quote a lone
 * word counts too ("1 mine"); after the quote only a count noun does.
 */
export function readUnit(tokens: readonly Token[], insideQuote: boolean): string | undefined {
  const run: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || STOP_WORDS.has(t.lower) || isMonth(t) || run.length === 3) break;
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
