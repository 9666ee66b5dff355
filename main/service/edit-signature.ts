import type { Annotation, TagwrightEvent } from '../../shared/model';
import type { ProjectEdit, Transition } from './edit-history';

/**
 * The edit with who made it written on what it changes: an annotation or event changed by someone
 * other than its annotator (a curator, a colleague on a shared laptop) records them in `updatedBy`;
 * changed by its own annotator, it drops the mark, so `updatedBy` always names the last hand when
 * that was not the owner's. New and deleted things are left alone (creation is `annotator`).
 */
export function signedEdit(edit: ProjectEdit, signer: string): ProjectEdit {
  if (!edit.annotations.some(isChange) && !edit.events.some(isChange)) return edit;
  return {
    ...edit,
    annotations: edit.annotations.map((t) => signed(t, signer)),
    events: edit.events.map((t) => signed(t, signer)),
  };
}

const isChange = (t: Transition<unknown>): boolean => t.before !== null && t.after !== null;

function signed<T extends Annotation | TagwrightEvent>(t: Transition<T>, signer: string): Transition<T> {
  if (!isChange(t)) return t;
  const after = t.after!;
  if (after.annotator !== signer) return { ...t, after: { ...after, updatedBy: signer } };
  if (after.updatedBy === undefined) return t;
  const { updatedBy: _previous, ...kept } = after;
  return { ...t, after: kept as T };
}
