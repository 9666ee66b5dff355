import type { Annotation } from '../../shared/model';

/**
 * One change to the view's annotations, applied as it is: `removed` are objects the view was
 * given before (in `annotations` or an earlier edit's `added`), `added` the new ones and the
 * replacements of changed ones. `seq` counts edits since the document was given: an edit whose
 * seq skips one (two changes in one render) makes the view draw from `annotations` instead.
 */
export interface AnnotationsEdit {
  seq: number;
  added: readonly Annotation[];
  removed: readonly Annotation[];
}
