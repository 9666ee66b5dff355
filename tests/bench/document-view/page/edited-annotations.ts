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
  const removed = annotations.filter((a) => gone.has(a.id));
  return {
    annotations: [...annotations.filter((a) => !gone.has(a.id)), ...added],
    edit: { seq: (edit?.seq ?? 0) + 1, added, removed },
  };
}
