import { basename, extname } from 'node:path';
import type { ImportFormat } from '../../shared/formats/format-registry';
import { formatExtensions, IMPORT_EXTENSIONS } from '../../shared/formats/detect-import-format';
import { DOCUMENT_EXTENSIONS, isDocumentFile } from './document-file-types';

/** What an import makes of a file it finds in a folder: a document, an annotated-corpus file, or nothing (and why). */
export type FolderFileKind = { kind: 'document' } | { kind: 'corpus' } | { kind: 'skipped'; reason: string };

/** brat's configuration files, which sit beside the documents they configure. */
const BRAT_CONFIGURATION = new Set(['annotation.conf', 'visual.conf', 'tools.conf', 'kb_shortcuts.conf']);

/** A corpus's own notes (README, LICENSE …, with or without an extension): about the documents, not one of them. */
const NOTES_FILE =
  /^(readme|licen[cs]e|copying|notice|authors|contributors|contributing|changelog|changes|citation)(\.[^.]*)?$/i;

/**
 * Sorts a file found while walking a folder: a document (`.txt .md .html .docx .pdf` …), a file of
 * the chosen format (`--format`), or without one a file some format's detector claims by its name
 * (its `detect.ts` extensions: a format that adds a detector is picked up here with nothing else to
 * change); anything else is skipped, with the reason the import reports. Files named on the command
 * line are not asked: a file named on purpose is tried whatever its name.
 */
export function folderFileKind(path: string, format?: ImportFormat): FolderFileKind {
  const name = basename(path);
  const ext = extname(name).toLowerCase();
  if (BRAT_CONFIGURATION.has(name)) return skipped('brat configuration, not a document');
  if (NOTES_FILE.test(name)) return skipped("the corpus's notes, not a document (name the file to import it)");
  const corpusExtensions = format ? formatExtensions(format) : IMPORT_EXTENSIONS;
  if (corpusExtensions.includes(ext)) return { kind: 'corpus' };
  if (isDocumentFile(name)) return { kind: 'document' };
  const wanted = [...DOCUMENT_EXTENSIONS, ...corpusExtensions].join(' ');
  return skipped(
    format
      ? `not a document nor a ${format} file (Tagwright takes ${wanted} from folders)`
      : `not a document nor an annotated corpus (Tagwright takes ${wanted} from folders)`,
  );
}

function skipped(reason: string): FolderFileKind {
  return { kind: 'skipped', reason };
}
