import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { attributeMapSchema } from './attributes';
import { ANNOTATOR_MAX_LENGTH, ENTITY_NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from './field-limits';
import { commentListSchema } from './comment';
import { normalizationListSchema } from './normalization';
import { modifierListProblem, modifierListSchema } from './modifiers';

/** The free-text note of an annotation, relation or event. */
export const noteSchema = z.string().max(NOTE_MAX_LENGTH);
/** Who made an annotation, relation, event or group (an annotator's id). */
export const annotatorNameSchema = z.string().max(ANNOTATOR_MAX_LENGTH);

/** One piece of a discontinuous span (brat's `0 5;9 14`). */
export const fragmentSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Fragment = z.infer<typeof fragmentSchema>;

export const annotationSchema = z
  .object({
    id: idSchema,
    documentId: idSchema,
    /** Half-open span in UTF-16 code units of the document's `text`. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** `text.slice(start, end)`: kept to check integrity and to re-anchor. */
    quote: z.string(),
    /** Only for discontinuous spans: sorted, disjoint pieces; `start`/`end` are the outer bounds. */
    fragments: z.array(fragmentSchema).min(2).optional(),
    label: idSchema,
    attributes: attributeMapSchema.default({}),
    note: noteSchema.default(''),
    /** Names among `attributes` that are modifiers (brat `M` lines): see modifiers.ts. */
    modifiers: modifierListSchema.optional(),
    /** Links to entries of outside resources (brat `N` lines), in order. */
    normalizations: normalizationListSchema.optional(),
    /** Typed remarks beyond the note (brat `#` lines such as `Lemma`), in order. */
    comments: commentListSchema.optional(),
    /** The project-wide entity this is a mention of (format version 5): "Hajizada" and "the spokesperson" alike. */
    entity: idSchema.optional(),
    annotator: annotatorNameSchema.default(''),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    /** Who changed it last, when not its annotator (format version 6): a curator's or a colleague's edit. */
    updatedBy: annotatorNameSchema.min(1).optional(),
  })
  .refine((a) => a.end > a.start, { message: 'end must be greater than start', path: ['end'] })
  .refine((a) => !a.fragments || fragmentsAreWellFormed(a.start, a.end, a.fragments), {
    message: 'fragments must be sorted, disjoint, non-empty and span exactly start..end',
    path: ['fragments'],
  })
  .check(modifiersOfAttributes);
export type Annotation = z.infer<typeof annotationSchema>;

export const relationSchema = z.object({
  id: idSchema,
  type: idSchema,
  from: idSchema,
  to: idSchema,
  /** Absent (as in files before format version 3) means no note. */
  note: noteSchema.optional(),
  comments: commentListSchema.optional(),
  annotator: annotatorNameSchema.default(''),
});
export type Relation = z.infer<typeof relationSchema>;

/** A canonical entity (an actor mentioned under several names, say). */
export const entitySchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(ENTITY_NAME_MAX_LENGTH),
  label: idSchema,
  aliases: z.array(z.string()).default([]),
});
export type Entity = z.infer<typeof entitySchema>;

export const annotatorSchema = z.object({
  id: annotatorNameSchema.min(1),
  name: annotatorNameSchema,
});
export type Annotator = z.infer<typeof annotatorSchema>;

/** A zod check: each of a thing's modifiers names one of its attributes (annotations and events). */
export function modifiersOfAttributes(ctx: {
  value: { modifiers?: unknown; attributes?: unknown };
  issues: z.core.$ZodRawIssue[];
}): void {
  if (ctx.value.modifiers === undefined) return;
  const message = modifierListProblem(ctx.value.modifiers, ctx.value.attributes);
  if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value.modifiers, path: ['modifiers'] });
}

function fragmentsAreWellFormed(start: number, end: number, fragments: Fragment[]): boolean {
  if (fragments[0]?.start !== start || fragments[fragments.length - 1]?.end !== end) return false;
  return fragments.every((f, i) => f.end > f.start && (i === 0 || f.start >= fragments[i - 1]!.end));
}
