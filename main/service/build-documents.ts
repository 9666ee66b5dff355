import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { TagwrightDocument } from '../../shared/model';
import type { ImportReport } from '../../shared/ipc/views';
import { detectLineEndings, normaliseLineEndings } from '../../shared/text/line-endings';
import { titleFromText } from '../../shared/text/document-title';
import { decodeTextFile } from '../io/decode-text-file';
import type { FileToImport } from '../io/collect-import-files';

/** Hex SHA-256 of a document text as UTF-8. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface BuiltDocuments {
  documents: TagwrightDocument[];
  report: ImportReport;
}

/**
 * Turns imported files into documents: decode, normalise line endings, hash, title.
 * A file that is not text is reported and skipped; the others still come in. Content already in
 * the project (or twice in the batch) is reported as a duplicate, not added again.
 */
export function buildDocuments(
  files: FileToImport[],
  existing: readonly TagwrightDocument[],
  newId: () => string,
  now: Date,
): BuiltDocuments {
  const byHash = new Map(existing.map((d) => [d.sha256, d]));
  const report: ImportReport = { imported: [], duplicates: [], problems: [] };
  const documents: TagwrightDocument[] = [];
  for (const file of files) {
    const decoded = decodeTextFile(file.bytes);
    if (!decoded.ok) {
      report.problems.push({
        fileName: file.name,
        message: `${basename(file.name)} was not imported: ${decoded.reason}`,
      });
      continue;
    }
    const text = normaliseLineEndings(decoded.text);
    if (text.trim() === '') {
      report.problems.push({
        fileName: file.name,
        message: `${basename(file.name)} was not imported: it holds no text`,
      });
      continue;
    }
    const sha256 = hashText(text);
    const twin = byHash.get(sha256);
    if (twin) {
      report.duplicates.push({ fileName: file.name, existingDocumentId: twin.id, existingTitle: twin.title });
      continue;
    }
    const document: TagwrightDocument = {
      id: newId(),
      title: titleFromText(text, basename(file.name)),
      text,
      sha256,
      source: {
        fileName: basename(file.name),
        encoding: decoded.encoding,
        lineEndings: detectLineEndings(decoded.text),
        importedAt: now.toISOString(),
      },
      status: 'new',
      metadata: {},
    };
    byHash.set(sha256, document);
    documents.push(document);
    report.imported.push({ fileName: file.name, documentId: document.id, title: document.title });
  }
  return { documents, report };
}
