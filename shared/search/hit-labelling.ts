import { z } from 'zod';
import { idSchema } from '../model';
import type { ProjectChange } from '../ipc/views';
import { MAX_HIT_LIMIT } from './search-request';

/** A hit to label: where it is (UTF-16 offsets, as searchCorpus gives them). */
export const hitSpanSchema = z
  .object({
    documentId: idSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict()
  .refine((h) => h.end > h.start, { message: 'end must be greater than start', path: ['end'] });
export type HitSpan = z.infer<typeof hitSpanSchema>;

export const labelSearchHitsSchema = z
  .object({ label: idSchema, hits: z.array(hitSpanSchema).min(1).max(MAX_HIT_LIMIT) })
  .strict();

/** An existing annotation that overlaps a newly labelled hit (labelled anyway: spans may overlap). */
export interface HitOverlap {
  hit: HitSpan;
  annotationId: string;
  label: string;
  start: number;
  end: number;
}

/** What labelling search hits did: one change (one undo step), or null when every hit was labelled already. */
export interface HitsLabelled {
  change: ProjectChange | null;
  /** Annotations created. */
  created: number;
  /** Hits passed over: an annotation with this label spans each exactly already. */
  skipped: HitSpan[];
  overlaps: HitOverlap[];
}
