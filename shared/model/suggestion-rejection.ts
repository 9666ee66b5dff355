import { z } from 'zod';
import { idSchema } from './ids';

/**
 * A suggestion the user rejected: never suggested again in its document. A rejection is of one
 * label at one span (UTF-16, half-open, as annotations): the span may still be suggested as
 * another label.
 */
export const suggestionRejectionSchema = z
  .object({
    documentId: idSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    label: idSchema,
  })
  .strict()
  .refine((r) => r.end > r.start, { message: 'end must be greater than start', path: ['end'] });
export type SuggestionRejection = z.infer<typeof suggestionRejectionSchema>;

/** Whether two rejections are of the same suggestion: one document, one span, one label. */
export const sameRejection = (a: SuggestionRejection, b: SuggestionRejection): boolean =>
  a.documentId === b.documentId && a.start === b.start && a.end === b.end && a.label === b.label;
