import type nlp from 'compromise';

/** What the suggestion code reads of a compromise term once offsets are computed. */
export interface Term {
  text: string;
  /** Lower case, punctuation removed (compromise's normal form). */
  normal: string;
  post: string;
  tags: Set<string>;
  /** Sentence and position in the whole document. */
  index: [number, number];
  offset: { start: number; length: number };
}

/** A compromise document (the dates plugin's views included). */
export type View = ReturnType<typeof nlp>;

/** The terms of each match of a view. */
export const matchesOf = (view: { docs: unknown }): Term[][] => view.docs as Term[][];

/** The term at a position of a sentence of the whole document, or null outside it. */
export function termAt(doc: View, sentence: number, position: number): Term | null {
  return (doc.document as unknown as Term[][])[sentence]?.[position] ?? null;
}

/** Words that introduce or join a phrase, never part of a name or a date ("in", "and", "the"). */
export const isConnector = (t: Term): boolean =>
  t.tags.has('Preposition') || t.tags.has('Conjunction') || ['the', 'a', 'an'].includes(t.normal);

const POSSESSIVE_END = /['’‘]s$/u;
/** Marks a term may carry at its edges that are not part of the thing named. */
const EDGE_PUNCTUATION = /[\s"'“”‘’«»()[\]{},.;:!?]/u;

/** A match cut where punctuation stands between two terms: "Iraq, Yemen, Pakistan" is three places. */
export function splitAtPunctuation(terms: readonly Term[]): Term[][] {
  const groups: Term[][] = [];
  let group: Term[] = [];
  for (const term of terms) {
    if (term.text === '') continue;
    group.push(term);
    if (/\S/u.test(term.post)) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Without connectors at either end ("in May" is "May"). */
export function trimConnectors(terms: Term[]): Term[] {
  let from = 0;
  let to = terms.length;
  while (from < to && isConnector(terms[from]!)) from++;
  while (to > from && isConnector(terms[to - 1]!)) to--;
  return terms.slice(from, to);
}

/** A name ends at its possessive ("the European Union’s office" names the European Union). */
export function untilPossessive(terms: Term[]): Term[] {
  const at = terms.findIndex((t) => POSSESSIVE_END.test(t.text));
  return at === -1 ? terms : terms.slice(0, at + 1);
}

/** Without the leading terms `drop` picks, one term at least kept. */
export function dropLeading(terms: Term[], drop: (t: Term) => boolean): Term[] {
  let from = 0;
  while (from < terms.length - 1 && drop(terms[from]!)) from++;
  return terms.slice(from);
}

/**
 * The span from the first term to the last, in `text`'s own offsets, checked against `text`
 * (null when compromise's offsets do not find its terms there), without a possessive 's or
 * punctuation at either end.
 */
export function spanOf(text: string, terms: readonly Term[]): { start: number; end: number } | null {
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (!first || !last) return null;
  const found = (t: Term) => text.slice(t.offset.start, t.offset.start + t.offset.length) === t.text;
  if (!found(first) || !found(last)) return null;
  let start = first.offset.start;
  let end = last.offset.start + last.offset.length;
  if (POSSESSIVE_END.test(text.slice(start, end))) end -= 2;
  while (start < end && EDGE_PUNCTUATION.test(text[start]!)) start++;
  while (end > start && EDGE_PUNCTUATION.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
