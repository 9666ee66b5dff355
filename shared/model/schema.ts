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

export const annotationSchemaSchema = z.object({
  labels: z.array(labelSchema),
  relationTypes: z.array(relationTypeSchema).default([]),
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
  };
}
