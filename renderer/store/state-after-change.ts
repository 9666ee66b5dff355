import type { Annotation } from '../../shared/model';
import type { DocumentSummary, EntityChanges, ProjectChange, SessionState } from '../../shared/ipc/views';
import { applyAnnotationChanges, applyChangesById } from './annotation-list';
import { annotationsById } from './document-indexes';
import type { CurrentDocument, WorkbenchState } from './workbench-state';

/**
 * What one ProjectChange from main does to the store: the session's totals, schema and undo
 * flags, the document list's summaries (main counts labels; the page never recounts), and the
 * open document's annotations, relations, events and equivalence groups when the change is about it
 * (or, for a change across documents, its part about it).
 */
export function stateAfterChange(s: WorkbenchState, change: ProjectChange): Partial<WorkbenchState> {
  const next: Partial<WorkbenchState> = {
    session: s.session && sessionAfter(s.session, change),
    documents: documentsAfter(s.documents, change.documents),
    ...(change.team ? { assignments: change.team.assignments } : {}),
  };
  const part = s.current && partAbout(change, s.current.document.id);
  const current = s.current && part ? currentAfter(s.current, part) : null;
  if (current) return { ...next, ...withCurrent(s, current) };
  return { ...next, ...(s.current && metadataAfter(s.current, change)) };
}

/** The open document with the attributes setDocumentAttributes gave it, when the change is about it. */
function metadataAfter(current: CurrentDocument, change: ProjectChange): Partial<WorkbenchState> | null {
  const set = change.documentMetadata;
  if (!set || set.documentId !== current.document.id) return null;
  return { current: { ...current, document: { ...current.document, metadata: set.metadata } } };
}

/**
 * The open document with new contents: what the user pointed at in it (the selected annotation,
 * the open note or attribute editor) stays only if that annotation still exists.
 */
export function withCurrent(s: WorkbenchState, current: CurrentDocument): Partial<WorkbenchState> {
  // The panel's index of this array (built once per array), not a set of its own.
  const ids = annotationsById(current.annotations);
  const keep = (id: string | null) => (id && ids.has(id) ? id : null);
  return {
    current,
    selectedAnnotationId: keep(s.selectedAnnotationId),
    noteEditorFor: keep(s.noteEditorFor),
    attributeEditorFor: keep(s.attributeEditorFor),
  };
}

function sessionAfter(session: SessionState, change: ProjectChange): SessionState {
  const project = session.project && {
    ...session.project,
    documentCount: change.counts.documents,
    annotationCount: change.counts.annotations,
    ...(change.schema ? { schema: change.schema } : {}),
  };
  return { ...session, project, ...change.history };
}

function documentsAfter(documents: DocumentSummary[], changes: EntityChanges<DocumentSummary>): DocumentSummary[] {
  if (changes.added.length === 0 && changes.changed.length === 0 && changes.removed.length === 0) return documents;
  const replaced = new Map(changes.changed.map((d) => [d.id, d]));
  // An added document the list already holds (read while the change was on its way) is not listed twice.
  const gone = new Set([...changes.removed, ...changes.added.map((d) => d.id)]);
  const kept = documents.filter((d) => !gone.has(d.id)).map((d) => replaced.get(d.id) ?? d);
  return [...kept, ...changes.added];
}

type DocumentPart = Pick<ProjectChange, 'annotations' | 'relations' | 'events' | 'equivalences'>;

/**
 * What a change did to one document: all of it when it is about that document, nothing when about
 * another, and when it is about several (documentId null: labelling search hits, or its undo) the
 * annotations of that document (removals name ids only, and are dropped from a list that does not
 * hold them); such a change carries no relations, events or groups of its own.
 */
function partAbout(change: ProjectChange, documentId: string): DocumentPart | null {
  if (change.documentId !== null) return change.documentId === documentId ? change : null;
  const ours = (a: Annotation) => a.documentId === documentId;
  const { added, changed, removed } = change.annotations;
  return { ...change, annotations: { added: added.filter(ours), changed: changed.filter(ours), removed } };
}

function currentAfter(current: CurrentDocument, change: DocumentPart): CurrentDocument | null {
  const annotations = applyAnnotationChanges(current.annotations, change.annotations);
  const relations = applyChangesById(current.relations, change.relations);
  const events = applyChangesById(current.events, change.events);
  const equivalences = applyChangesById(current.equivalences, change.equivalences);
  if (
    annotations.list === current.annotations &&
    relations === current.relations &&
    events === current.events &&
    equivalences === current.equivalences
  )
    return null;
  const { added, removed } = annotations;
  const changedAnnotations = added.length > 0 || removed.length > 0;
  return {
    ...current,
    annotations: annotations.list,
    relations,
    events,
    equivalences,
    lastEdit: changedAnnotations ? { seq: (current.lastEdit?.seq ?? 0) + 1, added, removed } : current.lastEdit,
  };
}
