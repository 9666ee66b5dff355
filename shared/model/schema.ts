import { z } from 'zod';
import { idSchema } from './ids';
import { attributeValueSchema } from './attributes';
import {
  ATTRIBUTE_NAME_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  LABEL_NAME_MAX_LENGTH,
  MAX_CHOSEN_VALUES,
  MAX_HOTKEYS,
} from './field-limits';

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb');

/**
 * The kinds of attribute values: `string` is free text, `date` an ISO `yyyy-mm-dd` string (format
 * version 5), `choice` one of `choices` (or, with `multiple`, a list of them).
 */
export const ATTRIBUTE_TYPES = ['string', 'number', 'boolean', 'choice', 'date'] as const;

/** Declares one attribute a label's annotations (or the documents) may carry (e.g. a figure's normalised value). */
export const attributeDefinitionSchema = z.object({
  name: z.string().min(1).max(ATTRIBUTE_NAME_MAX_LENGTH),
  type: z.enum(ATTRIBUTE_TYPES),
  choices: z.array(z.string()).max(MAX_CHOSEN_VALUES).optional(),
  /** A choice attribute whose value is a list of the choices (format version 5). */
  multiple: z.boolean().optional(),
  /** Filled in when an annotation of the label is made without it (format version 5). */
  default: attributeValueSchema.optional(),
  /** Annotations lacking it are flagged as incomplete (format version 5). */
  required: z.boolean().optional(),
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
  /**
   * Labels and attributes of whole documents ("relevant: yes/no", "outlet"), kept in each
   * document's `metadata` under their names (format version 5).
   */
  documentAttributes: z.array(attributeDefinitionSchema).default([]),
});
export type AnnotationSchema = z.infer<typeof annotationSchemaSchema>;

/** The schema every new project starts with: claims, figures, actors and events. */
export function defaultAnnotationSchema(): AnnotationSchema {
  return {
    labels: defaultLabels(),
    relationTypes: [{ id: 'attributed-to', name: 'attributed to', sourceLabels: ['claim'], targetLabels: ['actor'] }],
    eventTypes: [defaultEventType()],
    // brat's conventional name, so a brat Equiv line comes in and goes out as itself.
    equivalenceTypes: [{ id: 'Equiv', name: 'same entity', labels: [] }],
    documentAttributes: [
      { name: 'outlet', type: 'string', description: 'Who published the document.' },
      { name: 'relevant', type: 'boolean', description: 'Whether the document belongs in the study.' },
    ],
  };
}

/** The four labels of a new project, with the attributes a newsroom or research team records. */
function defaultLabels(): Label[] {
  return [
    {
      id: 'claim',
      name: 'Claim',
      colour: '#e8a33d',
      hotkeys: ['1', 'c'],
      description: 'A statement presented as true, attributed to an actor.',
      // Its source is the "attributed to" relation to an Actor, not an attribute: an arc in the text.
      attributes: [
        {
          name: 'stance',
          type: 'choice',
          choices: ['asserts', 'denies', 'questions', 'reports'],
          description: 'How the source holds the claim: asserts it, denies it, questions it, or only reports it.',
        },
        {
          name: 'checkable',
          type: 'boolean',
          description: 'Whether the claim states a fact that records or sources could confirm or refute.',
        },
      ],
    },
    {
      id: 'figure',
      name: 'Figure',
      colour: '#3d8ee8',
      hotkeys: ['2', 'f'],
      description: 'A number, share or quantity, with its normalised value.',
      attributes: figureAttributes(),
    },
    {
      id: 'actor',
      name: 'Actor',
      colour: '#3dae6a',
      hotkeys: ['3', 'a'],
      description: 'A person, organisation or state that speaks or acts.',
      // Mentions of one actor ("Aykhan Hajizada", "the spokesperson") link to one entity (`entity`).
      attributes: [
        {
          name: 'type',
          type: 'choice',
          choices: ['person', 'organisation', 'state', 'group'],
          description: 'What kind of actor: a person, an organisation, a state, or a looser group.',
        },
      ],
    },
    {
      id: 'event',
      name: 'Event',
      colour: '#b05cc9',
      hotkeys: ['4', 'e'],
      description: 'Something that happened or is said to have happened.',
      // Who did it and to whom are the event's roles (agent, affected), drawn as arcs to Actors.
      attributes: [
        { name: 'type', type: 'string', description: 'What kind of event (handover, attack, meeting, statement…).' },
        { name: 'date', type: 'date', description: 'When it happened, as far as the text says (yyyy-mm-dd).' },
        { name: 'place', type: 'string', description: 'Where it happened.' },
      ],
    },
  ];
}

/**
 * The Figure label's attributes: what the normaliser (shared/normalise/) fills when a figure is
 * labelled; its kinds and qualifiers are FIGURE_KINDS and FIGURE_QUALIFIERS there (a test keeps
 * them the same).
 */
function figureAttributes(): AttributeDefinition[] {
  return [
    {
      name: 'value',
      type: 'number',
      description: 'The figure as a plain number (25% is 0.25, "in 1994" 1994); empty for a range or a full date.',
    },
    { name: 'min', type: 'number', description: 'A range’s lower end ("20-30%": 0.2).' },
    { name: 'max', type: 'number', description: 'A range’s upper end ("20-30%": 0.3).' },
    {
      name: 'unit',
      type: 'string',
      description: 'What is counted (mines), percent, a currency code (USD), years.',
    },
    {
      name: 'kind',
      type: 'choice',
      choices: ['count', 'percentage', 'money', 'date', 'duration'],
      description: 'What the figure measures.',
    },
    {
      name: 'qualifier',
      type: 'choice',
      choices: ['exact', 'approximate', 'at least', 'at most', 'range'],
      description: 'How the text pins it down ("more than 3,400" is at least 3,400).',
    },
  ];
}

/** What an Event label's trigger starts: who acted, who was affected, the figures, the cause. */
function defaultEventType(): EventType {
  return {
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
  };
}
