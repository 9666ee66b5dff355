import { candidateFile, type Refusal } from './corpus/format-detector';
import { importEntries, type ImportFormat } from './format-registry';

/**
 * Which corpus format a file holds, asking the detector of every format whose extensions its name
 * ends with, in the registry's order: the first one certain of it wins, else the first that finds
 * it possible, else the first refusal (a `.conllu` file holding something else: never a plain
 * document). null: no format claims it (a plain document). The content is read only if asked.
 */
export function detectImportFormat(fileName: string, content: () => string): ImportFormat | Refusal | null {
  const file = candidateFile(fileName, content);
  let possible: ImportFormat | null = null;
  let refusal: Refusal | null = null;
  for (const [format, { detector }] of importEntries) {
    if (!detector?.extensions.some((extension) => file.name.endsWith(extension))) continue;
    const detection = detector.detect(file);
    if (detection === 'certain') return format;
    if (detection === 'possible') possible ??= format;
    else if (detection !== null) refusal ??= detection;
  }
  return possible ?? refusal;
}

/** Every file-name ending some format is detected by: files with other endings are plain documents. */
export const IMPORT_EXTENSIONS: readonly string[] = [
  ...new Set(importEntries.flatMap(([, entry]) => entry.detector?.extensions ?? [])),
];

/**
 * The file-name endings of one format's files (its detector's): what a folder walk picks up as that
 * format's files when the user names it with `--format`. A format without a detector has none, and
 * is read only from the files named on the command line.
 */
export function formatExtensions(format: ImportFormat): readonly string[] {
  return importEntries.find(([name]) => name === format)?.[1].detector?.extensions ?? [];
}
