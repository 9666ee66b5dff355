import nlp from 'compromise';
import datesPlugin, { type DatesMethods } from 'compromise-dates';
import { definedAcronyms } from './acronym-mentions';
import { figureGroups, figureKind, isYear } from './compromise-figures';
import {
  dropLeading,
  isConnector,
  matchesOf,
  spanOf,
  splitAtPunctuation,
  trimConnectors,
  untilPossessive,
  type Term,
  type View,
} from './compromise-terms';
import type { EntityKind, EntityMention } from './entity-kinds';

// compromise and its dates plugin: pure JavaScript, no model file, no network. Only main loads
// this module (eslint keeps it out of the renderer, whose bundle a spec checks).
nlp.plugin(datesPlugin);

/** Titles before a name ("Secretary Kerry", "Ambassador James Jeffrey"): not part of it. */
const TITLES = new Set(
  'mr mrs ms dr sir dame president vice prime minister secretary ambassador senator governor mayor chancellor director deputy spokesman spokeswoman spokesperson chairman chairwoman chief general commander king queen prince princess pope judge justice acting assistant special representative'.split(
    ' ',
  ),
);
/** Words that make a date by themselves, with no number or calendar name. */
const RELATIVE_DAYS = new Set(['today', 'tomorrow', 'yesterday', 'tonight']);
/** Words opening a relative date ("this week", "next decade", "last month"). */
const RELATIVE_OPENERS = new Set(['this', 'next', 'last', 'past', 'coming']);
/** Words a date may start with that belong to the year's name, not the date ("fiscal year 2019"). */
const YEAR_WORDS = new Set(['fiscal', 'year', 'fy']);

/**
 * People, organisations, places, numbers, percentages, money and dates in `text`, found by
 * compromise, as exact UTF-16 spans of `text`. Spans are trimmed to the thing itself: no title
 * ("President"), possessive ('s), leading preposition ("in May"), or punctuation; lists are cut at
 * their commas. A number inside a date is part of the date, an ordinal ("18th") is a rank and
 * "millions" no figure. Acronyms the text defines ("(UNHCR)") are organisations. In text order.
 */
export function findEntityMentions(text: string): EntityMention[] {
  const doc = nlp(text) as View & DatesMethods;
  doc.compute('offset');
  const mentions: EntityMention[] = [];
  const add = (kind: EntityKind, view: { docs: unknown }, trim: (terms: Term[]) => Term[]) => {
    for (const match of matchesOf(view)) {
      for (const group of splitAtPunctuation(match)) {
        const span = spanOf(text, trim(group));
        if (span) mentions.push({ kind, ...span });
      }
    }
  };
  add('person', doc.people(), (terms) => untilPossessive(dropLeading(terms, isTitle)));
  add('organisation', doc.organizations(), (terms) => untilPossessive(trimConnectors(terms)));
  add('place', doc.places(), (terms) => untilPossessive(trimConnectors(terms)));
  add('date', doc.dates(), (terms) => (isAnchoredDate(terms) ? dateTerms(terms) : []));
  mentions.push(...figureMentions(text, doc, mentions), ...definedAcronyms(text));
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

const isTitle = (t: Term): boolean => t.tags.has('Honorific') || TITLES.has(t.normal.replace(/\.$/u, ''));

/** A date's own words: no leading preposition or article, no "fiscal year", and it ends before a connector. */
function dateTerms(terms: Term[]): Term[] {
  const trimmed = dropLeading(trimConnectors(terms), (t) => YEAR_WORDS.has(t.normal));
  const at = trimmed.findIndex((t, i) => i > 0 && (isConnector(t) || t.tags.has('Percent')));
  return at === -1 ? trimmed : trimmed.slice(0, at);
}

/** A date with something to place it: a number, a month, a weekday, a year, "today", "this week". */
function isAnchoredDate(terms: readonly Term[]): boolean {
  const words = terms.filter((t) => !isConnector(t));
  return (
    words.some(
      (t) => ['Month', 'WeekDay', 'Year', 'Value'].some((tag) => t.tags.has(tag)) || RELATIVE_DAYS.has(t.normal),
    ) ||
    (words.length > 1 && RELATIVE_OPENERS.has(words[0]!.normal))
  );
}

/** Numbers, percentages and money, outside the dates; a scale word compromise left apart joins its number. */
function figureMentions(text: string, doc: View, found: readonly EntityMention[]): EntityMention[] {
  const dates = found.filter((m) => m.kind === 'date');
  const figures: EntityMention[] = [];
  for (const match of matchesOf(doc.numbers())) {
    for (const group of figureGroups(match, doc)) {
      const span = spanOf(text, group);
      if (!span || dates.some((d) => d.start < span.end && span.start < d.end)) continue;
      const previous = figures[figures.length - 1];
      if (
        previous &&
        /^(?:thousand|million|billion|trillion)$/iu.test(text.slice(span.start, span.end)) &&
        /^\s+$/u.test(text.slice(previous.end, span.start))
      ) {
        previous.end = span.end; // "13.5" and "million", told apart: one figure
        continue;
      }
      figures.push({ kind: isYear(group, doc) ? 'date' : figureKind(group), ...span });
    }
  }
  return figures;
}
