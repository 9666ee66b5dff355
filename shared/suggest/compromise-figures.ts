import type { EntityKind } from './entity-kinds';
import { isConnector, splitAtPunctuation, termAt, type Term, type View } from './compromise-terms';

const PERCENT_WORDS = new Set(['percent', 'pct', '%']);
/** Plural amounts that count nothing exactly ("millions of refugees"): not figures. */
const VAGUE_AMOUNT = /^(?:tens|dozens|hundreds|thousands|millions|billions|trillions)$/iu;

const isUnit = (t: Term): boolean =>
  t.tags.has('Unit') || t.tags.has('Currency') || PERCENT_WORDS.has(t.text.toLowerCase());

/**
 * The figures in one of compromise's number matches: split where punctuation falls between two
 * terms ("$5 million, 12%" is two), ordinals and vague amounts dropped, and each followed by its
 * unit word when one comes next (25 percent, 5 million dollars, 300 km).
 */
export function figureGroups(match: readonly Term[], doc: View): Term[][] {
  return splitAtPunctuation(match)
    .filter((g) => !g.every((t) => t.tags.has('Ordinal')) && !(g.length === 1 && VAGUE_AMOUNT.test(g[0]!.text)))
    .map((g) => {
      const last = g[g.length - 1]!;
      const next = last.post.trim() === '' ? termAt(doc, last.index[0], last.index[1] + 1) : null;
      return next && isUnit(next) ? [...g, next] : g;
    });
}

/**
 * A year compromise's dates view missed ("in 2023," after a quote, "FY 2016"): tagged a year, or
 * four digits from 1800 to 2099 after a preposition or a month, or counting nothing after them.
 */
export function isYear(group: readonly Term[], doc: View): boolean {
  const [only] = group;
  if (group.length !== 1 || !only) return false;
  if (only.tags.has('Year')) return true;
  if (!/^(?:18|19|20)\d\d$/u.test(only.text)) return false;
  const before = termAt(doc, only.index[0], only.index[1] - 1);
  const after = termAt(doc, only.index[0], only.index[1] + 1);
  const countsSomething = after !== null && after.tags.has('Plural') && only.post.trim() === '';
  return (before !== null && (isConnector(before) || before.tags.has('Month'))) || !countsSomething;
}

/** Money, a percentage, or a plain number. */
export function figureKind(group: readonly Term[]): EntityKind {
  if (group.some((t) => t.tags.has('Money') || t.tags.has('Currency'))) return 'money';
  if (group.some((t) => t.tags.has('Percent') || PERCENT_WORDS.has(t.text.toLowerCase()))) return 'percent';
  return 'number';
}
