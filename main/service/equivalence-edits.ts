import type { Equivalence } from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import { emptyEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';
import { withAnnotator, type EditAuthor } from './annotation-edits';

export interface NewEquivalence {
  type: string;
  /** Annotation ids of one document, in order: at least two, each once. */
  members: string[];
}

/** A new group of annotations that name the same thing, as the schema's equivalence type allows. */
export function equivalenceCreation(model: ProjectModel, input: NewEquivalence, author: EditAuthor): ProjectEdit {
  const type = model.equivalenceType(input.type);
  const members = input.members.map((id) => model.annotation(id));
  const documentId = members[0]?.documentId ?? '';
  if (new Set(input.members).size !== members.length || members.length < 2) {
    throw new TagwrightError('invalid-input', 'An equivalence group needs at least two different annotations.');
  }
  if (members.some((a) => a.documentId !== documentId)) {
    throw new TagwrightError('invalid-input', 'An equivalence group’s annotations must be in one document.');
  }
  const refused = members.find((a) => type.labels.length > 0 && !type.labels.includes(a.label));
  if (refused) {
    throw new TagwrightError(
      'invalid-input',
      `"${type.name}" cannot hold a ${refused.label} (it takes ${type.labels.join(', ')}).`,
    );
  }
  const sameMembers = (g: Equivalence) =>
    g.type === type.id && g.members.length === members.length && g.members.every((m) => input.members.includes(m));
  if (model.equivalencesOf(input.members[0]!).some(sameMembers)) {
    throw new TagwrightError('conflict', `These annotations are already grouped as "${type.name}".`);
  }
  const group: Equivalence = {
    id: author.newId(),
    documentId,
    type: type.id,
    members: [...input.members],
    annotator: author.annotator,
  };
  const edit = withAnnotator(emptyEdit(documentId), model, author);
  edit.equivalences.push({ before: null, after: group });
  return edit;
}

export function equivalenceDeletion(model: ProjectModel, equivalenceId: string): ProjectEdit {
  const before = model.equivalence(equivalenceId);
  const edit = emptyEdit(before.documentId);
  edit.equivalences.push({ before, after: null });
  return edit;
}
