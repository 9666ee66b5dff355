import { basename } from 'node:path';
import { documentSchema, type TagwrightDocument } from '../../shared/model';
import { sourceText, type SourceText } from '../../shared/formats/corpus/anchor-spans';
import { corpusProblem, type CorpusProblem, type ParsedDocument } from '../../shared/formats/corpus/parsed-corpus';
import { detectLineEndings } from '../../shared/text/line-endings';
import { titleFromText } from '../../shared/text/document-title';
import { hashText } from './build-documents';
import type { ImportIndex } from './corpus-import-index';

/** The document a parsed one's spans go to, and its text as the file's offsets count it. */
export interface DocumentTarget {
  document: TagwrightDocument;
  source: SourceText;
  /** A document this import adds (else one the project, or the batch, already has). */
  isNew: boolean;
}

/**
 * Where a parsed document's spans go: the project's document it names (W3C), the document that
 * already has its text, or a new one; a problem when there is none or the new one would not be valid.
 */
export function documentTarget(index: ImportIndex, parsed: ParsedDocument, at: string): DocumentTarget | CorpusProblem {
  if (parsed.text === undefined) return namedDocument(index, parsed);
  const source = sourceText(parsed.text);
  if (source.text.trim() === '') return corpusProblem(parsed.fileName, 'the document has no text', parsed.line);
  const sha256 = hashText(source.text);
  const twin = index.documentWithHash(sha256);
  // The spans index the file's own text (its CRLFs, say), which `source` maps onto ours.
  if (twin) return { document: twin, source, isNew: false };
  const document = newDocument(parsed, source, sha256, index.chooseDocumentId(parsed.id), at);
  // Checked with the schema the project file is read with: a title or metadata it refuses would
  // be saved now and refuse the whole project at the next open.
  const invalid = documentSchema.safeParse(document);
  if (invalid.success) return { document, source, isNew: true };
  const issue = invalid.error.issues[0]!;
  const message = `the document's ${String(issue.path[0] ?? 'text')}: ${issue.message}`;
  return corpusProblem(parsed.fileName, message, parsed.line);
}

/** A document without text annotates one the project holds, by id (W3C files carry no text). */
function namedDocument(index: ImportIndex, parsed: ParsedDocument): DocumentTarget | CorpusProblem {
  const existing = parsed.targetDocumentId ? index.documentWithId(parsed.targetDocumentId) : undefined;
  if (existing) return { document: existing, source: sourceText(existing.text), isNew: false };
  return corpusProblem(
    parsed.fileName,
    `the annotations target document "${parsed.targetDocumentId}", which is not in this project (W3C files carry no text: import or keep the documents first)`,
  );
}

/** A document for a parsed one's text: its own id and source when the file gave them (a JSONL round trip), else new ones. */
function newDocument(
  parsed: ParsedDocument,
  source: SourceText,
  sha256: string,
  id: string,
  at: string,
): TagwrightDocument {
  const fileName = basename(parsed.fileName);
  return {
    id,
    title: parsed.title ?? titleFromText(source.text, parsed.source?.fileName ?? fileName),
    text: source.text,
    sha256,
    source: parsed.source ?? {
      fileName,
      encoding: 'utf-8',
      lineEndings: detectLineEndings(source.raw),
      importedAt: at,
    },
    status: parsed.status ?? (parsed.spans.length > 0 ? 'in-progress' : 'new'),
    metadata: parsed.metadata ?? {},
  };
}
