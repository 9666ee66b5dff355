import type {
  Annotation,
  AnnotationSchema,
  Annotator,
  Assignment,
  DocumentCuration,
  DocumentStatus,
  Entity,
  Equivalence,
  Relation,
  SuggestionRejection,
  TagwrightEvent,
} from '../../shared/model';

/** One thing before and after an edit; null where it did not exist. */
export interface Transition<T> {
  before: T | null;
  after: T | null;
}

/** A document's status before and after an edit (a first annotation starts a 'new' document). */
export interface StatusTransition {
  documentId: string;
  before: DocumentStatus;
  after: DocumentStatus;
}

/**
 * One user action, everything it changed: undone and redone as a whole (deleting an annotation
 * takes its relations along, and removes or trims the events and groups that use it; creating
 * one may start its document and add its annotator; accepting suggestions creates their
 * annotations at once; rejecting one remembers it).
 */
export interface ProjectEdit {
  /** The document whose annotations, relations, events or groups the action touched; null when it touched several (labelling search hits). */
  documentId: string | null;
  annotations: Transition<Annotation>[];
  relations: Transition<Relation>[];
  events: Transition<TagwrightEvent>[];
  equivalences: Transition<Equivalence>[];
  /** Canonical entities made, renamed, merged away or deleted (their mentions' links are in annotations). */
  entities: Transition<Entity>[];
  statuses: StatusTransition[];
  annotators: Transition<Annotator>[];
  /** Suggestions rejected (after) or brought back (before) in the document. */
  rejections: Transition<SuggestionRejection>[];
  /** The whole schema before and after a schema edit (schema-edits.ts); empty for every other edit. */
  schemas: Transition<AnnotationSchema>[];
  /** Documents assigned to (after) or taken from (before) annotators. */
  assignments: Transition<Assignment>[];
  /** A document's curation record before and after (accepting, rejecting, finishing). */
  curation: Transition<DocumentCuration>[];
}

/** An edit of one document that changes nothing yet: operations fill in what they do. */
export function emptyEdit(documentId: string | null): ProjectEdit {
  return {
    documentId,
    annotations: [],
    relations: [],
    events: [],
    equivalences: [],
    entities: [],
    statuses: [],
    annotators: [],
    rejections: [],
    schemas: [],
    assignments: [],
    curation: [],
  };
}

/**
 * Edits of different documents as one action (one undo step): all their transitions, each
 * annotator added once. Its document is theirs when they share one, else null.
 */
export function combinedEdit(edits: readonly ProjectEdit[]): ProjectEdit {
  const documents = new Set(edits.map((e) => e.documentId));
  const combined: ProjectEdit = { ...emptyEdit(''), documentId: documents.size === 1 ? edits[0]!.documentId : null };
  const annotators = new Set<string>();
  for (const edit of edits) {
    combined.annotations.push(...edit.annotations);
    combined.relations.push(...edit.relations);
    combined.events.push(...edit.events);
    combined.equivalences.push(...edit.equivalences);
    combined.entities.push(...edit.entities);
    combined.statuses.push(...edit.statuses);
    combined.rejections.push(...edit.rejections);
    combined.schemas.push(...edit.schemas);
    combined.assignments.push(...edit.assignments);
    combined.curation.push(...edit.curation);
    for (const t of edit.annotators) {
      const id = (t.after ?? t.before)!.id;
      if (!annotators.has(id)) combined.annotators.push(t);
      annotators.add(id);
    }
  }
  return combined;
}

const reversed = <T extends { before: unknown; after: unknown }>(steps: T[]): T[] =>
  steps.map((t) => ({ ...t, before: t.after, after: t.before })).reverse();

/** The edit that undoes `edit`: every transition reversed, last first. */
export function inverseEdit(edit: ProjectEdit): ProjectEdit {
  return {
    documentId: edit.documentId,
    annotations: reversed(edit.annotations),
    relations: reversed(edit.relations),
    events: reversed(edit.events),
    equivalences: reversed(edit.equivalences),
    entities: reversed(edit.entities),
    statuses: reversed(edit.statuses),
    annotators: reversed(edit.annotators),
    rejections: reversed(edit.rejections),
    schemas: reversed(edit.schemas),
    assignments: reversed(edit.assignments),
    curation: reversed(edit.curation),
  };
}

/** Undo and redo stacks of one open project's edits, kept in main so every window shares them. */
export class EditHistory {
  #undo: ProjectEdit[] = [];
  #redo: ProjectEdit[] = [];

  constructor(private readonly limit = 1000) {}

  record(edit: ProjectEdit): void {
    this.#undo.push(edit);
    if (this.#undo.length > this.limit) this.#undo.shift();
    this.#redo = [];
  }

  /** The edit to undo, moved to the redo stack; null when there is none. */
  takeUndo(): ProjectEdit | null {
    const edit = this.#undo.pop() ?? null;
    if (edit) this.#redo.push(edit);
    return edit;
  }

  takeRedo(): ProjectEdit | null {
    const edit = this.#redo.pop() ?? null;
    if (edit) this.#undo.push(edit);
    return edit;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }
}
