import type { CorpusReadOptions } from './corpus/corpus-importer';
import type { ParsedCorpus } from './corpus/parsed-corpus';
import { importerOf, type ImportFormat } from './format-registry';

/** One corpus file's contents as the importers take them (brat: the `.ann` plus its `.txt`). */
export interface CorpusFileContent {
  format: ImportFormat;
  path: string;
  content: string;
  txtPath?: string;
  txtContent?: string;
}

/** Reads one corpus file with the importer its format has in the registry (`options`: what the user asked of the reading). */
export function parseCorpusFile(file: CorpusFileContent, options: CorpusReadOptions = {}): ParsedCorpus {
  const companion =
    file.txtContent === undefined ? undefined : { path: file.txtPath ?? file.path, content: file.txtContent };
  return importerOf(file.format)(file.path, file.content, companion, options);
}
