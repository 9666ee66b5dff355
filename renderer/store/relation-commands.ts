import { call } from '../bridge/tagwright-client';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/** Links two annotations of the open document (a claim attributed to an actor). */
export async function createRelation(type: string, from: string, to: string): Promise<void> {
  const change = await reportFailure(() => call('createRelation', { type, from, to }));
  if (change) store().applyAnnotationChange(change, 'call-result');
}

export async function deleteRelation(relationId: string): Promise<void> {
  const change = await reportFailure(() => call('deleteRelation', { relationId }));
  if (change) store().applyAnnotationChange(change, 'call-result');
}
