import { z } from 'zod';
import { ANNOTATOR_MAX_LENGTH, idSchema } from '../model';

/**
 * Which annotators, labels and documents a project's agreement compares (ids; "" is the
 * annotations without an annotator); each one left out: all of them. Parsed in main from the page.
 */
export const agreementOptionsSchema = z
  .object({
    annotators: z.array(z.string().max(ANNOTATOR_MAX_LENGTH)).max(10_000).optional(),
    labels: z.array(idSchema).max(1000).optional(),
    documents: z.array(idSchema).max(1_000_000).optional(),
  })
  .strict();
export type AgreementOptions = z.infer<typeof agreementOptionsSchema>;

/** The files a report is written as. */
export const AGREEMENT_REPORT_FORMATS = ['csv', 'json'] as const;
export type AgreementReportFormat = (typeof AGREEMENT_REPORT_FORMATS)[number];
