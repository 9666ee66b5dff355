import { access } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname, join } from 'node:path';
import type { Annotation, AttributeMap, DocumentStatus, TagwrightDocument } from '../../shared/model';
import type {
  AnnotationChange,
  DocumentSummary,
  DocumentWithAnnotations,
  HistoryOutcome,
  ImportReport,
  BackupInfo,
  LockedProjectAccess,
  ProjectOnDiskChange,
  ProjectSummary,
  SessionState,
} from '../../shared/ipc/views';
import { PROJECT_VERSION } from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import type { Preferences } from '../../shared/ipc/contract';
import { ProjectStore } from '../store/project-store';
import { ProjectLock, ProjectLockedError } from '../store/project-lock';
import {
  DEFAULT_BACKUP_POLICY,
  listBackups,
  readBackup,
  restoreBackupFile,
  takeBackup,
  type BackupPolicy,
} from '../store/project-backups';
import { ProjectFileError } from '../store/project-file-error';
import { describeDamagedProject } from '../store/damaged-project';
import { SettingsStore } from '../settings/settings-store';
import { collectImportFiles, extractImportFiles, type FileToImport } from '../io/collect-import-files';
import { AnnotationTable } from './annotation-table';
import { buildDocuments } from './build-documents';
import { EditHistory, type HistoryEntry } from './edit-history';
import { EventHub } from './event-hub';
import { newId as randomId } from './ids';
import { newProject } from './new-project';
import { SAMPLE_PROJECT_FILE, buildSampleProject } from './sample-project';
import { collectCorpusInputs } from '../io/collect-corpus-files';
import type { ImportFormat } from '../../shared/formats/format-registry';
import { parseCorpusFile } from '../../shared/formats/parse-corpus-file';
import { planCorpusImport, pooledRandomIds, type CorpusImportOptions, type CorpusImportReport } from './corpus-import';
import {
  exportCorpusToPath,
  type CorpusExportProgress,
  type CorpusExportRequest,
  type CorpusExportSummary,
} from './corpus-export';

export interface ProjectServiceOptions {
  /** Where settings and the sample project live (Electron's userData, or its equivalent). */
  userDataDir: string;
  /** The seed texts the sample project is made from. */
  seedsDir: string;
  annotator?: string;
  debounceMs?: number;
  now?: () => Date;
  newId?: () => string;
  /** Written into lock files so another user sees which Tagwright holds a project. */
  appVersion?: string;
  backupPolicy?: BackupPolicy;
  /** A periodic backup is taken after a save when the last one is older than this (default 10 min). */
  backupIntervalMs?: number;
  /** How often the open file is polled for changes made outside Tagwright (default 2 s). */
  watchIntervalMs?: number;
  lockHeartbeatMs?: number;
  lockStaleAfterMs?: number;
}

/** How a project file is opened: for writing (taking its lock), or one of the choices for a locked file. */
export type ProjectAccess = 'write' | LockedProjectAccess;

export interface NewAnnotation {
  documentId: string;
  start: number;
  end: number;
  label: string;
  note?: string;
  attributes?: AttributeMap;
}

export interface AnnotationEdit {
  annotationId: string;
  label?: string;
  note?: string;
  attributes?: AttributeMap;
}

interface OpenProject {
  store: ProjectStore;
  /** Null when open read-only. */
  lock: ProjectLock | null;
  lastBackupAt: number;
  table: AnnotationTable;
  documents: Map<string, TagwrightDocument>;
}

/**
 * Every project operation, for the app, the browser mode and the CLI alike. It imports no
 * Electron: windows, menus and dialogs live in the shell and call in here.
 */
export class ProjectService {
  readonly events = new EventHub();
  readonly #history = new EditHistory();
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #annotator: string;
  #open: OpenProject | null = null;
  /** The last project refused because another process holds its lock: openLockedProject's target. */
  #lockedPath: string | null = null;
  /** The last project that failed to open as damaged: the target of the damaged-file dialog's restore. */
  #damagedPath: string | null = null;
  /** The backup taken on open, still being written: listing, restoring and closing wait for it. */
  #pendingBackup: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: ProjectServiceOptions,
    readonly settings: SettingsStore,
  ) {
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomId;
    this.#annotator = options.annotator ?? safeUserName();
  }

  static async create(options: ProjectServiceOptions): Promise<ProjectService> {
    return new ProjectService(options, await SettingsStore.open(options.userDataDir));
  }

  // ── session and project files ────────────────────────────────────────────

  session(): SessionState {
    return {
      project: this.#open ? this.#summary(this.#open) : null,
      recent: this.settings.recent,
      saveState: this.#open?.store.saveState ?? { state: 'saved' },
      canUndo: this.#history.canUndo,
      canRedo: this.#history.canRedo,
    };
  }

  get projectPath(): string | null {
    return this.#open?.store.path ?? null;
  }

  /**
   * Opens a project file; the project open until now stays open if this one fails. For writing it
   * takes the file's lock (a ProjectLockedError names the holder; then openLockedProject offers
   * read-only or take-over) and backs the file up before the first save. A damaged file throws a
   * ProjectFileError whose details carry a DamagedProjectRecovery (the newest valid backup).
   */
  async openProject(path: string, access: ProjectAccess = 'write'): Promise<ProjectSummary> {
    const lock = access === 'read-only' ? null : await this.#lockFor(path, access === 'take-over');
    let store: ProjectStore;
    try {
      store = await ProjectStore.open(path, this.#storeOptions(lock === null));
    } catch (error) {
      if (lock !== this.#open?.lock) await lock?.release();
      if (error instanceof ProjectFileError && error.code === 'project-file') {
        this.#damagedPath = path;
        const recovery = await describeDamagedProject(path, error.problem);
        const hint = recovery.backup ? `. A backup from ${recovery.backup.takenAt} can be restored` : '';
        throw new ProjectFileError(path, `${error.problem}${hint}`, { issues: error.details, recovery });
      }
      throw error;
    }
    if (lock) {
      // A kernel copy (about 1 s per 100 MB with its fsync) in the background: a big project opens
      // without waiting for it, and the store holds its first save until the copy is done.
      const migrated = store.fileVersion < PROJECT_VERSION;
      const backup = takeBackup(path, migrated ? 'migration' : 'open', this.#backupOptions());
      store.holdWritesUntil(backup);
      this.#pendingBackup = backup.catch(() => null);
    }
    return this.#adopt(store, lock);
  }

  /** Opens the project last refused because of its lock: read-only, or taking over a stale lock. */
  async openLockedProject(access: LockedProjectAccess): Promise<ProjectSummary> {
    const path = this.#lockedPath;
    if (path === null) throw new TagwrightError('not-found', 'No locked project is waiting to be opened.');
    return this.openProject(path, access);
  }

  /** Re-reads the open project from disk (after projectChangedOnDisk); unsaved changes here are dropped. */
  async reloadProject(): Promise<ProjectSummary> {
    const open = this.#require();
    const path = open.store.path;
    let lock = open.lock;
    if (open.store.externalChange?.reason === 'lock-lost') lock = await this.#lockFor(path, false);
    const store = await ProjectStore.open(path, this.#storeOptions(lock === null));
    open.store.close();
    this.#open = null;
    return this.#adopt(store, lock);
  }

  /** Backups of the open project (or, with `damaged`, of the project that last failed to open). */
  async listBackups(damaged = false): Promise<BackupInfo[]> {
    const path = this.#backupTarget(damaged);
    await this.#pendingBackup;
    return listBackups(path);
  }

  /** Puts a backup in place of the project file, backing up the current file first, and opens it. */
  async restoreBackup(backupId: string, damaged = false): Promise<ProjectSummary> {
    const path = this.#backupTarget(damaged);
    const open = this.#open?.store.path === path ? this.#open : null;
    if (open?.store.readOnly) {
      throw new TagwrightError('conflict', `${path} is open read-only; it cannot be restored from a backup.`);
    }
    const lock = open?.lock ?? (await this.#lockFor(path, false));
    await this.#pendingBackup;
    try {
      // Check the backup before touching the open project: a bad id must leave everything as it was.
      await readBackup(path, backupId);
    } catch (error) {
      if (!open) await lock.release();
      throw error;
    }
    if (open) {
      // Unsaved changes go to disk first, so the backup taken before restoring holds them.
      await open.store.flush().catch(() => {});
      open.store.close();
      this.#open = null;
      this.#history.clear();
    }
    try {
      await restoreBackupFile(path, backupId, this.#now());
      const store = await ProjectStore.open(path, this.#storeOptions(false));
      if (damaged) this.#damagedPath = null;
      return await this.#adopt(store, lock);
    } catch (error) {
      if (open) {
        // The file could not be replaced: carry on with the project as it was.
        this.#open = open;
        open.store.watch(this.options.watchIntervalMs ?? 2000);
      } else {
        await lock.release();
      }
      throw error;
    }
  }

  /** Creates an empty project at `path` (replacing a file there only if the user chose to). */
  async createProject(path: string, name: string): Promise<ProjectSummary> {
    const target = withExtension(path);
    const lock = await this.#lockFor(target, false);
    try {
      const store = await ProjectStore.create(
        target,
        newProject(this.#newId(), name, this.#now()),
        this.#storeOptions(),
      );
      return await this.#adopt(store, lock);
    } catch (error) {
      if (lock !== this.#open?.lock) await lock.release();
      throw error;
    }
  }

  /** Opens the sample project in the user data folder, making it from the seeds the first time. */
  async openSampleProject(): Promise<ProjectSummary> {
    const path = join(this.options.userDataDir, SAMPLE_PROJECT_FILE);
    if (await exists(path)) return this.openProject(path);
    const project = await buildSampleProject(this.options.seedsDir, this.#newId, this.#now());
    const lock = await this.#lockFor(path, false);
    return this.#adopt(await ProjectStore.create(path, project, this.#storeOptions()), lock);
  }

  async saveProjectAs(path: string): Promise<ProjectSummary> {
    const open = this.#require();
    const target = withExtension(path);
    const lock = await this.#lockFor(target, false);
    try {
      const store = await open.store.saveAs(target, this.#storeOptions());
      return await this.#adopt(store, lock);
    } catch (error) {
      if (lock !== open.lock) await lock.release();
      throw error;
    }
  }

  async closeProject(): Promise<void> {
    if (!this.#open) return;
    const open = this.#open;
    await open.store.flush();
    await this.#pendingBackup;
    open.store.close();
    await open.lock?.release();
    this.#open = null;
    this.#history.clear();
    this.events.emit('sessionChanged', this.session());
  }

  /** Writes pending changes now: on close, on quit, before the CLI exits. */
  async flush(): Promise<void> {
    await this.#open?.store.flush();
    await this.#pendingBackup;
  }

  // ── documents ────────────────────────────────────────────────────────────

  listDocuments(): DocumentSummary[] {
    const open = this.#require();
    return open.store.project.documents.map((d) => this.#documentSummary(open, d));
  }

  getDocument(documentId: string): DocumentWithAnnotations {
    const open = this.#require();
    const document = this.#document(open, documentId);
    const annotations = open.table.forDocument(documentId).sort((a, b) => a.start - b.start || b.end - a.end);
    const ids = new Set(annotations.map((a) => a.id));
    const relations = open.store.project.relations.filter((r) => ids.has(r.from) || ids.has(r.to));
    return { document, annotations, relations };
  }

  setDocumentStatus(documentId: string, status: DocumentStatus): DocumentSummary {
    const open = this.#requireWritable();
    const document = this.#document(open, documentId);
    document.status = status;
    open.store.markChanged(this.#now());
    const summary = this.#documentSummary(open, document);
    this.events.emit('documentsChanged', this.listDocuments());
    return summary;
  }

  /** Imports files given as bytes (dropped in the page, or read by the CLI). */
  importFiles(files: FileToImport[]): ImportReport {
    const open = this.#requireWritable();
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
    this.#requireWritable();
    const { files: extracted, problems } = await extractImportFiles(files);
    const report = this.importFiles(extracted);
    report.problems.unshift(...problems);
    return report;
  }

  /** Imports files and whole folders from disk. */
  async importPaths(paths: string[]): Promise<ImportReport> {
    this.#requireWritable();
    const { files, problems } = await collectImportFiles(paths);
    const report = this.importFiles(files);
    report.problems.unshift(...problems);
    return report;
  }

  // ── annotations ──────────────────────────────────────────────────────────

  createAnnotation(input: NewAnnotation): AnnotationChange {
    const open = this.#requireWritable();
    const document = this.#document(open, input.documentId);
    this.#checkSpan(document, input.start, input.end);
    this.#checkLabel(open, input.label);
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
    this.#noteAnnotator(open);
    if (document.status === 'new') {
      document.status = 'in-progress';
      this.events.emit('documentsChanged', this.listDocuments());
    }
    return this.#apply(open, { documentId: document.id, transitions: [{ before: null, after: annotation }] }, true);
  }

  updateAnnotation(edit: AnnotationEdit): AnnotationChange {
    const open = this.#requireWritable();
    const before = this.#annotation(open, edit.annotationId);
    if (edit.label !== undefined) this.#checkLabel(open, edit.label);
    const after: Annotation = {
      ...before,
      label: edit.label ?? before.label,
      note: edit.note ?? before.note,
      attributes: edit.attributes ?? before.attributes,
      updatedAt: this.#now().toISOString(),
    };
    return this.#apply(open, { documentId: before.documentId, transitions: [{ before, after }] }, true);
  }

  deleteAnnotation(annotationId: string): AnnotationChange {
    const open = this.#requireWritable();
    const before = this.#annotation(open, annotationId);
    return this.#apply(open, { documentId: before.documentId, transitions: [{ before, after: null }] }, true);
  }

  undo(): HistoryOutcome {
    const open = this.#requireWritable();
    const entry = this.#history.takeUndo();
    const inverse = entry && {
      documentId: entry.documentId,
      transitions: entry.transitions.map((t) => ({ before: t.after, after: t.before })).reverse(),
    };
    return this.#historyOutcome(inverse ? this.#apply(open, inverse, false) : null);
  }

  redo(): HistoryOutcome {
    const open = this.#requireWritable();
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
    const open = this.#requireWritable();
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
    const open = this.#require();
    return exportCorpusToPath(open.store.project, (id) => open.table.forDocument(id), request, out, options);
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
    if (record) this.#history.record(entry);
    open.store.markChanged(this.#now());
    this.events.emit('annotationsChanged', change);
    this.events.emit('sessionChanged', this.session());
    return change;
  }

  #historyOutcome(change: AnnotationChange | null): HistoryOutcome {
    return { change, canUndo: this.#history.canUndo, canRedo: this.#history.canRedo };
  }

  async #adopt(store: ProjectStore, lock: ProjectLock | null): Promise<ProjectSummary> {
    const previous = this.#open;
    if (previous) {
      // A project whose file changed under it cannot be flushed there; leaving it is the user's choice.
      await previous.store.flush().catch((error: unknown) => {
        if (!(error instanceof TagwrightError && error.code === 'conflict')) throw error;
      });
      previous.store.close();
      if (previous.lock !== lock) await previous.lock?.release();
    }
    const project = store.project;
    this.#lockedPath = null;
    if (this.#damagedPath === store.path) this.#damagedPath = null;
    lock?.setOnLost(() =>
      store.reportExternalChange({
        path: store.path,
        reason: 'lock-lost',
        message: `Another Tagwright took over the lock of ${store.path}. Your changes here are not saved to it; reload, or use Save As to keep them.`,
      }),
    );
    store.watch(this.options.watchIntervalMs ?? 2000);
    this.#open = {
      store,
      lock,
      lastBackupAt: Date.now(),
      table: new AnnotationTable(project.annotations, store.takeAnnotationIds()),
      documents: new Map(project.documents.map((d) => [d.id, d])),
    };
    this.#history.clear();
    await this.settings.addRecent(store.path, project.name, this.#now());
    const summary = this.#summary(this.#open);
    this.events.emit('sessionChanged', this.session());
    return summary;
  }

  #storeOptions(readOnly = false) {
    return {
      ...(this.options.debounceMs !== undefined ? { debounceMs: this.options.debounceMs } : {}),
      readOnly,
      onSaveState: (state: SessionState['saveState']) => {
        this.events.emit('saveStateChanged', state);
        if (state.state === 'saved') void this.#takePeriodicBackup();
      },
      onExternalChange: (change: ProjectOnDiskChange) => this.events.emit('projectChangedOnDisk', change),
    };
  }

  /** Takes the project's lock, or throws ProjectLockedError (remembering the path for openLockedProject). */
  async #lockFor(path: string, takeOver: boolean): Promise<ProjectLock> {
    if (this.#open?.lock && this.#open.store.path === path) return this.#open.lock;
    try {
      return await ProjectLock.acquire(path, {
        takeOver,
        appVersion: this.options.appVersion ?? 'unknown',
        ...(this.options.lockHeartbeatMs !== undefined ? { heartbeatMs: this.options.lockHeartbeatMs } : {}),
        ...(this.options.lockStaleAfterMs !== undefined ? { staleAfterMs: this.options.lockStaleAfterMs } : {}),
      });
    } catch (error) {
      if (error instanceof ProjectLockedError) this.#lockedPath = path;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new ProjectFileError(path, `its folder does not exist or cannot be reached (${code})`);
      }
      throw error;
    }
  }

  #backupOptions() {
    return { now: this.#now(), policy: this.options.backupPolicy ?? DEFAULT_BACKUP_POLICY };
  }

  async #takePeriodicBackup(): Promise<void> {
    const open = this.#open;
    if (!open?.lock || Date.now() - open.lastBackupAt < (this.options.backupIntervalMs ?? 10 * 60_000)) return;
    open.lastBackupAt = Date.now();
    await takeBackup(open.store.path, 'periodic', this.#backupOptions()).catch(() => null);
  }

  #backupTarget(damaged: boolean): string {
    const path = damaged ? this.#damagedPath : (this.#open?.store.path ?? null);
    if (path === null) {
      throw new TagwrightError(
        'no-project',
        damaged ? 'No damaged project is waiting to be restored.' : 'No project is open.',
      );
    }
    return path;
  }

  #summary(open: OpenProject): ProjectSummary {
    const p = open.store.project;
    return {
      id: p.id,
      name: p.name,
      path: open.store.path,
      schema: p.schema,
      documentCount: p.documents.length,
      annotationCount: p.annotations.length,
      readOnly: open.store.readOnly,
    };
  }

  #documentSummary(open: OpenProject, d: TagwrightDocument): DocumentSummary {
    return {
      id: d.id,
      title: d.title,
      status: d.status,
      length: d.text.length,
      labelCounts: open.table.labelCounts(d.id),
    };
  }

  #require(): OpenProject {
    if (!this.#open) throw new TagwrightError('no-project', 'No project is open. Open or create a project first.');
    return this.#open;
  }

  /** For every call that changes the project: a read-only project refuses before anything changes. */
  #requireWritable(): OpenProject {
    const open = this.#require();
    if (open.store.readOnly) {
      throw new TagwrightError(
        'conflict',
        `${open.store.path} is open read-only because another Tagwright is editing it; changes are not possible here.`,
      );
    }
    return open;
  }

  #document(open: OpenProject, id: string): TagwrightDocument {
    const d = open.documents.get(id);
    if (!d) throw new TagwrightError('not-found', `There is no document "${id}" in this project.`);
    return d;
  }

  #annotation(open: OpenProject, id: string): Annotation {
    const a = open.table.get(id);
    if (!a) throw new TagwrightError('not-found', `There is no annotation "${id}" in this project.`);
    return a;
  }

  #checkSpan(document: TagwrightDocument, start: number, end: number): void {
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      end > start &&
      end <= document.text.length
    )) {
      throw new TagwrightError(
        'invalid-input',
        `The span ${start}–${end} is outside "${document.title}" (which has ${document.text.length} characters).`,
      );
    }
    if (splitsSurrogatePair(document.text, start) || splitsSurrogatePair(document.text, end)) {
      throw new TagwrightError(
        'invalid-input',
        `The span ${start}–${end} cuts a character (such as an emoji) in half.`,
      );
    }
  }

  #checkLabel(open: OpenProject, label: string): void {
    if (!open.store.project.schema.labels.some((l) => l.id === label)) {
      throw new TagwrightError('invalid-input', `The label "${label}" is not in this project's schema.`);
    }
  }

  #noteAnnotator(open: OpenProject): void {
    const annotators = open.store.project.annotators;
    if (!annotators.some((a) => a.id === this.#annotator))
      annotators.push({ id: this.#annotator, name: this.#annotator });
  }
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function withExtension(path: string): string {
  return extname(path).toLowerCase() === '.tagwright' ? path : `${path}.tagwright`;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function safeUserName(): string {
  try {
    return userInfo().username || 'annotator';
  } catch {
    return 'annotator';
  }
}
