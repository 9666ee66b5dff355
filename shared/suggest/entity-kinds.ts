/**
 * What the offline NLP source recognises. The settings map each kind to a label of the project's
 * schema (or to none), so no label id is written into the recogniser.
 */
export const ENTITY_KINDS = ['person', 'organisation', 'place', 'number', 'percent', 'money', 'date'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How the settings dialog names each kind. */
export const ENTITY_KIND_NAMES: Readonly<Record<EntityKind, string>> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  number: 'Numbers',
  percent: 'Percentages',
  money: 'Money',
  date: 'Dates',
};

/** One thing the recogniser found: a half-open span of the text in UTF-16 code units. */
export interface EntityMention {
  kind: EntityKind;
  start: number;
  end: number;
}
