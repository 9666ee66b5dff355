import { z } from 'zod';
import { idSchema } from './ids';
import { annotatorNameSchema } from './annotation';
import { EQUIVALENCE_MAX_MEMBERS } from './field-limits';

/**
 * Annotations of one document that name the same thing (brat's `*\tEquiv T1 T2 T3`): a group of
 * a type the schema declares, its members in order. Unlike a relation it has no direction.
 */
export const equivalenceSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  type: idSchema,
  members: z.array(idSchema).min(2).max(EQUIVALENCE_MAX_MEMBERS),
  annotator: annotatorNameSchema.default(''),
});
export type Equivalence = z.infer<typeof equivalenceSchema>;
