import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { attributeMapSchema } from './attributes';
import { annotatorNameSchema, modifiersOfAttributes, noteSchema } from './annotation';
import { commentListSchema } from './comment';
import { normalizationListSchema } from './normalization';
import { modifierListSchema } from './modifiers';
import { EVENT_MAX_ARGUMENTS } from './field-limits';

/**
 * One role → argument pair of an event: the role as the schema's event type names it (`Theme`,
 * `agent`) and what fills it, an annotation or another event of the same document. A role may
 * come back several times (two Themes of a Binding); the order is the event's.
 */
export const eventArgumentSchema = z
  .object({
    role: idSchema,
    target: idSchema,
    targetKind: z.enum(['annotation', 'event']),
  })
  .strict();
export type EventArgument = z.infer<typeof eventArgumentSchema>;

/**
 * Something that happens in the text, as a thing of its own (brat's `E` lines): its type, the
 * annotation that says it (the trigger, which several events may share), its arguments, and its
 * own attributes, modifiers, note and links, apart from the trigger's.
 */
export const eventSchema = z
  .object({
    id: idSchema,
    documentId: idSchema,
    type: idSchema,
    /** The trigger annotation's id (same document). */
    trigger: idSchema,
    arguments: z.array(eventArgumentSchema).max(EVENT_MAX_ARGUMENTS).default([]),
    attributes: attributeMapSchema.default({}),
    modifiers: modifierListSchema.optional(),
    normalizations: normalizationListSchema.optional(),
    comments: commentListSchema.optional(),
    note: noteSchema.default(''),
    annotator: annotatorNameSchema.default(''),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    /** Who changed it last, when not its annotator (format version 6). */
    updatedBy: annotatorNameSchema.min(1).optional(),
  })
  .check(modifiersOfAttributes);
export type TagwrightEvent = z.infer<typeof eventSchema>;
