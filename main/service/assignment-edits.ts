import { sameAssignment, type Assignment } from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import { emptyEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';
import { withAnnotator } from './annotation-edits';

// Documents handed to annotators (format version 6): each function checks its input and describes
// the action as one ProjectEdit of assignment transitions, so one undo takes it back whole.

export interface AssignmentRequest {
  documentIds: readonly string[];
  /** The annotator's id, as their annotations record it. */
  annotator: string;
  /** Their name: needed when the project does not know the id yet (it is then added). */
  annotatorName?: string;
}

/** Assigns documents to an annotator; those already assigned to them are left as they are. */
export function assignmentsGiven(model: ProjectModel, request: AssignmentRequest, at: string): ProjectEdit {
  const documentIds = knownDocuments(model, request.documentIds);
  const edit = emptyEdit(documentIds.length === 1 ? documentIds[0]! : null);
  if (!model.hasAnnotator(request.annotator)) {
    if (request.annotatorName === undefined || request.annotatorName.trim() === '') {
      throw new TagwrightError(
        'invalid-input',
        `There is no annotator "${request.annotator}" in this project; give their name to add them.`,
      );
    }
    withAnnotator(edit, model, { annotator: request.annotator, annotatorName: request.annotatorName.trim() });
  }
  for (const documentId of documentIds) {
    const after: Assignment = { documentId, annotator: request.annotator, assignedAt: at };
    if (!findAssignment(model, after)) edit.assignments.push({ before: null, after });
  }
  return edit;
}

/** Takes documents back from an annotator; each must be assigned to them. */
export function assignmentsTaken(model: ProjectModel, request: AssignmentRequest): ProjectEdit {
  const documentIds = knownDocuments(model, request.documentIds);
  const edit = emptyEdit(documentIds.length === 1 ? documentIds[0]! : null);
  const missing: string[] = [];
  for (const documentId of documentIds) {
    const before = findAssignment(model, { documentId, annotator: request.annotator });
    if (before) edit.assignments.push({ before, after: null });
    else missing.push(documentId);
  }
  if (missing.length > 0) {
    throw new TagwrightError(
      'invalid-input',
      `${quoted(missing)} ${missing.length === 1 ? 'is' : 'are'} not assigned to "${request.annotator}".`,
    );
  }
  return edit;
}

/** The annotator's word that they finished a document assigned to them (done), or take it back. */
export function assignmentDone(
  model: ProjectModel,
  input: { documentId: string; annotator: string; done: boolean },
  at: string,
): ProjectEdit {
  model.document(input.documentId);
  const before = findAssignment(model, input);
  if (!before) {
    throw new TagwrightError(
      'not-found',
      `Document "${input.documentId}" is not assigned to "${input.annotator}": only an assigned document can be marked done.`,
    );
  }
  // Nothing to change is refused, as setting a curation status it has already: no empty undo step.
  if ((before.doneAt !== undefined) === input.done) {
    throw new TagwrightError(
      'conflict',
      `Document "${input.documentId}" is ${input.done ? 'marked done' : 'not marked done'} already.`,
    );
  }
  const { doneAt: _previous, ...open } = before;
  const edit = emptyEdit(input.documentId);
  edit.assignments.push({ before, after: input.done ? { ...open, doneAt: at } : open });
  return edit;
}

function findAssignment(
  model: ProjectModel,
  key: Pick<Assignment, 'documentId' | 'annotator'>,
): Assignment | undefined {
  return model.project.assignments.find((a) => sameAssignment(a, key));
}

/** The ids given, each once, every one a document of the project (the first unknown one is refused). */
function knownDocuments(model: ProjectModel, ids: readonly string[]): string[] {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) throw new TagwrightError('invalid-input', 'Name at least one document.');
  for (const id of distinct) model.document(id);
  return distinct;
}

const quoted = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ');
