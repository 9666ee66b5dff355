import type {
  Annotation,
  Equivalence,
  EquivalenceType,
  EventType,
  Label,
  Project,
  Relation,
  RelationType,
  TagwrightDocument,
  TagwrightEvent,
} from '../../shared/model';
import type { ImportReport } from '../../shared/ipc/views';
import type { CorpusProblem, ParsedCorpus } from '../../shared/formats/corpus/parsed-corpus';
import { documentTarget } from './corpus-import-documents';
import { ImportIndex } from './corpus-import-index';
import { planDocumentAdditions, type DocumentAdditions, type PlanningContext } from './corpus-import-additions';
import type { CorpusImportOptions } from './corpus-import-options';
import type { SkippedFile } from '../io/collect-corpus-files';
import { LabelResolver } from './import-label-resolver';

export type { CorpusImportOptions } from './corpus-import-options';

/** What one corpus file brought in. */
export interface CorpusFileReport {
  fileName: string;
  format: string;
  documents: number;
  /** Documents whose text was already in the project: the annotations were added to them. */
  existingDocuments: number;
  annotations: number;
  relations: number;
  events: number;
  equivalences: number;
  duplicateAnnotations: number;
}

export interface CorpusImportReport {
  /** False when problems stopped the import: then nothing in the project changed. */
  applied: boolean;
  files: CorpusFileReport[];
  /** Plain documents (.txt, .md, .html, .docx, .pdf) imported alongside. */
  documents: ImportReport;
  /** Files found in folders and left out: neither documents nor corpus files (a README, brat's annotation.conf, an image). */
  skipped: SkippedFile[];
  problems: CorpusProblem[];
  /** Re-anchored spans and what a format held that Tagwright does not carry. */
  warnings: CorpusProblem[];
  addedLabels: string[];
  addedRelationTypes: string[];
  addedEventTypes: string[];
  addedEquivalenceTypes: string[];
  totals: { documents: number; annotations: number; relations: number; events: number; equivalences: number };
}

/** Everything an import adds, built before anything is applied. */
export interface CorpusImportPlan {
  report: CorpusImportReport;
  labels: Label[];
  relationTypes: RelationType[];
  eventTypes: EventType[];
  equivalenceTypes: EquivalenceType[];
  documents: TagwrightDocument[];
  annotations: Annotation[];
  relations: Relation[];
  events: TagwrightEvent[];
  equivalences: Equivalence[];
  /** Existing documents that received annotations and were still "new". */
  startedDocumentIds: string[];
}

/**
 * Builds the documents, annotations, relations, events and groups an import of parsed corpus files adds to
 * `project`, checking every span against its text and every label against the schema. Nothing is
 * changed here: the caller applies the plan in one step, and only if `report.applied`.
 */
export function planCorpusImport(
  project: Project,
  corpora: ParsedCorpus[],
  plainDocuments: { documents: TagwrightDocument[]; report: ImportReport },
  options: CorpusImportOptions,
  newId: () => string,
  now: Date,
): CorpusImportPlan {
  const labels = new LabelResolver(project.schema, corpora, options);
  const context: PlanningContext = {
    index: new ImportIndex(project, plainDocuments.documents, newId),
    labels,
    at: now.toISOString(),
  };
  const files = corpora.map((corpus) => planFile(context, corpus));
  return assemblePlan(corpora, files, plainDocuments, labels, options);
}

/** What one corpus file adds, document by document, and what stood in the way. */
interface FilePlan {
  report: CorpusFileReport;
  /** The documents this file adds. */
  documents: TagwrightDocument[];
  additions: DocumentAdditions[];
  problems: CorpusProblem[];
  warnings: CorpusProblem[];
  startedDocumentIds: string[];
}

function planFile(context: PlanningContext, corpus: ParsedCorpus): FilePlan {
  const { fileName } = corpus;
  const report: CorpusFileReport = {
    fileName,
    format: corpus.format,
    documents: 0,
    existingDocuments: 0,
    annotations: 0,
    relations: 0,
    events: 0,
    equivalences: 0,
    duplicateAnnotations: 0,
  };
  const plan: FilePlan = { report, documents: [], additions: [], problems: [], warnings: [], startedDocumentIds: [] };
  for (const parsed of corpus.documents) {
    const target = documentTarget(context.index, parsed, context.at);
    if ('message' in target) {
      plan.problems.push(target);
      continue;
    }
    const { document, isNew } = target;
    if (isNew) {
      context.index.addDocument(document);
      plan.documents.push(document);
      report.documents++;
    } else report.existingDocuments++;
    const additions = planDocumentAdditions(context, fileName, parsed, target);
    plan.additions.push(additions);
    // One by one: a document may have a million problems, too many for push(...spread).
    for (const problem of additions.problems) plan.problems.push(problem);
    for (const warning of additions.warnings) plan.warnings.push(warning);
    report.annotations += additions.annotations.length;
    report.relations += additions.relations.length;
    report.events += additions.events.length;
    report.equivalences += additions.equivalences.length;
    report.duplicateAnnotations += additions.duplicates;
    if (!isNew && document.status === 'new' && additions.annotations.length > 0)
      plan.startedDocumentIds.push(document.id);
  }
  return plan;
}

/** The whole import: every file's additions in file order, the report, and whether it may be applied. */
function assemblePlan(
  corpora: readonly ParsedCorpus[],
  files: readonly FilePlan[],
  plainDocuments: { documents: TagwrightDocument[]; report: ImportReport },
  labels: LabelResolver,
  options: CorpusImportOptions,
): CorpusImportPlan {
  const documents = [...plainDocuments.documents, ...files.flatMap((f) => f.documents)];
  const annotations: Annotation[] = [];
  const relations: Relation[] = [];
  const events: TagwrightEvent[] = [];
  const equivalences: Equivalence[] = [];
  for (const additions of files.flatMap((f) => f.additions)) {
    for (const a of additions.annotations) annotations.push(a);
    for (const r of additions.relations) relations.push(r);
    for (const e of additions.events) events.push(e);
    for (const g of additions.equivalences) equivalences.push(g);
  }
  // Problems in reading order: every file's parse problems, then the plan's, file by file.
  const problems = [...corpora.flatMap((c) => c.problems), ...files.flatMap((f) => f.problems)];
  const warnings = [...corpora.flatMap((c) => c.notCarried), ...files.flatMap((f) => f.warnings)];
  return {
    report: {
      applied: problems.length === 0 || options.partial === true,
      files: files.map((f) => f.report),
      documents: plainDocuments.report,
      skipped: [],
      problems,
      warnings,
      addedLabels: labels.added.map((l) => l.id),
      addedRelationTypes: labels.addedRelationTypes.map((r) => r.id),
      addedEventTypes: labels.addedEventTypes.map((t) => t.id),
      addedEquivalenceTypes: labels.addedEquivalenceTypes.map((t) => t.id),
      totals: {
        documents: documents.length,
        annotations: annotations.length,
        relations: relations.length,
        events: events.length,
        equivalences: equivalences.length,
      },
    },
    labels: labels.added,
    relationTypes: labels.addedRelationTypes,
    eventTypes: labels.addedEventTypes,
    equivalenceTypes: labels.addedEquivalenceTypes,
    documents,
    annotations,
    relations,
    events,
    equivalences,
    startedDocumentIds: files.flatMap((f) => f.startedDocumentIds),
  };
}
