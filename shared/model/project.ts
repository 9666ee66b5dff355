import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { annotationSchemaSchema } from './schema';
import { PROJECT_NAME_MAX_LENGTH } from './field-limits';
import { documentSchema } from './document';
import { annotationSchema, annotatorSchema, entitySchema, relationSchema } from './annotation';
import { suggestionRejectionSchema } from './suggestion-rejection';
import { eventSchema } from './event';
import { equivalenceSchema } from './equivalence';
import { assignmentSchema } from './assignment';
import { documentCurationSchema } from './curation';

/** The value of `format` in every project file: tells our files from any other JSON. */
export const PROJECT_FORMAT = 'tagwright-project';
/** The project file format this build writes. Older versions are migrated on open. */
export const PROJECT_VERSION = 6;
/** The extension of project files, without the dot. */
export const PROJECT_EXTENSION = 'tagwright';

export const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  id: idSchema,
  name: z.string().min(1).max(PROJECT_NAME_MAX_LENGTH),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  schema: annotationSchemaSchema,
  documents: z.array(documentSchema),
  annotations: z.array(annotationSchema),
  relations: z.array(relationSchema).default([]),
  events: z.array(eventSchema).default([]),
  equivalences: z.array(equivalenceSchema).default([]),
  entities: z.array(entitySchema).default([]),
  annotators: z.array(annotatorSchema).default([]),
  /** Suggestions rejected per document (format version 4): they never come back. */
  suggestionRejections: z.array(suggestionRejectionSchema).default([]),
  /** Documents handed to annotators (format version 6). */
  assignments: z.array(assignmentSchema).default([]),
  /** Each curated document's state (format version 6): one record per document at most. */
  curation: z.array(documentCurationSchema).default([]),
});
export type Project = z.infer<typeof projectSchema>;
