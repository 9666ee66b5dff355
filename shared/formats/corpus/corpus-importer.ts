import type { ParsedCorpus, ParsedDocument } from './parsed-corpus';

/** A file an importer reads beside the corpus file: brat's `.txt` beside its `.ann`. */
export interface CompanionFile {
  path: string;
  content: string;
}

/** What the user asked of the reading itself; a format ignores what is not its own. */
export interface CorpusReadOptions {
  /** CoNLL-U (`--upos`): each word's UPOS tag as an annotation labelled with it. */
  upos?: boolean;
  /**
   * brat (`--annotator-per-folder`): the annotator of everything in an `.ann` is the name of the
   * folder it is in, as an export keeping several annotators apart writes them (`<annotator>/`).
   */
  annotatorPerFolder?: boolean;
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

/**
 * One line of a JSON Lines format, parsed: the document it holds (a header line holds none, and may
 * set `corpus.schema`). Problems and losses go in `corpus`. A format that has one is read from disk
 * a line at a time, so a file of a million lines is never held whole (main/io/file-lines.ts).
 */
export type JsonLineReader = (corpus: ParsedCorpus, value: unknown, line: number) => ParsedDocument | undefined;

/**
 * A zipped format's reader (REFI-QDA's .qdpx): the archive's files by their paths in it, unpacked
 * and checked by main (main/io/read-zip-archive.ts) → what they held, with every problem found.
 */
export type ArchiveImporter = (fileName: string, files: ReadonlyMap<string, Uint8Array>) => ParsedCorpus;
