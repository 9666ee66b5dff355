import type { Annotation } from '../../../../shared/model';
import type { AnnotationsEdit } from '../../../../renderer/document-view/document-view-api';

/** A document's annotations and the last edit to them, as the workbench's store hands them to the view. */
export interface EditedAnnotations {
  annotations: readonly Annotation[];
  edit: AnnotationsEdit | null;
}

/** The annotations after adding `added` and removing the ids in `removedIds`, with that edit. */
export function withEdit(
  { annotations, edit }: EditedAnnotations,
  added: readonly Annotation[],
  removedIds: readonly string[] = [],
): EditedAnnotations {
  const gone = new Set(removedIds);
  // An add (what the bench times) copies the list once, as the store does, without scanning it.
  const removed = gone.size === 0 ? [] : annotations.filter((a) => gone.has(a.id));
  const kept = gone.size === 0 ? annotations : annotations.filter((a) => !gone.has(a.id));
  return { annotations: [...kept, ...added], edit: { seq: (edit?.seq ?? 0) + 1, added, removed } };
}
