import { call } from '../bridge/tagwright-client';
import type { Outcome } from '../bridge/call-outcome';
import type { ProjectChange } from '../../shared/ipc/views';
import type { ProgressReport } from '../../shared/team/progress-report';
import { applyEdit } from './annotation-commands';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/** Reads the open project's assignments (when it opens; every change that alters them carries them after). */
export async function refreshAssignments(): Promise<void> {
  const listed = await call('listAssignments', {});
  if (listed.status === 'done') store().setAssignments(listed.value);
}

/** Documents × annotators, as main counts them: what the Progress view shows. */
export const readProgress = async (): Promise<Outcome<ProgressReport>> => reportFailure(await call('getProgress', {}));

/** One undoable step: the documents assigned to the annotator (added to the project by name if new). */
export const assignDocuments = (documentIds: string[], annotator: string, annotatorName: string) =>
  applyEdit(() => call('assignDocuments', { documentIds, annotator, annotatorName }));

export const unassignDocuments = (documentIds: string[], annotator: string): Promise<Outcome<ProjectChange>> =>
  applyEdit(() => call('unassignDocuments', { documentIds, annotator }));

/** This user's word that they finished a document assigned to them, or take it back. */
export const markAssignmentDone = (documentId: string, done: boolean) =>
  applyEdit(() => call('markAssignmentDone', { documentId, done }));
