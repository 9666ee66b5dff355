import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import {
  archiveReaderFor,
  IMPORT_FORMATS,
  jsonLineReaderOf,
  type ImportFormat,
} from '../../shared/formats/format-registry';
import { detectImportFormat, formatExtensions, IMPORT_EXTENSIONS } from '../../shared/formats/detect-import-format';
import type { CorpusProblem } from '../../shared/formats/corpus/parsed-corpus';
import { decodeTextFile, MAX_DOCUMENT_BYTES } from './decode-text-file';
import { firstLine } from './file-lines';
import { folderFileKind } from './folder-file-kind';
import { readZipArchive } from './read-zip-archive';

/**
 * One annotated-corpus file: read from disk (a brat `.ann` comes with its `.txt`), or, for a JSON
 * Lines format, only named, to be read a line at a time (`byLine`) so that a file of a million
 * lines is never held whole.
 */
export type CorpusFile = WholeCorpusFile | { format: ImportFormat; path: string; byLine: true };

/** A corpus file read whole, as its format's importer takes it. */
export interface WholeCorpusFile {
  format: ImportFormat;
  path: string;
  content: string;
  txtPath?: string;
  txtContent?: string;
  /** A zipped format's files (REFI-QDA's .qdpx), unpacked: its reader takes them instead of `content`. */
  archive?: ReadonlyMap<string, Uint8Array>;
  byLine?: false;
}

/** True for a file read whole (not one read a line at a time). */
export function isReadWhole(file: CorpusFile): file is WholeCorpusFile {
  return file.byLine !== true;
}

/** A file a folder walk left out, and why (the import lists it). */
export interface SkippedFile {
  fileName: string;
  reason: string;
}

export interface CorpusInputs {
  corpusFiles: CorpusFile[];
  /** Plain documents (.txt, .md, .html, .docx, .pdf …) for the usual document import. */
  documentPaths: string[];
  /** Files found in folders that are neither documents nor files of the corpus format (see folder-file-kind.ts). */
  skipped: SkippedFile[];
  problems: CorpusProblem[];
}

/** Largest corpus file read whole (one JavaScript string holds it; V8 caps strings near 512 M characters). JSON Lines files have no limit: they are read a line at a time. */
const MAX_CORPUS_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Sorts the named files and folders into annotated-corpus files (format detected from each file,
 * or `format` when given) and plain documents. In a folder, a `.txt` with an `.ann` beside it
 * belongs to that brat document, and only documents and corpus files are taken: the rest (brat's
 * configuration, a README, an image) is listed as skipped with the reason.
 */
export async function collectCorpusInputs(paths: string[], format?: ImportFormat): Promise<CorpusInputs> {
  const out: CorpusInputs = { corpusFiles: [], documentPaths: [], skipped: [], problems: [] };
  const files: { path: string; named: boolean }[] = [];
  for (const path of paths) await walk(path, true, files, out);
  const annBases = new Set(files.filter((f) => extname(f.path).toLowerCase() === '.ann').map((f) => stripExt(f.path)));
  for (const { path, named } of files) {
    const ext = extname(path).toLowerCase();
    if (ext === '.txt' && annBases.has(stripExt(path))) continue;
    const kind = named ? null : folderFileKind(path, format);
    if (kind?.kind === 'skipped') {
      out.skipped.push({ fileName: path, reason: kind.reason });
      continue;
    }
    // A named archive a format reads (doccano's .zip of a file per user) is a corpus file too; a folder walk skips it.
    const isCorpusFile = kind
      ? kind.kind === 'corpus'
      : IMPORT_EXTENSIONS.includes(ext) ||
        archiveReaderFor(path, format) !== null ||
        (format !== undefined && format !== 'brat' && ext !== '.txt');
    if (isCorpusFile) await addCorpusFile(path, format, out);
    else out.documentPaths.push(path);
  }
  return out;
}

/** The extensions JSON Lines formats come in: such a file is told by its first line, and read a line at a time. */
const JSON_LINES_EXTENSIONS = IMPORT_FORMATS.filter((f) => jsonLineReaderOf(f)).flatMap((f) => formatExtensions(f));

/**
 * Adds a corpus file to the import: named only when its format is read a line at a time, else read
 * (size limit, text, its format detected, brat's `.txt` beside it); a file detection finds in no
 * format is a plain document, one it refuses (a `.conllu` holding CoNLL) a problem.
 */
async function addCorpusFile(path: string, format: ImportFormat | undefined, out: CorpusInputs): Promise<void> {
  // An archive (a .qdpx, doccano's .zip) is unpacked, never decoded as text nor read as lines.
  const archived = archiveReaderFor(path, format);
  const byLine = archived ? null : await lineByLineFormat(path, format);
  if (byLine) {
    out.corpusFiles.push({ format: byLine, path, byLine: true });
    return;
  }
  const info = await stat(path);
  if (info.size > MAX_CORPUS_FILE_BYTES) {
    out.problems.push({ fileName: path, message: `is ${(info.size / 1048576).toFixed(0)} MiB, over the import limit` });
    return;
  }
  // What an archive unpacks to has the same limit.
  if (archived) {
    const read = await readZipArchive(path, MAX_CORPUS_FILE_BYTES);
    if (read.ok) out.corpusFiles.push({ format: archived.format, path, content: '', archive: read.files });
    else out.problems.push({ fileName: path, message: read.reason });
    return;
  }
  const content = await readText(path, out.problems);
  if (content === null) return;
  const detected = format ?? detectImportFormat(path, () => content);
  if (detected === null) out.documentPaths.push(path);
  // Named for a corpus format but not in it (a .conllu holding CoNLL): refused, never read as a document.
  else if (typeof detected === 'object') out.problems.push({ fileName: path, message: detected.refused });
  else if (detected !== 'brat') out.corpusFiles.push({ format: detected, path, content });
  else {
    const txtPath = `${stripExt(path)}.txt`;
    const what = `the brat text ${basename(txtPath)} beside ${basename(path)}`;
    const txtContent = await readText(txtPath, out.problems, what);
    if (txtContent !== null) out.corpusFiles.push({ format: 'brat', path, content, txtPath, txtContent });
  }
}

/**
 * The JSON Lines format a file is read in a line at a time: the one named with `--format`, or the
 * one its first line is detected as; null to read the file whole (any other format, a UTF-16 file).
 */
async function lineByLineFormat(path: string, format: ImportFormat | undefined): Promise<ImportFormat | null> {
  if (format) return jsonLineReaderOf(format) ? format : null;
  if (!JSON_LINES_EXTENSIONS.some((e) => path.toLowerCase().endsWith(e))) return null;
  const first = await firstLine(path);
  if (first === null) return null;
  const detected = detectImportFormat(path, () => first);
  return typeof detected === 'string' && jsonLineReaderOf(detected) ? detected : null;
}

async function walk(path: string, named: boolean, files: { path: string; named: boolean }[], out: CorpusInputs) {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    out.problems.push({
      fileName: path,
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
    } catch (error) {
      out.problems.push({
        fileName: path,
        message: `the folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      return;
    }
    for (const entry of entries) await walk(join(path, entry), false, files, out);
  } else if (info.isFile()) {
    files.push({ path, named });
  } else {
    out.skipped.push({ fileName: path, reason: 'not a regular file (a pipe, socket or device)' });
  }
}

async function readText(path: string, problems: CorpusProblem[], what = basename(path)): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    problems.push({
      fileName: path,
      message: `${what} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    return null;
  }
  // A corpus file may be far larger than one document: past the document limit read it as UTF-8 directly.
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      problems.push({ fileName: path, message: `${what} was not imported: it is not valid UTF-8 text` });
      return null;
    }
  }
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) {
    problems.push({ fileName: path, message: `${what} was not imported: ${decoded.reason}` });
    return null;
  }
  return decoded.text;
}

function stripExt(path: string): string {
  return join(dirname(path), basename(path, extname(path)));
}
