import type { Annotation, Project, TagwrightDocument } from '../../shared/model';
import type { ImportReport } from '../../shared/ipc/views';
import type { CorpusProblem, ParsedCorpus, ParsedDocument } from '../../shared/formats/corpus/parsed-corpus';
import { documentTarget } from './corpus-import-documents';
import { ImportIndex } from './corpus-import-index';
import { planDocumentAdditions } from './corpus-import-additions';
import type { PlanningContext } from './corpus-import-context';
import type { CorpusImportOptions } from './corpus-import-options';
import type { CorpusFileReport, CorpusImportPlan } from './corpus-import-report';
import { LabelResolver } from './import-label-resolver';
import { ImportEntities } from './entity-import';
import { rowsByDocument } from './rows-by-document';

/** What one corpus file adds so far, and what stood in the way. */
interface FilePlan {
  corpus: ParsedCorpus;
  report: CorpusFileReport;
  problems: CorpusProblem[];
  warnings: CorpusProblem[];
}

/**
 * An import planned file by file and document by document: a file read a line at a time has each
 * document planned as it is read and then dropped, so the plan holds only what the import adds
 * (which the project will hold anyway), never the file's text or its parsed lines. Nothing is
 * changed here: `finish` gives the plan, which the caller applies in one step (all or nothing).
 */
export class CorpusImportPlanner {
  readonly #context: PlanningContext;
  readonly #labels: LabelResolver;
  readonly #files: FilePlan[] = [];
  readonly #plan: CorpusImportPlan;
  /** The plan's annotations by document, made when a document is first planned a second time (a repeated text). */
  #byDocument: Map<string, Annotation[]> | null = null;

  constructor(
    project: Project,
    private readonly plainDocuments: { documents: TagwrightDocument[]; report: ImportReport },
    private readonly options: CorpusImportOptions,
    newId: () => string,
    now: Date,
  ) {
    this.#labels = new LabelResolver(project.schema, options);
    const index = new ImportIndex(project, plainDocuments.documents, newId, (id) => this.#plannedOf(id));
    const entities = new ImportEntities(project, newId);
    this.#context = { index, labels: this.#labels, entities, at: now.toISOString() };
    this.#plan = emptyPlan(plainDocuments.report);
    for (const d of plainDocuments.documents) this.#plan.documents.push(d);
  }

  /** The labels and types a file declares, and the roles its events use, known before any file is planned. */
  declare(corpus: ParsedCorpus): void {
    this.#labels.declare(corpus.schema);
    for (const d of corpus.documents) if (d.events) this.#labels.noteEvents(d.events);
  }

  /** Begins a file: its documents follow through `planDocument`, its problems are read from `corpus` at the end. */
  startFile(corpus: ParsedCorpus): void {
    const report: CorpusFileReport = {
      fileName: corpus.fileName,
      format: corpus.format,
      documents: 0,
      existingDocuments: 0,
      annotations: 0,
      relations: 0,
      events: 0,
      equivalences: 0,
      duplicateAnnotations: 0,
    };
    this.#files.push({ corpus, report, problems: [], warnings: [] });
  }

  /** Plans one document of the file last started: finds or makes its document, then its annotations and the rest. */
  planDocument(parsed: ParsedDocument): void {
    const file = this.#files[this.#files.length - 1]!;
    const { report } = file;
    // A header read a line before (Tagwright JSONL) declares its labels for the lines after it.
    this.#labels.declare(file.corpus.schema);
    if (parsed.events) this.#labels.noteEvents(parsed.events);
    const target = documentTarget(this.#context.index, parsed, this.#context.at);
    if ('message' in target) {
      file.problems.push(target);
      return;
    }
    const { document, isNew } = target;
    if (isNew) {
      this.#context.index.addDocument(document);
      this.#plan.documents.push(document);
      report.documents++;
    } else report.existingDocuments++;
    const additions = planDocumentAdditions(this.#context, file.corpus.fileName, parsed, target);
    // One by one: a document may have a million of each, too many for push(...list).
    for (const problem of additions.problems) file.problems.push(problem);
    for (const warning of additions.warnings) file.warnings.push(warning);
    for (const a of additions.annotations) this.#plan.annotations.push(a);
    if (this.#byDocument && additions.annotations.length > 0) {
      const list = this.#byDocument.get(document.id);
      if (list) for (const a of additions.annotations) list.push(a);
      else this.#byDocument.set(document.id, [...additions.annotations]);
    }
    for (const r of additions.relations) this.#plan.relations.push(r);
    for (const e of additions.events) this.#plan.events.push(e);
    for (const g of additions.equivalences) this.#plan.equivalences.push(g);
    report.annotations += additions.annotations.length;
    report.relations += additions.relations.length;
    report.events += additions.events.length;
    report.equivalences += additions.equivalences.length;
    report.duplicateAnnotations += additions.duplicates;
    if (!isNew && document.status === 'new' && additions.annotations.length > 0)
      this.#plan.startedDocumentIds.push(document.id);
  }

  /** The annotations this import planned on a document so far. */
  #plannedOf(documentId: string): readonly Annotation[] {
    this.#byDocument ??= rowsByDocument(this.#plan.annotations);
    return this.#byDocument.get(documentId) ?? [];
  }

  /** The whole import: every file's additions in file order, the report, and whether it may be applied. */
  finish(): CorpusImportPlan {
    const plan = this.#plan;
    // Problems in reading order: every file's parse problems, then the plan's, file by file.
    const problems = [...this.#files.flatMap((f) => f.corpus.problems), ...this.#files.flatMap((f) => f.problems)];
    const warnings = [...this.#files.flatMap((f) => f.corpus.notCarried), ...this.#files.flatMap((f) => f.warnings)];
    const labels = this.#labels;
    Object.assign(plan, {
      labels: labels.added,
      relationTypes: labels.addedRelationTypes,
      eventTypes: labels.addedEventTypes,
      equivalenceTypes: labels.addedEquivalenceTypes,
      entities: this.#context.entities.added,
    });
    Object.assign(plan.report, {
      applied: problems.length === 0 || this.options.partial === true,
      files: this.#files.map((f) => f.report),
      problems,
      warnings,
      addedLabels: labels.added.map((l) => l.id),
      addedRelationTypes: labels.addedRelationTypes.map((r) => r.id),
      addedEventTypes: labels.addedEventTypes.map((t) => t.id),
      addedEquivalenceTypes: labels.addedEquivalenceTypes.map((t) => t.id),
      totals: {
        documents: plan.documents.length,
        annotations: plan.annotations.length,
        relations: plan.relations.length,
        events: plan.events.length,
        equivalences: plan.equivalences.length,
      },
    });
    return plan;
  }
}

function emptyPlan(documents: ImportReport): CorpusImportPlan {
  const none = { documents: 0, annotations: 0, relations: 0, events: 0, equivalences: 0 };
  return {
    report: {
      applied: false,
      files: [],
      documents,
      skipped: [],
      problems: [],
      warnings: [],
      addedLabels: [],
      addedRelationTypes: [],
      addedEventTypes: [],
      addedEquivalenceTypes: [],
      totals: none,
    },
    labels: [],
    relationTypes: [],
    eventTypes: [],
    equivalenceTypes: [],
    documents: [],
    annotations: [] as Annotation[],
    relations: [],
    events: [],
    equivalences: [],
    entities: [],
    startedDocumentIds: [],
  };
}
