import { z } from 'zod';
import { idSchema } from './ids';
import { ATTRIBUTE_NAME_MAX_LENGTH, DESCRIPTION_MAX_LENGTH, LABEL_NAME_MAX_LENGTH, MAX_HOTKEYS } from './field-limits';

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb');

/** Declares one attribute a label's annotations may carry (e.g. a figure's normalised value). */
export const attributeDefinitionSchema = z.object({
  name: z.string().min(1).max(ATTRIBUTE_NAME_MAX_LENGTH),
  type: z.enum(['string', 'number', 'boolean', 'choice']),
  choices: z.array(z.string()).optional(),
  description: z.string().max(DESCRIPTION_MAX_LENGTH).optional(),
});
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

export const labelSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(LABEL_NAME_MAX_LENGTH),
  colour: colourSchema,
  /** Keys that apply this label: a digit and a letter by default. */
  hotkeys: z.array(z.string().length(1)).max(MAX_HOTKEYS),
  description: z.string().max(DESCRIPTION_MAX_LENGTH).default(''),
  attributes: z.array(attributeDefinitionSchema).default([]),
});
export type Label = z.infer<typeof labelSchema>;

export const relationTypeSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(LABEL_NAME_MAX_LENGTH),
  /** Label ids allowed at each end; empty means any label. */
  sourceLabels: z.array(idSchema).default([]),
  targetLabels: z.array(idSchema).default([]),
});
export type RelationType = z.infer<typeof relationTypeSchema>;

/**
 * A role of an event type and what may fill it: annotations of `targetLabels`, events of
 * `targetEventTypes` (both empty: any annotation or event). `repeatable`: an event may have the
 * role several times (the Themes of a Binding, the agents of a meeting).
 */
export const eventRoleSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(LABEL_NAME_MAX_LENGTH),
  targetLabels: z.array(idSchema).default([]),
  targetEventTypes: z.array(idSchema).default([]),
  repeatable: z.boolean().default(false),
});
export type EventRole = z.infer<typeof eventRoleSchema>;

/** A kind of event: which labels its trigger may have (empty: any), its roles, its attributes. */
export const eventTypeSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(LABEL_NAME_MAX_LENGTH),
  description: z.string().max(DESCRIPTION_MAX_LENGTH).default(''),
  triggerLabels: z.array(idSchema).default([]),
  roles: z.array(eventRoleSchema).default([]),
  attributes: z.array(attributeDefinitionSchema).default([]),
});
export type EventType = z.infer<typeof eventTypeSchema>;

/** A kind of equivalence group (brat's `Equiv`): the labels its members may have (empty: any). */
export const equivalenceTypeSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(LABEL_NAME_MAX_LENGTH),
  labels: z.array(idSchema).default([]),
});
export type EquivalenceType = z.infer<typeof equivalenceTypeSchema>;

export const annotationSchemaSchema = z.object({
  labels: z.array(labelSchema),
  relationTypes: z.array(relationTypeSchema).default([]),
  eventTypes: z.array(eventTypeSchema).default([]),
  equivalenceTypes: z.array(equivalenceTypeSchema).default([]),
});
export type AnnotationSchema = z.infer<typeof annotationSchemaSchema>;

/** The schema every new project starts with: claims, figures, actors and events. */
export function defaultAnnotationSchema(): AnnotationSchema {
  return {
    labels: [
      {
        id: 'claim',
        name: 'Claim',
        colour: '#e8a33d',
        hotkeys: ['1', 'c'],
        description: 'A statement presented as true, attributed to an actor.',
        attributes: [],
      },
      {
        id: 'figure',
        name: 'Figure',
        colour: '#3d8ee8',
        hotkeys: ['2', 'f'],
        description: 'A number, share or quantity, with its normalised value.',
        attributes: [
          { name: 'value', type: 'number', description: 'The figure as a plain number (25% is 0.25).' },
          { name: 'unit', type: 'string', description: 'What is counted (mines, percent, …).' },
          {
            name: 'qualifier',
            type: 'choice',
            choices: ['over', 'under', 'about', 'nearly', 'at least', 'up to'],
            description: 'How the text hedges the figure ("over a million" is over 1,000,000).',
          },
        ],
      },
      {
        id: 'actor',
        name: 'Actor',
        colour: '#3dae6a',
        hotkeys: ['3', 'a'],
        description: 'A person, organisation or state that speaks or acts.',
        attributes: [],
      },
      {
        id: 'event',
        name: 'Event',
        colour: '#b05cc9',
        hotkeys: ['4', 'e'],
        description: 'Something that happened or is said to have happened.',
        attributes: [],
      },
    ],
    relationTypes: [{ id: 'attributed-to', name: 'attributed to', sourceLabels: ['claim'], targetLabels: ['actor'] }],
    eventTypes: [
      {
        id: 'event',
        name: 'Event',
        description: 'Something an actor did or that happened to one, said by its trigger ("provided").',
        triggerLabels: ['event'],
        roles: [
          { id: 'agent', name: 'agent', targetLabels: ['actor'], targetEventTypes: [], repeatable: true },
          { id: 'affected', name: 'affected', targetLabels: ['actor'], targetEventTypes: [], repeatable: true },
          { id: 'figure', name: 'figure', targetLabels: ['figure'], targetEventTypes: [], repeatable: true },
          { id: 'cause', name: 'cause', targetLabels: [], targetEventTypes: ['event'], repeatable: false },
        ],
        attributes: [],
      },
    ],
    // brat's conventional name, so a brat Equiv line comes in and goes out as itself.
    equivalenceTypes: [{ id: 'Equiv', name: 'same entity', labels: [] }],
  };
}
