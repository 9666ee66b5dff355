import type { Project, TagwrightDocument } from '../../shared/model';
import type { ImportReport } from '../../shared/ipc/views';
import type { CorpusReadOptions } from '../../shared/formats/corpus/corpus-importer';
import { emptyCorpus, type ParsedCorpus } from '../../shared/formats/corpus/parsed-corpus';
import { parseJsonLine } from '../../shared/formats/corpus/json-fields';
import { jsonLineReaderOf, type ImportFormat } from '../../shared/formats/format-registry';
import { parseCorpusFile } from '../../shared/formats/parse-corpus-file';
import { isReadWhole, type CorpusFile } from '../io/collect-corpus-files';
import { fileLines, FileLinesError } from '../io/file-lines';
import type { CorpusImportOptions } from './corpus-import-options';
import { CorpusImportPlanner } from './corpus-import-planner';
import type { CorpusImportPlan } from './corpus-import-report';

/** What planning an import of corpus files needs besides the files. */
export interface CorpusFilesImport {
  project: Project;
  plainDocuments: { documents: TagwrightDocument[]; report: ImportReport };
  options: CorpusImportOptions;
  read: CorpusReadOptions;
  newId: () => string;
  now: Date;
}

/**
 * Plans an import of the collected corpus files in their order. A file read whole is parsed by
 * its format's importer (the labels all such files declare are known before any is planned); a
 * JSON Lines file is read from disk a line at a time, each line parsed and planned before the next
 * is read (issue 12, point 8), so its text and its parsed lines are never held together: what
 * grows is the plan, what the import adds.
 */
export async function planCorpusFiles(files: readonly CorpusFile[], on: CorpusFilesImport): Promise<CorpusImportPlan> {
  const planner = new CorpusImportPlanner(on.project, on.plainDocuments, on.options, on.newId, on.now);
  const parsed = new Map<CorpusFile, ParsedCorpus>();
  for (const file of files) {
    if (!isReadWhole(file)) continue;
    const corpus = parseCorpusFile(file, on.read);
    parsed.set(file, corpus);
    planner.declare(corpus);
  }
  for (const file of files) {
    const corpus = parsed.get(file);
    if (!corpus) {
      await planLineByLine(planner, file.format, file.path);
      continue;
    }
    planner.startFile(corpus);
    for (const document of corpus.documents) planner.planDocument(document);
    parsed.delete(file); // its parsed documents are planned: let them go
  }
  return planner.finish();
}

/** A JSON Lines file planned as it is read, a chunk of lines at a time; a read that fails is the file's problem. */
async function planLineByLine(planner: CorpusImportPlanner, format: ImportFormat, path: string): Promise<void> {
  const corpus = emptyCorpus(format, path);
  const reader = jsonLineReaderOf(format)!;
  planner.startFile(corpus);
  try {
    for await (const lines of fileLines(path)) {
      for (const [line, n] of lines) {
        const value = parseJsonLine(corpus, line, n);
        const document = value === null ? undefined : reader(corpus, value, n);
        if (document) planner.planDocument(document);
      }
    }
  } catch (error) {
    const message =
      error instanceof FileLinesError
        ? error.message
        : `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    corpus.problems.push({ fileName: path, message });
  }
}
