import type { Annotation, Relation } from '../../shared/model';

/** One annotation before and after an edit; null where it did not exist. */
export interface AnnotationTransition {
  before: Annotation | null;
  after: Annotation | null;
}

/** One relation before and after an edit; null where it did not exist. */
export interface RelationTransition {
  before: Relation | null;
  after: Relation | null;
}

/** One user action: undone and redone as a whole (deleting an annotation takes its relations along). */
export interface HistoryEntry {
  documentId: string;
  transitions: AnnotationTransition[];
  relationTransitions?: RelationTransition[];
}

/** The entry that undoes `entry`: every transition reversed, last first. */
export function inverseEntry(entry: HistoryEntry): HistoryEntry {
  return {
    documentId: entry.documentId,
    transitions: entry.transitions.map((t) => ({ before: t.after, after: t.before })).reverse(),
    relationTransitions: (entry.relationTransitions ?? []).map((t) => ({ before: t.after, after: t.before })).reverse(),
  };
}

/** Undo and redo stacks of annotation and relation edits, kept in main so every window shares them. */
export class EditHistory {
  #undo: HistoryEntry[] = [];
  #redo: HistoryEntry[] = [];

  constructor(private readonly limit = 1000) {}

  record(entry: HistoryEntry): void {
    this.#undo.push(entry);
    if (this.#undo.length > this.limit) this.#undo.shift();
    this.#redo = [];
  }

  /** The entry to undo, moved to the redo stack; null when there is none. */
  takeUndo(): HistoryEntry | null {
    const entry = this.#undo.pop() ?? null;
    if (entry) this.#redo.push(entry);
    return entry;
  }

  takeRedo(): HistoryEntry | null {
    const entry = this.#redo.pop() ?? null;
    if (entry) this.#undo.push(entry);
    return entry;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  clear(): void {
    this.#undo = [];
    this.#redo = [];
  }
}
