import { sameRejection, type AttributeMap, type SuggestionRejection } from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import { annotationsCreation, type EditAuthor } from './annotation-edits';
import { emptyEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';

/** A suggestion the user accepts: its span, its label and the attributes it carried (a figure's value). */
export interface AcceptedSuggestion {
  start: number;
  end: number;
  label: string;
  attributes?: AttributeMap;
}

// As annotation-edits.ts: each function checks its input and describes the whole action as one
// ProjectEdit, changing nothing; the model applies it, and one undo reverses all of it.

/**
 * Accepting suggestions of one document: an annotation each, in one action. A suggestion already
 * annotated with its label at its span (a list shown before another window accepted it) or given
 * twice is made once; when nothing is left to make, the call is refused.
 */
export function suggestionAcceptance(
  model: ProjectModel,
  documentId: string,
  suggestions: readonly AcceptedSuggestion[],
  author: EditAuthor,
): ProjectEdit {
  const key = (s: AcceptedSuggestion) => `${s.start}-${s.end}-${s.label}`;
  const existing = new Set(model.annotations.forDocument(documentId).map(key));
  const fresh = new Map<string, AcceptedSuggestion>();
  for (const s of suggestions) if (!existing.has(key(s)) && !fresh.has(key(s))) fresh.set(key(s), s);
  if (fresh.size === 0) {
    model.document(documentId); // an unknown document is named as such
    throw new TagwrightError('conflict', 'These suggestions are annotations already.');
  }
  return annotationsCreation(model, documentId, [...fresh.values()], author);
}

/** Rejecting a suggestion: remembered in the project so it is never suggested again (undo forgets it). */
export function suggestionRejection(model: ProjectModel, rejection: SuggestionRejection): ProjectEdit {
  const document = model.document(rejection.documentId);
  model.checkSpan(document, rejection.start, rejection.end);
  model.checkLabel(rejection.label);
  if (model.rejectionsIn(document.id).some((r) => sameRejection(r, rejection))) {
    throw new TagwrightError('conflict', 'This suggestion was rejected already.');
  }
  const edit = emptyEdit(document.id);
  edit.rejections.push({ before: null, after: { ...rejection } });
  return edit;
}
