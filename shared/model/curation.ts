import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { annotatorNameSchema } from './annotation';

/**
 * The annotator id of the gold layer: the curated annotations, relations and events a lead keeps
 * after settling the annotators' disagreements. It is an ordinary layer (every export and sync
 * treats it as one), owned by the curator.
 */
export const GOLD_ANNOTATOR = 'gold';
/** The gold layer's name where annotators are listed by name (the project's annotators, the export's layers). */
export const GOLD_ANNOTATOR_NAME = 'Gold';

export const curationStatusSchema = z.enum(['in-progress', 'done']);
export type CurationStatus = z.infer<typeof curationStatusSchema>;

/**
 * Where the curation of one document stands (format version 6). Accepting a version copies it
 * into the gold layer, so what was accepted is in the annotations; only what was rejected has to
 * be remembered here, so a rejected disagreement is not offered again. Rejected ids of annotations
 * that no longer exist (deleted since, or not synced yet) are ignored, never an error.
 */
export const documentCurationSchema = z
  .object({
    documentId: idSchema,
    status: curationStatusSchema,
    /** Who curated it last (an annotator id). */
    curator: annotatorNameSchema,
    /** Annotators' annotations the curator rejected. */
    rejected: z.array(idSchema).default([]),
    updatedAt: timestampSchema,
  })
  .strict();
export type DocumentCuration = z.infer<typeof documentCurationSchema>;
