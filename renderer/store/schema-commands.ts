import type { Outcome } from '../bridge/call-outcome';
import { call } from '../bridge/tagwright-client';
import type { AnnotationSchema, AttributeMap } from '../../shared/model';
import type { ProjectChange } from '../../shared/ipc/views';
import { useWorkbench } from './workbench-store';

// The schema editor's calls: a modal dialog says a failure itself, next to the field it is about
// (main's problems carry paths), so these apply the change and pass a failure on unreported.

async function applied(outcome: Outcome<ProjectChange>): Promise<Outcome<ProjectChange>> {
  if (outcome.status === 'done') useWorkbench.getState().applyProjectChange(outcome.value);
  return outcome;
}

/** Replaces the whole schema: one undoable edit in main. */
export const updateSchema = async (schema: AnnotationSchema) => applied(await call('updateSchema', { schema }));

/** Deletes a label, moving its annotations to `moveTo` (refused while it is in use without one). */
export const deleteLabel = async (labelId: string, moveTo?: string) =>
  applied(await call('deleteLabel', { labelId, ...(moveTo ? { moveTo } : {}) }));

/** Sets the open document's attributes the schema declares (the document attributes form); not undoable, like its status. */
export const setDocumentAttributes = async (documentId: string, attributes: AttributeMap) =>
  applied(await call('setDocumentAttributes', { documentId, attributes }));
