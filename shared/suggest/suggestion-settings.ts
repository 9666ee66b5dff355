import { z } from 'zod';
import { idSchema } from '../model';
import type { EntityKind } from './entity-kinds';

const labelChoice = idSchema.nullable();

/**
 * The user's suggestion preferences: which sources run, and which label each kind of thing the
 * NLP source recognises becomes (a label id of the open project's schema; null: not suggested).
 * A kind mapped to a label the project does not have is not suggested either.
 */
export const suggestionSettingsSchema = z
  .object({
    memory: z.boolean(),
    nlp: z.boolean(),
    labels: z
      .object({
        person: labelChoice,
        organisation: labelChoice,
        place: labelChoice,
        number: labelChoice,
        percent: labelChoice,
        money: labelChoice,
        date: labelChoice,
      } satisfies Record<EntityKind, typeof labelChoice>)
      .strict(),
  })
  .strict();
export type SuggestionSettings = z.infer<typeof suggestionSettingsSchema>;

/**
 * Both sources on; the default schema's labels: people, organisations and places (states are
 * actors here) → Actor, numbers, percentages and money → Figure, dates → Event.
 */
export const DEFAULT_SUGGESTION_SETTINGS: SuggestionSettings = {
  memory: true,
  nlp: true,
  labels: {
    person: 'actor',
    organisation: 'actor',
    place: 'actor',
    number: 'figure',
    percent: 'figure',
    money: 'figure',
    date: 'event',
  },
};
