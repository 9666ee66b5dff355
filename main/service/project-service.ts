import type {
  AnnotationSchema,
  AttributeMap,
  CurationStatus,
  DocumentStatus,
  SuggestionRejection,
} from '../../shared/model';
import type {
  BackupInfo,
  DocumentSuggestions,
  DocumentSummary,
  DocumentWithAnnotations,
  ImportOutcome,
  LockedProjectAccess,
  ProjectChange,
  ProjectSummary,
  SessionState,
  WindowId,
} from '../../shared/ipc/views';
import type { AnnotatorIdentity, Preferences } from '../../shared/ipc/contract';
import { annotatorIdFor, currentIdentity, suggestedAnnotatorName } from './annotator-identity';
import { SettingsStore } from '../settings/settings-store';
import { collectImportFiles, extractImportFiles, type FileToImport } from '../io/collect-import-files';
import { collectCorpusInputs } from '../io/collect-corpus-files';
import type { CorpusReadOptions } from '../../shared/formats/corpus/corpus-importer';
import type { ImportFormat } from '../../shared/formats/format-registry';
import { buildDocuments, hashText } from './build-documents';
import type { Assignment, Project } from '../../shared/model';
import type { ReplicaChange } from '../sync/replica-change';
import { syncedBatch, type SyncedBatch } from '../sync/synced-batch';
import { TagwrightError, callErrorOf } from '../../shared/ipc/result';
import { EventHub } from './event-hub';
import { newId as randomId, pooledRandomIds } from './ids';
import type { ProjectModel } from './project-model';
import type { ProjectEdit } from './edit-history';
import { signedEdit } from './edit-signature';
import type { TakenOverLock } from '../store/project-lock';
import { ProjectSession, type NewProjectOptions, type ProjectAccess } from './project-session';
import { projectStatistics, type ProjectStatistics } from './project-statistics';
import { exportLayerChoices } from './export-layer-choices';
import { exportLayoutOf, type ExportLayout } from './export-layout';
import type { ExportLayerChoice } from '../../shared/formats/export-job';
import { projectAgreement, writeAgreementReport } from './project-agreement';
import type { AgreementReport } from '../../shared/agreement/agreement-report';
import type { AgreementOptions, AgreementReportFormat } from '../../shared/agreement/agreement-options';
import { checkProjectFile, type ProjectFileCheck } from '../store/check-project-file';
import type { ProjectServiceOptions } from './project-service-options';
import { planCorpusFiles } from './corpus-import-files';
import { type CorpusImportOptions, type CorpusImportPlan, type CorpusImportReport } from './corpus-import';
import {
  annotationChange,
  annotationCreation,
  annotationDeletion,
  relationCreation,
  relationDeletion,
  type AnnotationUpdate,
  type EditAuthor,
  type NewAnnotation,
  type NewRelation,
} from './annotation-edits';
import { DocumentSuggester } from '../suggest/document-suggester';
import { suggestionAcceptance, suggestionRejection, type AcceptedSuggestion } from './suggestion-edits';
import { fragmentAddition, fragmentRemoval, type FragmentEdit } from './fragment-edits';
import { eventChange, eventCreation, eventDeletion, type EventUpdate, type NewEvent } from './event-edits';
import { equivalenceCreation, equivalenceDeletion, type NewEquivalence } from './equivalence-edits';
import {
  entityChange,
  entityCreation,
  entityDeletion,
  entityMerge,
  entitySplit,
  mentionLink,
  type EntityMerge,
  type EntitySplit,
  type EntityUpdate,
  type NewEntity,
} from './entity-edits';
import { entityMentions, entityOverviews } from './entity-overview';
import {
  agreedAcceptance,
  candidateAcceptance,
  candidateRejection,
  curationStatusSetting,
  goldAnnotationCreation,
} from './curation-edits';
import { curationView, type CurationView } from '../../shared/curation/curation-view';
import { assignmentDone, assignmentsGiven, assignmentsTaken, type AssignmentRequest } from './assignment-edits';
import { progressReport, type ProgressReport } from '../../shared/team/progress-report';
import type { EntityMention, EntityOverview } from '../../shared/ipc/entity-views';
import { labelDeletion, schemaUpdate, type LabelDeletion } from './schema-edits';
import { documentMetadataWith } from './document-attributes';
import { CorpusSearch } from '../search/corpus-search';
import { searchSourceOf } from '../search/search-source';
import { writeExport } from '../io/write-export';
import { concordanceCsv } from '../../shared/search/concordance-csv';
import { concordanceRows, type ConcordanceOrder, type CoverageFilter } from '../../shared/search/concordance-order';
import type { HitSpan, HitsLabelled } from '../../shared/search/hit-labelling';
import { MAX_HIT_LIMIT, type SearchRequest, type SearchResults } from '../../shared/search/search-request';
import { searchHitsLabelling } from './search-hits-labelling';
import { mergeIntoModel, readMergeContents, readMergeInputs } from './merge-projects';
import { handoutProject, writeHandout, type HandoutRequest, type HandoutSummary } from './handout-project';
import type { MergeInput, MergeResolutions } from '../../shared/merge/merge-plan';
import type { MergeOutcome } from '../../shared/merge/merge-summary';
import type { SchemaResolution } from '../../shared/merge/schema-differences';
import { AppSync } from '../sync/app-sync';
import {
  exportCorpusToPath,
  type CorpusExportProgress,
  type CorpusExportRequest,
  type CorpusExportSummary,
} from './corpus-export';

export type { ProjectServiceOptions } from './project-service-options';
export type { NewProjectOptions, ProjectAccess } from './project-session';
export type { ProjectStatistics } from './project-statistics';
export type { ProjectFileCheck } from '../store/check-project-file';
export type { AnnotationUpdate, NewAnnotation, NewRelation } from './annotation-edits';
export type { AcceptedSuggestion } from './suggestion-edits';
export type { EventUpdate, NewEvent } from './event-edits';
export type { NewEquivalence } from './equivalence-edits';
export type { EntityMerge, EntitySplit, EntityUpdate, NewEntity } from './entity-edits';
export type { LabelDeletion } from './schema-edits';

/**
 * Every project operation, for the app, the browser mode and the CLI alike. It imports no
 * Electron: windows, menus and dialogs live in the shell and call in here. Which project is open
 * and its file's life (locks, backups, recovery) are the session's (project-session.ts); this
 * class holds the operations on the open project and the undo history, the same for every window.
 */
export class ProjectService {
  readonly events = new EventHub();
  readonly #now: () => Date;
  readonly #newId: () => string;
  /** The annotator given on start (`--annotator`, a test): then the preferences' one is not used. */
  readonly #fixedAnnotator: string | undefined;
  readonly #session: ProjectSession;
  readonly #suggester = new DocumentSuggester();
  readonly #search: CorpusSearch;
  /** The app's sync of the open project (the CLI's `tagwright sync` runs a SyncSession of its own). */
  readonly sync: AppSync;

  private constructor(
    private readonly options: ProjectServiceOptions,
    readonly settings: SettingsStore,
  ) {
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomId;
    this.#fixedAnnotator = options.annotator;
    this.#search = new CorpusSearch(
      { workerFile: options.searchWorkerFile ?? null, timeLimitMs: options.searchTimeLimitMs },
      () => {
        const open = this.#session.current;
        return open ? searchSourceOf(open.model) : null;
      },
    );
    this.sync = new AppSync(this, settings, this.#now);
    this.#session = new ProjectSession(options, settings, {
      events: this.events,
      beforeProjectLeft: () => this.sync.projectLeaving(),
      // The undo history lives in each open project's model; the search worker holds the old project's texts.
      onProjectReplaced: () => this.#search.projectReplaced(),
      onSessionChanged: () => this.events.emit('sessionChanged', this.session()),
      now: this.#now,
      newId: this.#newId,
    });
  }

  static async create(options: ProjectServiceOptions): Promise<ProjectService> {
    return new ProjectService(options, await SettingsStore.open(options.userDataDir));
  }

  // ── session and project files (see ProjectSession) ──────────────────────

  session(): SessionState {
    const open = this.#session.current;
    const startFailure = this.#session.startFailure;
    return {
      project: open ? open.summary() : null,
      openFailure: startFailure ? callErrorOf(startFailure) : null,
      recent: this.settings.recent,
      saveState: open?.store.saveState ?? { state: 'saved' },
      backupProblem: this.#session.backupProblem,
      canUndo: open?.model.canUndo ?? false,
      canRedo: open?.model.canRedo ?? false,
    };
  }

  get projectPath(): string | null {
    return this.#session.current?.store.path ?? null;
  }

  /** Opens a project file; see ProjectSession.open for locks, backups and damaged files. */
  openProject(path: string, access: ProjectAccess = 'write'): Promise<ProjectSummary> {
    return this.#session.open(path, access);
  }

  /** Opens the project Tagwright was started with; a locked or damaged one is offered to the page (see ProjectSession.openAtStart). */
  openProjectAtStart(path: string, access: ProjectAccess = 'write'): Promise<ProjectSummary | null> {
    return this.#session.openAtStart(path, access);
  }

  /** Whose lock the open project's was, when opening it took the lock over (the CLI says so); null otherwise. */
  get takenOverLock(): TakenOverLock | null {
    return this.#session.takenOverLock;
  }

  /** Opens the project last refused because of its lock: read-only, or taking over a stale lock. */
  openLockedProject(access: LockedProjectAccess): Promise<ProjectSummary> {
    return this.#session.openLocked(access);
  }

  /** Re-reads the open project from disk (after projectChangedOnDisk); unsaved changes here are dropped. */
  reloadProject(): Promise<ProjectSummary> {
    return this.#session.reload();
  }

  /** Backups of the open project (or, with `damaged`, of the project that last failed to open). */
  listBackups(damaged = false): Promise<BackupInfo[]> {
    return this.#session.listBackups(damaged);
  }

  /** Puts a backup in place of the project file, backing up the current file first, and opens it. */
  restoreBackup(backupId: string, damaged = false): Promise<ProjectSummary> {
    return this.#session.restoreBackup(backupId, damaged);
  }

  /** Creates a project at `path` and opens it: empty or the sample; a file there is replaced only if the user chose to. */
  createProject(path: string, name: string, options: NewProjectOptions = {}): Promise<ProjectSummary> {
    return this.#session.create(path, name, options);
  }

  /**
   * Checks a project file without opening it here (no lock; read even while another Tagwright
   * edits it): every check opening runs, then every annotation's quote. `tagwright validate`.
   */
  checkProjectFile(path: string): Promise<ProjectFileCheck> {
    return checkProjectFile(path);
  }

  /** Opens the sample project in the user data folder, making it from the seeds the first time. */
  openSampleProject(): Promise<ProjectSummary> {
    return this.#session.openSample();
  }

  saveProjectAs(path: string): Promise<ProjectSummary> {
    return this.#session.saveAs(path);
  }

  async closeProject(): Promise<void> {
    await this.#session.close();
    await this.settings.flush();
  }

  /** Writes pending changes (the project's and the settings') now: on close, on quit, before the CLI exits. */
  async flush(): Promise<void> {
    await this.#session.flush();
    await this.settings.flush();
  }

  // ── documents ────────────────────────────────────────────────────────────

  listDocuments(): DocumentSummary[] {
    return this.#model().documentSummaries();
  }

  /** Counts per label and per document, summed from the same label counts the page's document summaries carry. */
  statistics(): ProjectStatistics {
    const open = this.#session.require();
    return projectStatistics(open.model, open.store.path);
  }

  /** How far the open project's annotators agree, on the annotators, labels and documents asked for (all by default). */
  measureAgreement(options: AgreementOptions = {}): AgreementReport {
    return projectAgreement(this.#model(), options);
  }

  /** Writes the agreement report (on the annotators, labels and documents asked for) to `out` as CSV or JSON. */
  exportAgreementReport(
    format: AgreementReportFormat,
    options: AgreementOptions,
    out: string,
  ): Promise<{ path: string; bytes: number }> {
    return writeAgreementReport(this.measureAgreement(options), format, out);
  }

  getDocument(documentId: string): DocumentWithAnnotations {
    const model = this.#model();
    const document = model.document(documentId);
    const annotations = model.annotations.forDocument(documentId).sort((a, b) => a.start - b.start || b.end - a.end);
    return {
      document,
      annotations,
      relations: model.relationsAmong(annotations),
      events: model.eventsIn(documentId),
      equivalences: model.equivalencesIn(documentId),
    };
  }

  setDocumentStatus(documentId: string, status: DocumentStatus, origin: WindowId | null = null): ProjectChange {
    return this.#publish(this.#writable().setStatus(documentId, status), origin);
  }

  /** Sets the open document's attributes the schema declares (documentAttributes), kept in its metadata. */
  setDocumentAttributes(documentId: string, attributes: AttributeMap, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    const metadata = documentMetadataWith(model, documentId, attributes);
    return this.#publish(model.setDocumentMetadata(documentId, metadata), origin);
  }

  /** Imports files given as bytes (dropped in the page, or read by the CLI). */
  importFiles(files: FileToImport[], origin: WindowId | null = null): ImportOutcome {
    const model = this.#writable();
    const { documents, report } = buildDocuments(files, model.project.documents, this.#newId, this.#now());
    if (documents.length === 0) return { report, change: null };
    return { report, change: this.#publish(model.add({ documents }), origin) };
  }

  /** Imports files handed over as bytes (picked or dropped in the page), extracted as importPaths does. */
  async importFileContents(files: FileToImport[], origin: WindowId | null = null): Promise<ImportOutcome> {
    this.#writable();
    const { files: extracted, problems } = await extractImportFiles(files);
    const outcome = this.importFiles(extracted, origin);
    outcome.report.problems = [...problems, ...outcome.report.problems];
    return outcome;
  }

  /** Imports files and whole folders from disk. */
  async importPaths(paths: string[], origin: WindowId | null = null): Promise<ImportOutcome> {
    this.#writable();
    const { files, problems } = await collectImportFiles(paths);
    const outcome = this.importFiles(files, origin);
    outcome.report.problems = [...problems, ...outcome.report.problems];
    return outcome;
  }

  // ── annotations and relations (each one undoable edit: see annotation-edits.ts) ──

  /** A new annotation of this user's, or with `layer: 'gold'` a gold span the curator makes by hand. */
  createAnnotation(input: NewAnnotation & { layer?: 'gold' }, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    const { layer, ...annotation } = input;
    const edit =
      layer === 'gold'
        ? goldAnnotationCreation(model, annotation, this.#author())
        : annotationCreation(model, annotation, this.#author());
    return this.#commit(model, edit, origin);
  }

  updateAnnotation(update: AnnotationUpdate, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, annotationChange(model, update, this.#now().toISOString()), origin);
  }

  /** Adds a piece of text to an annotation, making or growing a discontinuous span (fragment-edits.ts). */
  addFragment(input: FragmentEdit, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, fragmentAddition(model, input, this.#now().toISOString()), origin);
  }

  /** Removes one piece of a discontinuous annotation; the last but one left makes it a plain span. */
  removeFragment(input: FragmentEdit, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, fragmentRemoval(model, input, this.#now().toISOString()), origin);
  }

  /**
   * Deletes an annotation with what uses it, as one action (undo brings it all back): its
   * relations, the events it triggers, its place in other events and in equivalence groups.
   */
  deleteAnnotation(annotationId: string, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, annotationDeletion(model, annotationId, this.#now().toISOString()), origin);
  }

  /** Links two annotations (a claim attributed to an actor, say), as the schema's relation type allows. */
  createRelation(input: NewRelation, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, relationCreation(model, input, this.#author()), origin);
  }

  deleteRelation(relationId: string, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, relationDeletion(model, relationId), origin);
  }

  /** Marks an event on a trigger annotation, with its arguments, as the schema's event type allows. */
  createEvent(input: NewEvent, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, eventCreation(model, input, this.#author()), origin);
  }

  updateEvent(update: EventUpdate, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, eventChange(model, update, this.#now().toISOString()), origin);
  }

  /** Deletes an event, and takes it out of the events it was an argument of, as one action. */
  deleteEvent(eventId: string, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, eventDeletion(model, eventId, this.#now().toISOString()), origin);
  }

  /** Groups annotations of one document that name the same thing (brat's Equiv). */
  createEquivalence(input: NewEquivalence, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, equivalenceCreation(model, input, this.#author()), origin);
  }

  deleteEquivalence(equivalenceId: string, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, equivalenceDeletion(model, equivalenceId), origin);
  }

  // ── curation into the gold layer (each one undoable edit: see curation-edits.ts) ──

  /** One document's curation: the annotators' lanes, the candidates and their states, gold, the record. */
  getCuration(documentId: string): CurationView {
    const model = this.#model();
    const document = model.document(documentId);
    const annotations = model.annotations.forDocument(document.id);
    return curationView(document.id, annotations, model.project.annotators, model.curationOf(document.id));
  }

  /** Copies an annotator's version of a candidate into the gold layer, with its relations to gold. */
  acceptCandidate(documentId: string, annotationId: string, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, candidateAcceptance(model, documentId, [annotationId], this.#author()), origin);
  }

  /** Accepts every candidate all the document's annotators agree on. */
  acceptAgreed(documentId: string, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, agreedAcceptance(model, documentId, this.#author()), origin);
  }

  /** Rejects annotators' versions: they are not offered again. */
  rejectCandidate(documentId: string, annotationIds: string[], origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, candidateRejection(model, documentId, annotationIds, this.#author()), origin);
  }

  setCurationStatus(documentId: string, status: CurationStatus, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, curationStatusSetting(model, documentId, status, this.#author()), origin);
  }

  // ── canonical entities (each one undoable edit: see entity-edits.ts) ──

  /** Every entity with its mentions counted per document (the Entities view). */
  listEntities(): EntityOverview[] {
    return entityOverviews(this.#model());
  }

  /** Every mention of an entity, in context. */
  getEntityMentions(entityId: string): EntityMention[] {
    return entityMentions(this.#model(), entityId);
  }

  /** A new entity, linked at once to the mentions given. */
  createEntity(input: NewEntity, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, entityCreation(model, input, this.#author()), origin);
  }

  updateEntity(update: EntityUpdate, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, entityChange(model, update), origin);
  }

  /** Links a mention to an entity of its label, or unlinks it (null). */
  linkMention(annotationId: string, entityId: string | null, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, mentionLink(model, annotationId, entityId, this.#now().toISOString()), origin);
  }

  /** Moves every mention of `from` to `into`; their names become its aliases. */
  mergeEntities(input: EntityMerge, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, entityMerge(model, input, this.#now().toISOString()), origin);
  }

  /** Moves some mentions of an entity to a new entity of the same label. */
  splitEntity(input: EntitySplit, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, entitySplit(model, input, this.#author()), origin);
  }

  /** Removes an entity; its mentions stay, unlinked. */
  deleteEntity(entityId: string, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, entityDeletion(model, entityId, this.#now().toISOString()), origin);
  }

  // ── assignments (each one undoable edit: see assignment-edits.ts) and progress ──

  /** Assigns documents to an annotator (known, or given with a name and then added). */
  assignDocuments(request: AssignmentRequest, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, assignmentsGiven(model, request, this.#now().toISOString()), origin);
  }

  /** Takes documents back from an annotator. */
  unassignDocuments(request: AssignmentRequest, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, assignmentsTaken(model, request), origin);
  }

  /** This user's word that they finished a document assigned to them (done), or take it back. */
  markAssignmentDone(documentId: string, done: boolean, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    const { annotator, at } = this.#author();
    return this.#commit(model, assignmentDone(model, { documentId, annotator, done }, at), origin);
  }

  listAssignments(): Assignment[] {
    return [...this.#model().project.assignments];
  }

  /** Documents × annotators: status, counts and time spent (shared/team/progress-report.ts). */
  progress(): ProgressReport {
    return progressReport(this.#model().project);
  }

  // ── the schema (schema-edits.ts: each one undoable edit; the change carries the new schema) ──

  /** Replaces the whole schema (the schema editor's Save), refused with every problem schemaProblems finds. */
  updateSchema(schema: AnnotationSchema, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, schemaUpdate(model, schema), origin);
  }

  /** Deletes a label, moving its annotations to `moveTo`; refused while in use without one. */
  deleteLabel(deletion: LabelDeletion, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, labelDeletion(model, deletion, this.#now().toISOString()), origin);
  }

  /** Undoes the last edit, everything it changed; null when there is nothing to undo. */
  undo(origin: WindowId | null = null): ProjectChange | null {
    const change = this.#writable().undo();
    return change && this.#publish(change, origin);
  }

  redo(origin: WindowId | null = null): ProjectChange | null {
    const change = this.#writable().redo();
    return change && this.#publish(change, origin);
  }

  // ── suggestions (shared/suggest/; computed here, never in the page) ──────

  /** A document's suggestions from the sources and label mapping the preferences choose. */
  getSuggestions(documentId: string): DocumentSuggestions {
    const suggestions = this.#suggester.suggestionsFor(
      this.#model(),
      documentId,
      this.settings.preferences.suggestions,
    );
    return { documentId, suggestions };
  }

  /** Accepts suggestions of one document: an annotation each, as one action (one undo removes them all). */
  acceptSuggestions(
    documentId: string,
    suggestions: readonly AcceptedSuggestion[],
    origin: WindowId | null = null,
  ): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, suggestionAcceptance(model, documentId, suggestions, this.#author()), origin);
  }

  /** Rejects a suggestion: saved with the project so it never comes back in its document; undo brings it back. */
  rejectSuggestion(rejection: SuggestionRejection, origin: WindowId | null = null): ProjectChange {
    const model = this.#writable();
    return this.#commit(model, suggestionRejection(model, rejection), origin);
  }

  // ── corpus import and export (formats; see corpus-import.ts, corpus-export.ts) ──

  /**
   * Imports annotated corpora (every import format of shared/formats/format-registry.ts) and plain
   * documents from disk. Everything is built and checked first, then applied in one step; with
   * problems (and no `partial`) nothing in the project changes and the report says why.
   */
  async importCorpus(
    paths: string[],
    options: CorpusImportOptions & CorpusReadOptions & { format?: ImportFormat } = {},
  ): Promise<CorpusImportReport> {
    const model = this.#writable();
    const inputs = await collectCorpusInputs(paths, options.format);
    const collected = await collectImportFiles(inputs.documentPaths);
    const plain = buildDocuments(collected.files, model.project.documents, this.#newId, this.#now());
    plain.report.problems = [...collected.problems, ...plain.report.problems];
    const plan = await planCorpusFiles(inputs.corpusFiles, {
      project: model.project,
      plainDocuments: plain,
      options,
      read: {
        ...(options.upos ? { upos: true } : {}),
        ...(options.annotatorPerFolder ? { annotatorPerFolder: true } : {}),
      },
      newId: this.options.newId ? this.#newId : pooledRandomIds(),
      now: this.#now(),
    });
    plan.report.problems = [...inputs.problems, ...plan.report.problems];
    plan.report.skipped = inputs.skipped;
    // A document that cannot be read (binary, EACCES, a folder for a file) stops it like a bad line.
    const problems = plan.report.problems.length + plain.report.problems.length;
    plan.report.applied = problems === 0 || options.partial === true;
    // Nothing to add (every line refused under --partial): the project, its updatedAt and its file stay as they were.
    if (plan.report.applied && addsAnything(plan)) this.#publish(model.add(plan), null);
    return plan.report;
  }

  /** Writes the open project (or part of it) in an export format to `out`, streaming. */
  exportCorpus(
    request: CorpusExportRequest,
    out: string,
    options: { signal?: AbortSignal; onProgress?: (progress: CorpusExportProgress) => void } = {},
  ): Promise<CorpusExportSummary> {
    const model = this.#model();
    return exportCorpusToPath(model.project, model.annotations, request, out, options);
  }

  /** Whether an export writes a file or a folder, and which annotators it keeps apart (asked before the destination). */
  exportLayout(request: CorpusExportRequest): ExportLayout {
    const model = this.#model();
    return exportLayoutOf(model.project, model.annotations, request);
  }

  /** The gold layer (when it has annotations) and each annotator's, for the export dialog's layer choice. */
  exportLayerChoices(): ExportLayerChoice[] {
    return exportLayerChoices(this.#model().project);
  }

  // ── team work: merging annotators' files (merge-projects.ts) ──────────────

  /**
   * Merges project files into the open project (see shared/merge/merge-plan.ts): every file read
   * and checked first (a bad one is named and nothing changes), then planned; applied in one step
   * unless a schema difference waits for a decision (listed in the summary; nothing changes).
   */
  async mergeProjects(
    paths: readonly string[],
    resolutions: MergeResolutions = {},
    origin: WindowId | null = null,
  ): Promise<MergeOutcome> {
    this.#writable();
    return this.mergeInputs(await readMergeInputs(paths), resolutions, origin);
  }

  /** Merges project files the page holds (picked there), given as their bytes, with the page's decisions by difference key. */
  async mergeProjectContents(
    files: readonly { name: string; base64: string }[],
    decisions: Readonly<Record<string, SchemaResolution>> = {},
    origin: WindowId | null = null,
  ): Promise<MergeOutcome> {
    this.#writable();
    return this.mergeInputs(await readMergeContents(files), { byKey: decisions }, origin);
  }

  /** Merges files already read (readMergeInputs) into the open project, as mergeProjects does. */
  mergeInputs(
    inputs: readonly MergeInput[],
    resolutions: MergeResolutions,
    origin: WindowId | null = null,
  ): MergeOutcome {
    const outcome = mergeIntoModel(this.#writable(), inputs, resolutions, this.#newId);
    if (outcome.change) this.#publish(outcome.change, origin);
    return outcome;
  }

  /** Writes an annotator's copy of the open project (handout-project.ts) as a new file; the open project is not changed. */
  handOut(out: string, request: HandoutRequest): Promise<HandoutSummary> {
    const project = handoutProject(this.#model().project, request, this.#newId, this.#now());
    return writeHandout(out, project, request.annotator);
  }

  // ── search (main/search/: a worker thread holds the texts) ──────────────

  /** Searches the open project's documents in the search worker; a bad or runaway pattern fails with a TagwrightError. */
  searchCorpus(request: SearchRequest): Promise<SearchResults> {
    this.#model();
    return this.#search.search(request);
  }

  /** Labels search hits as one undoable action, passing over those labelled the same already (search-hits-labelling.ts). */
  labelSearchHits(input: { label: string; hits: HitSpan[] }, origin: WindowId | null = null): HitsLabelled {
    const model = this.#writable();
    const { edit, ...report } = searchHitsLabelling(model, input, this.#author());
    return { change: edit ? this.#commit(model, edit, origin) : null, ...report };
  }

  /**
   * Writes a search's concordance as CSV to `out` (rows as the view shows them: `coverage` kept,
   * in `order`), at most MAX_HIT_LIMIT rows. Says how many rows it wrote of how many hits.
   */
  async exportConcordance(
    request: SearchRequest,
    view: { order: ConcordanceOrder; coverage: CoverageFilter },
    out: string,
  ): Promise<{ path: string; rows: number; total: number; bytes: number }> {
    const model = this.#model();
    const results = await this.#search.search({ ...request, limit: MAX_HIT_LIMIT });
    const rows = concordanceRows(results.hits, view.order, view.coverage);
    const titles = new Map(results.documents.map((d) => [d.documentId, d.title]));
    const csv = concordanceCsv(rows, titles, model.project.schema.labels);
    const { bytes } = await writeExport([{ file: '', text: csv }], out, 'file');
    return { path: out, rows: rows.length, total: results.total, bytes };
  }

  // ── team sync (main/sync/: each annotator's layer through a CouchDB-compatible server) ──

  /** The annotator this service writes as: the layer it owns when it syncs. */
  get annotator(): string {
    return this.#author().annotator;
  }

  /** The open project's id (its default sync database is named for it); null when none is open. */
  projectId(): string | null {
    return this.#session.current?.model.project.id ?? null;
  }

  /** The open project, for the sync to publish its own layers from (changes go through applySyncedChanges). */
  syncedProject(): Project {
    return this.#writable().project;
  }

  /**
   * Brings a batch of other annotators' synced documents into the open project: new texts, types
   * and entities first, then one edit of their things, not undoable (synced-batch.ts); the layers
   * in `owned` are never touched. Each step is published as any change is.
   */
  applySyncedChanges(changes: readonly ReplicaChange[], owned: ReadonlySet<string>): SyncedBatch {
    const model = this.#writable();
    const batch = syncedBatch(model, changes, { owned, newId: this.#newId, now: this.#now(), hashText });
    const { additions } = batch;
    const types = [additions.labels, additions.relationTypes, additions.eventTypes, additions.equivalenceTypes];
    if ([additions.documents, additions.entities, ...types].some((list) => list && list.length > 0)) {
      this.#publish(model.add(additions), null);
    }
    if (batch.edit) this.#publish(model.applySynced(batch.edit), null);
    return batch;
  }

  // ── preferences ──────────────────────────────────────────────────────────

  getPreferences(): Preferences {
    return this.settings.preferences;
  }

  setPreferences(changes: Partial<Preferences>): Promise<Preferences> {
    return this.settings.setPreferences(changes);
  }

  /** Who signs this user's edits (annotator-identity.ts); null until they give a name. */
  identity(): AnnotatorIdentity {
    const annotators = this.#session.current?.model.project.annotators ?? null;
    return currentIdentity(this.#fixedAnnotator, this.settings.preferences.annotator, annotators);
  }

  /** Names this user: the id is made the first time and kept, so renaming keeps their work together. */
  async setAnnotatorName(name: string): Promise<AnnotatorIdentity> {
    if (this.#fixedAnnotator !== undefined) {
      throw new TagwrightError('conflict', `This Tagwright was started as "${this.#fixedAnnotator}" (--annotator).`);
    }
    const id = this.settings.preferences.annotator?.id ?? annotatorIdFor(name, this.#newId);
    await this.settings.setPreferences({ annotator: { id, name: name.trim() } });
    return this.identity();
  }

  // ── internals ────────────────────────────────────────────────────────────

  /** The one event per operation: every window gets the change; the one that caused it knows itself by `origin`. */
  #publish(change: ProjectChange, origin: WindowId | null): ProjectChange {
    this.#search.changed(change);
    this.events.emit('projectChanged', { origin, change });
    return change;
  }

  #model(): ProjectModel {
    return this.#session.require().model;
  }

  /** The open project's model, for a call that changes it: a read-only one refuses before anything changes. */
  #writable(): ProjectModel {
    return this.#session.require().assertWritable().model;
  }

  /** Applies a user's edit, signed with who made it (edit-signature.ts), and publishes its change. */
  #commit(model: ProjectModel, edit: ProjectEdit, origin: WindowId | null): ProjectChange {
    return this.#publish(model.edit(signedEdit(edit, this.#author().annotator)), origin);
  }

  #author(): EditAuthor {
    const { annotator } = this.identity();
    const id = annotator?.id ?? suggestedAnnotatorName();
    return { annotator: id, annotatorName: annotator?.name ?? id, at: this.#now().toISOString(), newId: this.#newId };
  }
}

/** Whether an import plan brings anything into the project. */
function addsAnything(plan: CorpusImportPlan): boolean {
  const lists = [plan.documents, plan.annotations, plan.relations, plan.events, plan.equivalences];
  const types = [plan.labels, plan.relationTypes, plan.eventTypes, plan.equivalenceTypes];
  return [...lists, ...types].some((list) => list.length > 0);
}
