/** How a figure is hedged, in one word each team can filter on. */
export type FigureQualifier = 'over' | 'under' | 'about' | 'nearly' | 'at least' | 'up to';

/** The phrases read before a number, longest first within each qualifier. */
const PHRASES: Record<FigureQualifier, string[]> = {
  over: [
    'in excess of',
    'upwards of',
    'well over',
    'more than',
    'over',
    'above',
    'exceeds',
    'exceeded',
    'exceeding',
    'surpasses',
    'surpassed',
    'surpassing',
  ],
  under: ['fewer than', 'less than', 'under', 'below'],
  nearly: ['just under', 'not quite', 'nearly', 'almost'],
  about: [
    'an estimated',
    'closer to',
    'close to',
    'approximately',
    'roughly',
    'around',
    'about',
    'circa',
    'some',
    'approx',
  ],
  'at least': ['no fewer than', 'no less than', 'a minimum of', 'at least'],
  'up to': ['no more than', 'a maximum of', 'as many as', 'as much as', 'at most', 'up to'],
};

const TABLE = Object.entries(PHRASES)
  .flatMap(([qualifier, phrases]) =>
    phrases.map((p) => ({ qualifier: qualifier as FigureQualifier, words: p.split(' ') })),
  )
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The qualifier that the words just before a number end with (lower case, in text order), or
 * undefined: "more than", "over", "exceeds" → over; "some", "about", "close(r) to" → about; …
 */
export function qualifierBefore(words: readonly string[]): FigureQualifier | undefined {
  for (const { qualifier, words: phrase } of TABLE) {
    if (phrase.length > words.length) continue;
    const tail = words.slice(words.length - phrase.length);
    if (tail.every((w, i) => w === phrase[i])) return qualifier;
  }
  return undefined;
}
