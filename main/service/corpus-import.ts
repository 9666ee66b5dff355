import type { Project, TagwrightDocument } from '../../shared/model';
import type { ImportReport } from '../../shared/ipc/views';
import type { ParsedCorpus } from '../../shared/formats/corpus/parsed-corpus';
import type { CorpusImportOptions } from './corpus-import-options';
import { CorpusImportPlanner } from './corpus-import-planner';
import type { CorpusImportPlan } from './corpus-import-report';

export type { CorpusImportOptions } from './corpus-import-options';
export type { CorpusFileReport, CorpusImportPlan, CorpusImportReport } from './corpus-import-report';

/**
 * Builds the documents, annotations, relations, events and groups an import of parsed corpus files
 * adds to `project`, checking every span against its text and every label against the schema.
 * Nothing is changed here: the caller applies the plan in one step, and only if `report.applied`.
 * (A file too big to hold is planned a line at a time through CorpusImportPlanner instead.)
 */
export function planCorpusImport(
  project: Project,
  corpora: ParsedCorpus[],
  plainDocuments: { documents: TagwrightDocument[]; report: ImportReport },
  options: CorpusImportOptions,
  newId: () => string,
  now: Date,
): CorpusImportPlan {
  const planner = new CorpusImportPlanner(project, plainDocuments, options, newId, now);
  for (const corpus of corpora) planner.declare(corpus);
  for (const corpus of corpora) {
    planner.startFile(corpus);
    for (const parsed of corpus.documents) planner.planDocument(parsed);
  }
  return planner.finish();
}
