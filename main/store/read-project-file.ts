import { stat } from 'node:fs/promises';
import type { DurableTextFile } from './durable-text-file';
import { parseProjectFile, type ParsedProjectFile } from './parse-project-file';
import { ProjectFileError } from './project-file-error';

/**
 * Reads a project file with every check opening it runs: a regular, non-empty file, then
 * parseProjectFile (JSON, format, version, migration, schema, integrity), then valid UTF-8.
 * Opening a project and `tagwright validate` both read through here, so they cannot disagree.
 * Throws the ProjectFileError the user reads; never writes.
 */
export async function readProjectFile(file: DurableTextFile): Promise<ParsedProjectFile> {
  await assertReadableFile(file.path);
  let parsed: ParsedProjectFile;
  try {
    const text = await file.read();
    if (text === null) throw new ProjectFileError(file.path, 'the file does not exist');
    parsed = parseProjectFile(text, file.path);
  } catch (error) {
    if (error instanceof ProjectFileError) throw error;
    throw new ProjectFileError(file.path, `the file could not be read (${(error as Error).message})`);
  }
  // Garbage is reported as such by the parser; a project that parses despite invalid bytes had its text damaged.
  if (!file.lastReadWasValidUtf8) {
    throw new ProjectFileError(file.path, 'the file is not valid UTF-8 text; it may be damaged');
  }
  return parsed;
}

async function assertReadableFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? 'unknown error'})`;
    throw new ProjectFileError(path, problem);
  }
  if (!info.isFile()) throw new ProjectFileError(path, 'it is a folder, not a project file');
  if (info.size === 0) throw new ProjectFileError(path, 'the file is empty; it may have been damaged');
}
