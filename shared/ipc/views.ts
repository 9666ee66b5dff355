import type { Annotation, AnnotationSchema, DocumentStatus, Relation, TagwrightDocument } from '../model';

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
}

export interface DocumentWithAnnotations {
  document: TagwrightDocument;
  annotations: Annotation[];
  relations: Relation[];
}

/** What one change did to one document's annotations; the renderer applies it as it comes. */
export interface AnnotationChange {
  documentId: string;
  upserted: Annotation[];
  removed: string[];
}

export type SaveState = { state: 'saved' } | { state: 'saving' } | { state: 'error'; message: string };

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface SessionState {
  project: ProjectSummary | null;
  recent: RecentProject[];
  saveState: SaveState;
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

export interface HistoryOutcome {
  change: AnnotationChange | null;
  canUndo: boolean;
  canRedo: boolean;
}

/** Commands the native menu (or its in-page stand-in) sends to the page. */
export type MenuCommand = 'toggle-theme' | 'undo' | 'redo' | 'import-documents' | 'show-about';

/** A project file the page may open by path: in browser mode, one in a folder allowed on the command line. */
export interface ProjectFileChoice {
  path: string;
  /** The file name without `.tagwright`. */
  name: string;
  modifiedAt: string;
}
