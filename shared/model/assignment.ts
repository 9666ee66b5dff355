import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { annotatorNameSchema } from './annotation';

/**
 * A document handed to an annotator (format version 6): the lead's plan of who reads what. An
 * annotator may have many documents and a document many annotators (the overlap agreement is
 * measured on). Besides the annotator's word that they finished (`doneAt`), progress is read from
 * the annotations and their times.
 */
export const assignmentSchema = z
  .object({
    documentId: idSchema,
    /** The annotator's id, as their annotations record it. */
    annotator: annotatorNameSchema.min(1),
    assignedAt: timestampSchema,
    /** When the annotator said they had finished it (their copy's word, merged back); absent: not yet. */
    doneAt: timestampSchema.optional(),
  })
  .strict();
export type Assignment = z.infer<typeof assignmentSchema>;

/** Whether two assignments are of the same document to the same annotator. */
export const sameAssignment = (
  a: Pick<Assignment, 'documentId' | 'annotator'>,
  b: Pick<Assignment, 'documentId' | 'annotator'>,
): boolean => a.documentId === b.documentId && a.annotator === b.annotator;
