import { userInfo } from 'node:os';
import type { Annotation, AttributeMap, DocumentStatus, Relation } from '../../shared/model';
import type {
  AnnotationChange,
  BackupInfo,
  DocumentSummary,
  DocumentWithAnnotations,
  HistoryOutcome,
  ImportReport,
  LockedProjectAccess,
  ProjectSummary,
  SessionState,
} from '../../shared/ipc/views';
import type { Preferences } from '../../shared/ipc/contract';
import { SettingsStore } from '../settings/settings-store';
import { collectImportFiles, extractImportFiles, type FileToImport } from '../io/collect-import-files';
import { collectCorpusInputs } from '../io/collect-corpus-files';
import type { ImportFormat } from '../../shared/formats/format-registry';
import { parseCorpusFile } from '../../shared/formats/parse-corpus-file';
import { buildDocuments } from './build-documents';
import { EditHistory, inverseEntry, type HistoryEntry } from './edit-history';
import { TagwrightError, callErrorOf } from '../../shared/ipc/result';
import { EventHub } from './event-hub';
import { newId as randomId } from './ids';
import type { OpenProject } from './open-project';
import type { TakenOverLock } from '../store/project-lock';
import { ProjectSession, type ProjectAccess } from './project-session';
import type { ProjectServiceOptions } from './project-service-options';
import { planCorpusImport, pooledRandomIds, type CorpusImportOptions, type CorpusImportReport } from './corpus-import';
import {
  exportCorpusToPath,
  type CorpusExportProgress,
  type CorpusExportRequest,
  type CorpusExportSummary,
} from './corpus-export';

export type { ProjectServiceOptions } from './project-service-options';
export type { ProjectAccess } from './project-session';

export interface NewAnnotation {
  documentId: string;
  start: number;
  end: number;
  label: string;
  note?: string;
  attributes?: AttributeMap;
}

export interface NewRelation {
  type: string;
  from: string;
  to: string;
}

export interface AnnotationEdit {
  annotationId: string;
  label?: string;
  note?: string;
  attributes?: AttributeMap;
}

/**
 * Every project operation, for the app, the browser mode and the CLI alike. It imports no
 * Electron: windows, menus and dialogs live in the shell and call in here. Which project is open
 * and its file's life (locks, backups, recovery) are the session's (project-session.ts); this
 * class holds the operations on the open project and the undo history, the same for every window.
 */
export class ProjectService {
  readonly events = new EventHub();
  readonly #history = new EditHistory();
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #annotator: string;
  readonly #session: ProjectSession;

  private constructor(
    private readonly options: ProjectServiceOptions,
    readonly settings: SettingsStore,
  ) {
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomId;
    this.#annotator = options.annotator ?? safeUserName();
    this.#session = new ProjectSession(options, settings, {
      events: this.events,
      onProjectReplaced: () => this.#history.clear(),
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
      canUndo: this.#history.canUndo,
      canRedo: this.#history.canRedo,
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

  /** Creates an empty project at `path` (replacing a file there only if the user chose to). */
  createProject(path: string, name: string): Promise<ProjectSummary> {
    return this.#session.create(path, name);
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
    const open = this.#session.require();
    return open.documentSummaries();
  }

  getDocument(documentId: string): DocumentWithAnnotations {
    const open = this.#session.require();
    const document = open.document(documentId);
    const annotations = open.table.forDocument(documentId).sort((a, b) => a.start - b.start || b.end - a.end);
    const ids = new Set(annotations.map((a) => a.id));
    const relations = open.store.project.relations.filter((r) => ids.has(r.from) || ids.has(r.to));
    return { document, annotations, relations };
  }

  setDocumentStatus(documentId: string, status: DocumentStatus): DocumentSummary {
    const open = this.#writable();
    const document = open.document(documentId);
    document.status = status;
    open.store.markChanged(this.#now());
    const summary = open.documentSummary(document);
    this.events.emit('documentsChanged', this.listDocuments());
    return summary;
  }

  /** Imports files given as bytes (dropped in the page, or read by the CLI). */
  importFiles(files: FileToImport[]): ImportReport {
    const open = this.#writable();
    const { documents, report } = buildDocuments(files, open.store.project.documents, this.#newId, this.#now());
    if (documents.length > 0) {
      open.store.project.documents.push(...documents);
      for (const d of documents) open.documents.set(d.id, d);
      open.store.markChanged(this.#now());
      this.events.emit('documentsChanged', this.listDocuments());
      this.events.emit('sessionChanged', this.session());
    }
    return report;
  }

  /** Imports files handed over as bytes (picked or dropped in the page), extracted as importPaths does. */
  async importFileContents(files: FileToImport[]): Promise<ImportReport> {
    this.#writable();
    const { files: extracted, problems } = await extractImportFiles(files);
    const report = this.importFiles(extracted);
    report.problems.unshift(...problems);
    return report;
  }

  /** Imports files and whole folders from disk. */
  async importPaths(paths: string[]): Promise<ImportReport> {
    this.#writable();
    const { files, problems } = await collectImportFiles(paths);
    const report = this.importFiles(files);
    report.problems.unshift(...problems);
    return report;
  }

  // ── annotations ──────────────────────────────────────────────────────────

  createAnnotation(input: NewAnnotation): AnnotationChange {
    const open = this.#writable();
    const document = open.document(input.documentId);
    open.checkSpan(document, input.start, input.end);
    open.checkLabel(input.label);
    const at = this.#now().toISOString();
    const annotation: Annotation = {
      id: this.#newId(),
      documentId: document.id,
      start: input.start,
      end: input.end,
      quote: document.text.slice(input.start, input.end),
      label: input.label,
      attributes: input.attributes ?? {},
      note: input.note ?? '',
      annotator: this.#annotator,
      createdAt: at,
      updatedAt: at,
    };
    open.noteAnnotator(this.#annotator);
    const started = document.status === 'new';
    if (started) document.status = 'in-progress';
    const change = this.#apply(
      open,
      { documentId: document.id, transitions: [{ before: null, after: annotation }] },
      true,
    );
    // After the annotation is in, so the list's label counts include it.
    if (started) this.events.emit('documentsChanged', this.listDocuments());
    return change;
  }

  updateAnnotation(edit: AnnotationEdit): AnnotationChange {
    const open = this.#writable();
    const before = open.annotation(edit.annotationId);
    if (edit.label !== undefined) open.checkLabel(edit.label);
    const after: Annotation = {
      ...before,
      label: edit.label ?? before.label,
      note: edit.note ?? before.note,
      attributes: edit.attributes ?? before.attributes,
      updatedAt: this.#now().toISOString(),
    };
    return this.#apply(open, { documentId: before.documentId, transitions: [{ before, after }] }, true);
  }

  /** Deletes an annotation and the relations from or to it, as one action (undo brings both back). */
  deleteAnnotation(annotationId: string): AnnotationChange {
    const open = this.#writable();
    const before = open.annotation(annotationId);
    return this.#apply(
      open,
      {
        documentId: before.documentId,
        transitions: [{ before, after: null }],
        relationTransitions: open.relationsOf(annotationId).map((r) => ({ before: r, after: null })),
      },
      true,
    );
  }

  /**
   * Links two annotations (a claim attributed to an actor, say). The type must be in the schema,
   * and the two labels among those the type allows (an empty list allows any).
   */
  createRelation(input: NewRelation): AnnotationChange {
    const open = this.#writable();
    const from = open.annotation(input.from);
    const to = open.annotation(input.to);
    const type = open.project.schema.relationTypes.find((t) => t.id === input.type);
    if (!type)
      throw new TagwrightError('invalid-input', `The relation type "${input.type}" is not in this project's schema.`);
    for (const [end, annotation, allowed] of [
      ['start', from, type.sourceLabels],
      ['end', to, type.targetLabels],
    ] as const) {
      if (allowed.length > 0 && !allowed.includes(annotation.label)) {
        throw new TagwrightError(
          'invalid-input',
          `"${type.name}" cannot ${end === 'start' ? 'start at' : 'end at'} a ${annotation.label} (it takes ${allowed.join(', ')}).`,
        );
      }
    }
    if (from.id === to.id) throw new TagwrightError('invalid-input', 'A relation needs two different annotations.');
    if (open.project.relations.some((r) => r.type === type.id && r.from === from.id && r.to === to.id)) {
      throw new TagwrightError('conflict', `These two annotations are already linked as "${type.name}".`);
    }
    open.noteAnnotator(this.#annotator);
    const relation: Relation = {
      id: this.#newId(),
      type: type.id,
      from: from.id,
      to: to.id,
      annotator: this.#annotator,
    };
    return this.#apply(
      open,
      { documentId: from.documentId, transitions: [], relationTransitions: [{ before: null, after: relation }] },
      true,
    );
  }

  deleteRelation(relationId: string): AnnotationChange {
    const open = this.#writable();
    const before = open.relation(relationId);
    const documentId = open.annotation(before.from).documentId;
    return this.#apply(open, { documentId, transitions: [], relationTransitions: [{ before, after: null }] }, true);
  }

  undo(): HistoryOutcome {
    const open = this.#writable();
    const entry = this.#history.takeUndo();
    return this.#historyOutcome(entry ? this.#apply(open, inverseEntry(entry), false) : null);
  }

  redo(): HistoryOutcome {
    const open = this.#writable();
    const entry = this.#history.takeRedo();
    return this.#historyOutcome(entry ? this.#apply(open, entry, false) : null);
  }

  // ── corpus import and export (formats; see corpus-import.ts, corpus-export.ts) ──

  /**
   * Imports annotated corpora (Tagwright JSONL, doccano, brat, Label Studio, W3C) and plain
   * documents from disk. Everything is built and checked first, then applied in one step; with
   * problems (and no `partial`) nothing in the project changes and the report says why.
   */
  async importCorpus(
    paths: string[],
    options: CorpusImportOptions & { format?: ImportFormat } = {},
  ): Promise<CorpusImportReport> {
    const open = this.#writable();
    const inputs = await collectCorpusInputs(paths, options.format);
    const collected = await collectImportFiles(inputs.documentPaths);
    const plain = buildDocuments(collected.files, open.store.project.documents, this.#newId, this.#now());
    plain.report.problems.unshift(...collected.problems);
    const corpora = inputs.corpusFiles.map(parseCorpusFile);
    const ids = this.options.newId ? this.#newId : pooledRandomIds();
    const plan = planCorpusImport(open.store.project, corpora, plain, options, ids, this.#now());
    plan.report.problems.unshift(...inputs.problems);
    plan.report.applied = plan.report.problems.length === 0 || options.partial === true;
    if (!plan.report.applied) return plan.report;
    const project = open.store.project;
    project.schema.labels.push(...plan.labels);
    project.schema.relationTypes.push(...plan.relationTypes);
    project.documents.push(...plan.documents);
    for (const d of plan.documents) open.documents.set(d.id, d);
    for (const a of plan.annotations) open.table.put(a);
    project.relations.push(...plan.relations);
    for (const id of plan.startedDocumentIds) {
      const d = open.documents.get(id);
      if (d?.status === 'new') d.status = 'in-progress';
    }
    for (const name of new Set(plan.annotations.map((a) => a.annotator).filter((n) => n !== ''))) {
      if (!project.annotators.some((a) => a.id === name)) project.annotators.push({ id: name, name });
    }
    open.store.markChanged(this.#now());
    this.events.emit('documentsChanged', this.listDocuments());
    this.events.emit('sessionChanged', this.session());
    return plan.report;
  }

  /** Writes the open project (or part of it) in an export format to `out`, streaming. */
  exportCorpus(
    request: CorpusExportRequest,
    out: string,
    options: { signal?: AbortSignal; onProgress?: (progress: CorpusExportProgress) => void } = {},
  ): Promise<CorpusExportSummary> {
    const open = this.#session.require();
    return exportCorpusToPath(open.store.project, open.table, request, out, options);
  }

  // ── preferences ──────────────────────────────────────────────────────────

  getPreferences(): Preferences {
    return this.settings.preferences;
  }

  setPreferences(changes: Partial<Preferences>): Promise<Preferences> {
    return this.settings.setPreferences(changes);
  }

  // ── internals ────────────────────────────────────────────────────────────

  #apply(open: OpenProject, entry: HistoryEntry, record: boolean): AnnotationChange {
    const change: AnnotationChange = { documentId: entry.documentId, upserted: [], removed: [] };
    for (const { after, before } of entry.transitions) {
      if (after) {
        open.table.put(after);
        change.upserted.push(after);
      } else if (before) {
        open.table.remove(before.id);
        change.removed.push(before.id);
      }
    }
    for (const { after, before } of entry.relationTransitions ?? []) {
      if (after) {
        open.putRelation(after);
        (change.relationsUpserted ??= []).push(after);
      } else if (before) {
        open.removeRelation(before.id);
        (change.relationsRemoved ??= []).push(before.id);
      }
    }
    if (record) this.#history.record(entry);
    open.store.markChanged(this.#now());
    this.events.emit('annotationsChanged', change);
    this.events.emit('sessionChanged', this.session());
    return change;
  }

  /** The open project, for a call that changes it: a read-only one refuses before anything changes. */
  #writable(): OpenProject {
    return this.#session.require().assertWritable();
  }

  #historyOutcome(change: AnnotationChange | null): HistoryOutcome {
    return { change, canUndo: this.#history.canUndo, canRedo: this.#history.canRedo };
  }
}

function safeUserName(): string {
  try {
    return userInfo().username || 'annotator';
  } catch {
    return 'annotator';
  }
}
