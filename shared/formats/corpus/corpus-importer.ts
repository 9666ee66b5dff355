import type { ParsedCorpus } from './parsed-corpus';

/** A file an importer reads beside the corpus file: brat's `.txt` beside its `.ann`. */
export interface CompanionFile {
  path: string;
  content: string;
}

/** What the user asked of the reading itself; a format ignores what is not its own. */
export interface CorpusReadOptions {
  /** CoNLL-U (`--upos`): each word's UPOS tag as an annotation labelled with it. */
  upos?: boolean;
}

/**
 * One format's reader: a corpus file's name and contents (and, for a format that keeps its text
 * in another file, that file) → what the file held, with every problem found. Bad input becomes
 * problems naming the file and line, never a throw.
 */
export type CorpusImporter = (
  fileName: string,
  content: string,
  companion?: CompanionFile,
  options?: CorpusReadOptions,
) => ParsedCorpus;
