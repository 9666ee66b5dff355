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
  ProjectSummary,
  SessionState,
} from '../../shared/ipc/views';
import { TagwrightError } from '../../shared/ipc/result';
import type { Preferences } from '../../shared/ipc/contract';
import { ProjectStore } from '../store/project-store';
import { SettingsStore } from '../settings/settings-store';
import { collectImportFiles, type FileToImport } from '../io/collect-import-files';
import { AnnotationTable } from './annotation-table';
import { buildDocuments } from './build-documents';
import { EditHistory, type HistoryEntry } from './edit-history';
import { EventHub } from './event-hub';
import { newId as randomId } from './ids';
import { newProject } from './new-project';
import { SAMPLE_PROJECT_FILE, buildSampleProject } from './sample-project';

export interface ProjectServiceOptions {
  /** Where settings and the sample project live (Electron's userData, or its equivalent). */
  userDataDir: string;
  /** The seed texts the sample project is made from. */
  seedsDir: string;
  annotator?: string;
  debounceMs?: number;
  now?: () => Date;
  newId?: () => string;
}

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

  /** Opens a project file; the project open until now stays open if this one fails. */
  async openProject(path: string): Promise<ProjectSummary> {
    const store = await ProjectStore.open(path, this.#storeOptions());
    return this.#adopt(store);
  }

  /** Creates an empty project at `path` (replacing a file there only if the user chose to). */
  async createProject(path: string, name: string): Promise<ProjectSummary> {
    const store = await ProjectStore.create(
      withExtension(path),
      newProject(this.#newId(), name, this.#now()),
      this.#storeOptions(),
    );
    return this.#adopt(store);
  }

  /** Opens the sample project in the user data folder, making it from the seeds the first time. */
  async openSampleProject(): Promise<ProjectSummary> {
    const path = join(this.options.userDataDir, SAMPLE_PROJECT_FILE);
    if (await exists(path)) return this.openProject(path);
    const project = await buildSampleProject(this.options.seedsDir, this.#newId, this.#now());
    return this.#adopt(await ProjectStore.create(path, project, this.#storeOptions()));
  }

  async saveProjectAs(path: string): Promise<ProjectSummary> {
    const open = this.#require();
    const store = await open.store.saveAs(withExtension(path));
    return this.#adopt(store);
  }

  async closeProject(): Promise<void> {
    if (!this.#open) return;
    await this.#open.store.flush();
    this.#open = null;
    this.#history.clear();
    this.events.emit('sessionChanged', this.session());
  }

  /** Writes pending changes now: on close, on quit, before the CLI exits. */
  async flush(): Promise<void> {
    await this.#open?.store.flush();
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
    const open = this.#require();
    const document = this.#document(open, documentId);
    document.status = status;
    open.store.markChanged(this.#now());
    const summary = this.#documentSummary(open, document);
    this.events.emit('documentsChanged', this.listDocuments());
    return summary;
  }

  /** Imports files given as bytes (dropped in the page, or read by the CLI). */
  importFiles(files: FileToImport[]): ImportReport {
    const open = this.#require();
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

  /** Imports files and whole folders from disk. */
  async importPaths(paths: string[]): Promise<ImportReport> {
    this.#require();
    const { files, problems } = await collectImportFiles(paths);
    const report = this.importFiles(files);
    report.problems.unshift(...problems);
    return report;
  }

  // ── annotations ──────────────────────────────────────────────────────────

  createAnnotation(input: NewAnnotation): AnnotationChange {
    const open = this.#require();
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
    const open = this.#require();
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
    const open = this.#require();
    const before = this.#annotation(open, annotationId);
    return this.#apply(open, { documentId: before.documentId, transitions: [{ before, after: null }] }, true);
  }

  undo(): HistoryOutcome {
    const open = this.#require();
    const entry = this.#history.takeUndo();
    const inverse = entry && {
      documentId: entry.documentId,
      transitions: entry.transitions.map((t) => ({ before: t.after, after: t.before })).reverse(),
    };
    return this.#historyOutcome(inverse ? this.#apply(open, inverse, false) : null);
  }

  redo(): HistoryOutcome {
    const open = this.#require();
    const entry = this.#history.takeRedo();
    return this.#historyOutcome(entry ? this.#apply(open, entry, false) : null);
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

  async #adopt(store: ProjectStore): Promise<ProjectSummary> {
    await this.#open?.store.flush();
    const project = store.project;
    this.#open = {
      store,
      table: new AnnotationTable(project.annotations),
      documents: new Map(project.documents.map((d) => [d.id, d])),
    };
    this.#history.clear();
    await this.settings.addRecent(store.path, project.name, this.#now());
    const summary = this.#summary(this.#open);
    this.events.emit('sessionChanged', this.session());
    return summary;
  }

  #storeOptions() {
    return {
      ...(this.options.debounceMs !== undefined ? { debounceMs: this.options.debounceMs } : {}),
      onSaveState: (state: SessionState['saveState']) => this.events.emit('saveStateChanged', state),
    };
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
      readOnly: false,
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
