import type {
  Annotation,
  AnnotationSchema,
  Assignment,
  AttributeMap,
  CurationStatus,
  DocumentCuration,
  DocumentStatus,
  Entity,
  Equivalence,
  Relation,
  TagwrightDocument,
  TagwrightEvent,
} from '../model';
import type { ExportSummary } from '../formats/export-job';
import type { Suggestion } from '../suggest/suggestion';
import type { CallError } from './result';

/** What the renderer knows of the open project: never the whole file. */
export interface ProjectSummary {
  id: string;
  name: string;
  path: string;
  schema: AnnotationSchema;
  documentCount: number;
  annotationCount: number;
  readOnly: boolean;
}

export interface DocumentSummary {
  id: string;
  title: string;
  status: DocumentStatus;
  length: number;
  /** Annotation count per label id. */
  labelCounts: Record<string, number>;
  /** Where its curation into the gold layer stands; absent until a curator starts on it. */
  curation?: CurationStatus;
}

export interface DocumentWithAnnotations {
  document: TagwrightDocument;
  annotations: Annotation[];
  relations: Relation[];
  events: TagwrightEvent[];
  equivalences: Equivalence[];
}

/** A document's suggestions (getSuggestions), in text order. */
export interface DocumentSuggestions {
  documentId: string;
  suggestions: Suggestion[];
}

/** What one operation added, changed and removed of one kind of thing (removed by id). */
export interface EntityChanges<T> {
  added: T[];
  changed: T[];
  removed: string[];
}

/** Who is to read which document, and where each document's curation stands (format version 6). */
export interface TeamRecords {
  assignments: Assignment[];
  curation: DocumentCuration[];
}

/**
 * Everything one operation did to the open project, built once by main's project model. The call
 * that caused it returns it, and one projectChanged event carries it to every window: each
 * window applies it exactly once (the calling window applies its call's result, not the event).
 */
export interface ProjectChange {
  /** The document whose annotations, relations, events or groups changed; null when none did (an import, a status). */
  documentId: string | null;
  annotations: EntityChanges<Annotation>;
  relations: EntityChanges<Relation>;
  events: EntityChanges<TagwrightEvent>;
  equivalences: EntityChanges<Equivalence>;
  /** Canonical entities added, renamed or removed; the mentions whose link changed are among `annotations.changed`. */
  entities: EntityChanges<Entity>;
  /** Summaries (with label counts) of the documents added, or whose status or counts changed. */
  documents: EntityChanges<DocumentSummary>;
  /** The whole schema, present only when the operation changed it. */
  schema?: AnnotationSchema;
  /** A document's attributes (its `metadata`) after setDocumentAttributes changed them. */
  documentMetadata?: { documentId: string; metadata: AttributeMap };
  /** The project's assignments and curation records, whole, present only when the operation changed them. */
  team?: TeamRecords;
  /** The project's totals after the operation. */
  counts: { documents: number; annotations: number };
  /** Whether there is something to undo or redo after the operation. */
  history: { canUndo: boolean; canRedo: boolean };
}

/**
 * Which window a call came from: Electron's webContents id, browser mode's per-page id, the test
 * harness's page. Events carry it so the window that caused a change does not apply it twice.
 */
export type WindowId = string;

/** The projectChanged event: one per operation, with the window that caused it (null: none, as the CLI). */
export interface ProjectChangeEvent {
  origin: WindowId | null;
  change: ProjectChange;
}

export type SaveState = { state: 'saved' } | { state: 'saving' } | { state: 'error'; message: string };

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface SessionState {
  project: ProjectSummary | null;
  /**
   * Why the project Tagwright was started with (`tagwright serve P`) could not be opened, locked or
   * damaged, until a project opens: the page shows it with its way out (read-only, take over, restore).
   */
  openFailure: CallError | null;
  recent: RecentProject[];
  saveState: SaveState;
  /** Why the open project's backups are failing (said in the status bar); null while they work. */
  backupProblem: string | null;
  canUndo: boolean;
  canRedo: boolean;
}

export interface ImportedFile {
  fileName: string;
  documentId: string;
  title: string;
}

export interface ImportProblem {
  fileName: string;
  /** 1-based line, where the problem is on one. */
  line?: number;
  message: string;
}

/** Per file: what came in, what was already there, what was refused and why. */
export interface ImportReport {
  imported: ImportedFile[];
  duplicates: { fileName: string; existingDocumentId: string; existingTitle: string }[];
  problems: ImportProblem[];
}

/** An import's report, and what it changed (null when nothing came in). */
export interface ImportOutcome {
  report: ImportReport;
  change: ProjectChange | null;
}

/** Commands the native menu (or its in-page stand-in) sends to the page. */
export type MenuCommand =
  'toggle-theme' | 'undo' | 'redo' | 'import-documents' | 'export' | 'show-about' | 'restore-backup' | 'search';

/** A project file the page may open by path: in browser mode, one in a folder allowed on the command line. */
export interface ProjectFileChoice {
  path: string;
  /** The file name without `.tagwright`. */
  name: string;
  modifiedAt: string;
}

/** Who holds a project's lock file (`<project>.lock`) while it is open for writing. */
export interface ProjectLockInfo {
  host: string;
  pid: number;
  user: string;
  /** When the lock was taken or last refreshed (ISO). */
  time: string;
  appVersion: string;
  /** Tells one holder from another on the same host and process. */
  token: string;
}

/** One rotating backup beside a project, in `<name>.tagwright-backups/`. */
export interface BackupInfo {
  /** The backup's file name: what restoreBackup takes. */
  id: string;
  /** When the backup was taken (ISO). */
  takenAt: string;
  /** Why: on open, periodic while editing, before a migration, before a restore. */
  reason: 'open' | 'periodic' | 'migration' | 'restore';
  size: number;
}

/** Offered when a project file cannot be opened: its newest valid backup and what restoring it loses. */
export interface DamagedProjectRecovery {
  projectPath: string;
  /** Why the file cannot be opened. */
  problem: string;
  backup: BackupInfo | null;
  /** In the backup, when it could be read. */
  backupCounts: { documents: number; annotations: number } | null;
  /** In the damaged file, when its JSON could still be read; null when unknowable. */
  damagedCounts: { documents: number; annotations: number } | null;
  /** When the damaged file was last modified: changes after the backup's time are lost. */
  damagedModifiedAt: string | null;
}

/** Why main reports the open project's file: someone else changed it, removed it, or took its lock. */
export interface ProjectOnDiskChange {
  path: string;
  reason: 'modified' | 'deleted' | 'lock-lost';
  /** Unsaved changes here are kept in memory and not written until the user reloads or saves elsewhere. */
  message: string;
}

/** How to open a project another process holds: read-only, or taking over its stale lock. */
export type LockedProjectAccess = 'read-only' | 'take-over';

/** Where the user gets an export's files when they are not simply on their own disk (browser mode). */
export interface ExportDelivery {
  /** A same-origin address that downloads the export (browser mode without --export-dir). */
  download?: { url: string; fileName: string };
  /** The files were written on the server, in the folder named with --export-dir. */
  onServer?: boolean;
}

/** What an export from the app wrote, and how the user gets it. */
export type ExportOutcome = ExportSummary & ExportDelivery;

/** A report written as one file (the agreement report as CSV or JSON), and how the user gets it. */
export interface ReportFile extends ExportDelivery {
  path: string;
}

/** What a concordance export wrote (rows as the view showed them, of all the search's hits), and how the user gets it. */
export interface ConcordanceExport extends ExportDelivery {
  path: string;
  rows: number;
  total: number;
  bytes: number;
}
