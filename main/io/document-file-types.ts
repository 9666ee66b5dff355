import { extname } from 'node:path';
import { RICH_DOCUMENT_EXTENSIONS } from './extract-document-text';

/** Extensions imported as plain text documents. */
export const TEXT_DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

/** Every extension imported as a document: plain text, and what extract-document-text.ts reads. */
export const DOCUMENT_EXTENSIONS: readonly string[] = [...TEXT_DOCUMENT_EXTENSIONS, ...RICH_DOCUMENT_EXTENSIONS];

/** True for a file whose name says it is a document Tagwright imports (`.txt .md .html .docx .pdf` …). */
export function isDocumentFile(path: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extname(path).toLowerCase());
}
