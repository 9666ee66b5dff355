import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { attributeMapSchema } from './attributes';
import { DOCUMENT_TITLE_MAX_LENGTH, SOURCE_FILE_NAME_MAX_LENGTH } from './field-limits';

export const documentStatusSchema = z.enum(['new', 'in-progress', 'done']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** Where a document's text came from and how it was decoded. */
export const documentSourceSchema = z.object({
  fileName: z.string().max(SOURCE_FILE_NAME_MAX_LENGTH),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'unknown']),
  lineEndings: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  importedAt: timestampSchema,
});
export type DocumentSource = z.infer<typeof documentSourceSchema>;

export const documentSchema = z.object({
  id: idSchema,
  title: z.string().max(DOCUMENT_TITLE_MAX_LENGTH, `longer than ${DOCUMENT_TITLE_MAX_LENGTH} characters`),
  /** The exact text every offset indexes: decoded, LF line endings, never changed after import. */
  text: z.string(),
  /** Hex SHA-256 of `text` as UTF-8: detects duplicate imports and silent edits. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  source: documentSourceSchema,
  status: documentStatusSchema,
  metadata: attributeMapSchema.default({}),
});
export type TagwrightDocument = z.infer<typeof documentSchema>;
