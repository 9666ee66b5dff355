import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportProblem } from '../../shared/ipc/views';
import { MAX_DOCUMENT_BYTES } from './decode-text-file';
import { extractDocumentText } from './extract-document-text';
import { isDocumentFile } from './document-file-types';

export interface FileToImport {
  name: string;
  bytes: Uint8Array;
}

export interface CollectedFiles {
  files: FileToImport[];
  problems: ImportProblem[];
}

/** Reads the files at `paths`, walking folders (sorted, hidden entries skipped) for text documents. */
export async function collectImportFiles(paths: string[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], problems: [] };
  for (const path of paths) await collectPath(path, true, collected);
  return collected;
}

async function collectPath(path: string, named: boolean, out: CollectedFiles): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    out.problems.push({
      fileName: path,
      message: `cannot be read (${errorCode(error)})`,
    });
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
    for (const entry of entries) await collectPath(join(path, entry), false, out);
    return;
  }
  if (!info.isFile()) return;
  // Inside folders only text documents are picked up; a file named on purpose is tried whatever its name.
  if (!named && !isDocumentFile(path)) return;
  if (info.size > MAX_DOCUMENT_BYTES) {
    out.problems.push({
      fileName: path,
      message: `is ${(info.size / 1048576).toFixed(1)} MiB, over the ${MAX_DOCUMENT_BYTES / 1048576} MiB limit for one document`,
    });
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    // No permission, a file gone since the walk, an I/O error: reported with the file, never thrown.
    out.problems.push({ fileName: path, message: `cannot be read (${errorCode(error)})` });
    return;
  }
  await addExtracted({ name: path, bytes }, out);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/** Files picked or dropped in the page, as importable text: HTML, .docx and .pdf extracted, failures reported. */
export async function extractImportFiles(files: FileToImport[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], problems: [] };
  for (const file of files) await addExtracted(file, collected);
  return collected;
}

// HTML, .docx and .pdf files come in as their extracted text (see extract-document-text.ts).
async function addExtracted(file: FileToImport, out: CollectedFiles): Promise<void> {
  try {
    out.files.push({ name: file.name, bytes: await extractDocumentText(file.name, file.bytes) });
  } catch (error) {
    out.problems.push({ fileName: file.name, message: `was not imported: ${(error as Error).message}` });
  }
}
