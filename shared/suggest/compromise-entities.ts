import nlp from 'compromise';
import datesPlugin, { type DatesMethods } from 'compromise-dates';
import type { EntityKind, EntityMention } from './entity-kinds';

// compromise and its dates plugin: pure JavaScript, no model file, no network. Only main loads
// this module (eslint keeps it out of the renderer, whose bundle a spec checks).
nlp.plugin(datesPlugin);

/** What this module reads of a compromise term once offsets are computed. */
interface Term {
  text: string;
  post: string;
  tags: Set<string>;
  /** Sentence and position in the whole document. */
  index: [number, number];
  offset: { start: number; length: number };
}

type View = ReturnType<typeof nlp>;
/** A view of matches: each an array of terms (compromise's own Term type lacks the offsets we read). */
type Matches = { docs: unknown };
type WithDates = View & DatesMethods;

/** Words that introduce or join a phrase, never part of a name or a date ("in", "the", "that"). */
const CONNECTORS = ['Preposition', 'Determiner', 'Conjunction'];
const POSSESSIVE_END = /['’]s$/u;
const PERCENT_WORDS = new Set(['percent', 'pct', '%']);

/**
 * People, organisations, places, numbers, percentages, money and dates in `text`, found by
 * compromise, as exact UTF-16 spans of `text`. Spans are trimmed to the thing itself: no title
 * ("President"), possessive ('s), leading preposition ("in May"), or punctuation. A number inside a
 * date is part of the date, an ordinal ("18th") is a rank, not a figure. In text order.
 */
export function findEntityMentions(text: string): EntityMention[] {
  const doc = nlp(text) as WithDates;
  doc.compute('offset');
  const mentions: EntityMention[] = [];
  const add = (kind: EntityKind, view: Matches, trim: (terms: Term[]) => Term[]) => {
    for (const match of view.docs as unknown as Term[][]) {
      const span = spanOf(text, trim(match.filter((t) => t.text !== '')));
      if (span) mentions.push({ kind, ...span });
    }
  };
  add('person', doc.people(), (terms) => untilPossessive(dropLeading(terms, (t) => t.tags.has('Honorific'))));
  add('organisation', doc.organizations(), (terms) => untilPossessive(trimConnectors(terms)));
  add('place', doc.places(), (terms) => untilPossessive(trimConnectors(terms)));
  add('date', doc.dates(), (terms) => untilConnector(trimConnectors(terms)));
  const dates = mentions.filter((m) => m.kind === 'date');
  for (const match of doc.numbers().docs as unknown as Term[][]) {
    for (const group of figureGroups(match, doc)) {
      const span = spanOf(text, group);
      if (span && !dates.some((d) => d.start < span.end && span.start < d.end)) {
        mentions.push({ kind: isYear(group, doc) ? 'date' : figureKind(group), ...span });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The figures in one of compromise's number matches: split where punctuation falls between two
 * terms ("$5 million, 12%" is two), ordinals dropped, and each followed by its unit word when one
 * comes next (25 percent, 5 million dollars, 300 km).
 */
function figureGroups(match: Term[], doc: View): Term[][] {
  const groups: Term[][] = [];
  let group: Term[] = [];
  for (const term of match) {
    if (term.text === '') continue;
    group.push(term);
    if (/\S/u.test(term.post)) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
  return groups
    .filter((g) => !g.every((t) => t.tags.has('Ordinal')))
    .map((g) => {
      const last = g[g.length - 1]!;
      const next = last.post.trim() === '' ? termAt(doc, last.index[0], last.index[1] + 1) : null;
      return next && isUnit(next) ? [...g, next] : g;
    });
}

/**
 * A year the dates view missed ("in 2023," after a quote): tagged a year, or four digits from 1800
 * to 2099 after a preposition or a month.
 */
function isYear(group: Term[], doc: View): boolean {
  const [only] = group;
  if (group.length !== 1 || !only) return false;
  if (only.tags.has('Year')) return true;
  const before = termAt(doc, only.index[0], only.index[1] - 1);
  return /^(?:18|19|20)\d\d$/u.test(only.text) && before !== null && (isConnector(before) || before.tags.has('Month'));
}

function figureKind(group: Term[]): EntityKind {
  if (group.some((t) => t.tags.has('Money') || t.tags.has('Currency'))) return 'money';
  if (group.some((t) => t.tags.has('Percent') || PERCENT_WORDS.has(t.text.toLowerCase()))) return 'percent';
  return 'number';
}

const isUnit = (t: Term): boolean =>
  t.tags.has('Unit') || t.tags.has('Currency') || PERCENT_WORDS.has(t.text.toLowerCase());

/** The term at a position of a sentence of the whole document, or null outside it. */
function termAt(doc: View, sentence: number, position: number): Term | null {
  return (doc.document as unknown as Term[][])[sentence]?.[position] ?? null;
}

const isConnector = (t: Term): boolean => CONNECTORS.some((tag) => t.tags.has(tag));

function trimConnectors(terms: Term[]): Term[] {
  let from = 0;
  let to = terms.length;
  while (from < to && isConnector(terms[from]!)) from++;
  while (to > from && isConnector(terms[to - 1]!)) to--;
  return terms.slice(from, to);
}

/** A date ends before a connector inside it ("last week that 40%…" is "last week"). */
function untilConnector(terms: Term[]): Term[] {
  const at = terms.findIndex((t, i) => i > 0 && (isConnector(t) || t.tags.has('Percent')));
  return at === -1 ? terms : terms.slice(0, at);
}

/** A name ends at its possessive ("the European Union’s office" names the European Union). */
function untilPossessive(terms: Term[]): Term[] {
  const at = terms.findIndex((t) => POSSESSIVE_END.test(t.text));
  return at === -1 ? terms : terms.slice(0, at + 1);
}

function dropLeading(terms: Term[], drop: (t: Term) => boolean): Term[] {
  let from = 0;
  while (from < terms.length - 1 && drop(terms[from]!)) from++;
  return terms.slice(from);
}

/**
 * The span from the first term to the last, in `text`'s own offsets, checked against `text`
 * (null when compromise's offsets do not find its terms there), without a possessive 's or
 * punctuation at either end.
 */
function spanOf(text: string, terms: Term[]): { start: number; end: number } | null {
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

/** Marks a term may carry at its edges that are not part of the thing named. */
const EDGE_PUNCTUATION = /[\s"'“”‘’«»()[\]{},.;:!?]/u;
