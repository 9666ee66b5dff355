import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { attributeMapSchema } from './attributes';

export const documentStatusSchema = z.enum(['new', 'in-progress', 'done']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** Where a document's text came from and how it was decoded. */
export const documentSourceSchema = z.object({
  fileName: z.string().max(1000),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'unknown']),
  lineEndings: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  importedAt: timestampSchema,
});
export type DocumentSource = z.infer<typeof documentSourceSchema>;

export const documentSchema = z.object({
  id: idSchema,
  title: z.string().max(1000),
  /** The exact text every offset indexes: decoded, LF line endings, never changed after import. */
  text: z.string(),
  /** Hex SHA-256 of `text` as UTF-8: detects duplicate imports and silent edits. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  source: documentSourceSchema,
  status: documentStatusSchema,
  metadata: attributeMapSchema.default({}),
});
export type TagwrightDocument = z.infer<typeof documentSchema>;
