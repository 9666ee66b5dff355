import type { CorpusReadOptions } from './corpus/corpus-importer';
import type { ParsedCorpus } from './corpus/parsed-corpus';
import { archiveReaderFor, importerOf, type ImportFormat } from './format-registry';

/** One corpus file's contents as the importers take them (brat: the `.ann` plus its `.txt`). */
export interface CorpusFileContent {
  format: ImportFormat;
  path: string;
  content: string;
  txtPath?: string;
  txtContent?: string;
  /** An archive's files (a .qdpx), unpacked: read by the format's archive reader instead of `content`. */
  archive?: ReadonlyMap<string, Uint8Array>;
}

/** Reads one corpus file with the importer its format has in the registry (`options`: what the user asked of the reading). */
export function parseCorpusFile(file: CorpusFileContent, options: CorpusReadOptions = {}): ParsedCorpus {
  const archived = file.archive && archiveReaderFor(file.path, file.format);
  if (file.archive && archived) return archived.read(file.path, file.archive);
  const companion =
    file.txtContent === undefined ? undefined : { path: file.txtPath ?? file.path, content: file.txtContent };
  return importerOf(file.format)(file.path, file.content, companion, options);
}
