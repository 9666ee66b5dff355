import { ask, call } from '../bridge/tagwright-client';
import type { Outcome } from '../bridge/call-outcome';
import type { SchemaResolution } from '../../shared/merge/schema-differences';
import type { MergeOutcome } from '../../shared/merge/merge-summary';
import { useWorkbench } from './workbench-store';

// The merge and hand-out dialogs' calls: a failure (a file that is not a project) is said in the dialog, so it
// is passed on, not reported to the page's alert region behind the modal.

/**
 * Merges project files the page picked into the open project; the change is applied here (once: the
 * event naming this window is ignored). Nothing changes while a schema difference waits for a decision.
 */
export async function mergeProjectFiles(
  files: { name: string; base64: string }[],
  resolutions: Record<string, SchemaResolution>,
): Promise<Outcome<MergeOutcome>> {
  const merged = await call('mergeProjectFiles', { files, resolutions });
  if (merged.status === 'done' && merged.value.change) useWorkbench.getState().applyProjectChange(merged.value.change);
  return merged;
}

/** Export for annotator…: asks main where to write (its dialog or stand-in), then writes the copy. */
export const handOutProject = (annotator: string, gold: boolean, assigned = false) =>
  ask('handOutProject', { annotator, gold, ...(assigned ? { assigned } : {}) });
