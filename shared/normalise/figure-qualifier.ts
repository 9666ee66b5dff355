import type { FigureHedge, FigureQualifier } from './figure-proposal';

/** The phrases read before a number, longest first within each hedge. */
const BEFORE: Record<FigureHedge, string[]> = {
  over: [
    'in excess of',
    'upwards of',
    'well over',
    'just over',
    'more than',
    'greater than',
    'over',
    'above',
    'exceeds',
    'exceeded',
    'exceeding',
    'surpasses',
    'surpassed',
    'surpassing',
    'topped',
    'tops',
  ],
  under: ['fewer than', 'less than', 'under', 'below'],
  nearly: ['just under', 'not quite', 'nearly', 'almost', 'close on'],
  about: [
    'an estimated',
    'estimated',
    'closer to',
    'close to',
    'approximately',
    'roughly',
    'around',
    'about',
    'circa',
    'some',
    'approx',
    'c .',
    'ca .',
    '~',
  ],
  'at least': ['no fewer than', 'no less than', 'not less than', 'a minimum of', 'at least'],
  'up to': ['no more than', 'not more than', 'a maximum of', 'as many as', 'as much as', 'at most', 'up to'],
};

/** The phrases read after a number ("3,400 or more"). */
const AFTER: Partial<Record<FigureHedge, string[]>> = {
  over: ['or more', 'and more', 'or above', 'and above', 'plus', '+'],
  'up to': ['or less', 'or fewer', 'at most', 'or below'],
  about: ['or so', 'odd'],
};

type Phrase = { hedge: FigureHedge; words: string[] };

const table = (phrases: Partial<Record<FigureHedge, string[]>>): Phrase[] =>
  Object.entries(phrases)
    .flatMap(([hedge, list]) => list.map((p) => ({ hedge: hedge as FigureHedge, words: p.split(' ') })))
    .sort((a, b) => b.words.length - a.words.length);

const BEFORE_TABLE = table(BEFORE);
const AFTER_TABLE = table(AFTER);

/**
 * The hedge that the words just before a number end with (lower case, in text order), or null:
 * "more than", "over", "exceeds" → over; "some", "about", "close(r) to" → about; …
 */
export function hedgeBefore(words: readonly string[]): FigureHedge | null {
  for (const { hedge, words: phrase } of BEFORE_TABLE) {
    if (phrase.length > words.length) continue;
    const tail = words.slice(words.length - phrase.length);
    if (tail.every((w, i) => w === phrase[i])) return hedge;
  }
  return null;
}

/** Words after which "over" a length of time still means "more than" ("held for over two years"). */
const OVER_A_PERIOD = new Set(['for', 'of', 'after', 'lasted', 'lasting', 'took', 'spent', 'than']);

/**
 * The hedge before a length of time: as hedgeBefore, except that "over" alone means "during"
 * ("the economy will grow over five years"), not "more than".
 */
export function hedgeBeforeDuration(words: readonly string[]): FigureHedge | null {
  const hedge = hedgeBefore(words);
  const during = hedge === 'over' && words.at(-1) === 'over' && !OVER_A_PERIOD.has(words.at(-2) ?? '');
  return during ? null : hedge;
}

/** The hedge that the words just after a number (and its unit) start with: "or more" → over. */
export function hedgeAfter(words: readonly string[]): FigureHedge | null {
  for (const { hedge, words: phrase } of AFTER_TABLE) {
    if (phrase.every((w, i) => words[i] === w)) return hedge;
  }
  return null;
}

/**
 * The qualifier a hedge makes of a single figure. "More than" and "over" become "at least" and
 * "fewer than" and "under" "at most": a bound, without the strict-or-not nuance few readers
 * weigh and no filter needs; "nearly" is approximate, as the figure is meant to be read.
 */
const QUALIFIERS: Record<FigureHedge, FigureQualifier> = {
  over: 'at least',
  'at least': 'at least',
  under: 'at most',
  'up to': 'at most',
  about: 'approximate',
  nearly: 'approximate',
};

export const qualifierOfHedge = (hedge: FigureHedge | null): FigureQualifier => (hedge ? QUALIFIERS[hedge] : 'exact');
