import { call } from '../bridge/tagwright-client';
import type { Outcome } from '../bridge/call-outcome';
import type { ProjectChange } from '../../shared/ipc/views';
import type { CurationStatus } from '../../shared/model';
import type { CurationView } from '../../shared/curation/curation-view';
import { useWorkbench } from './workbench-store';

// The Curation view's calls (docs/team.md). The view is a modal dialog: a failure is returned to
// it to say in its own alert (useDialogAction), not given to the page's region behind the modal.

/** One document's lanes, candidates, gold and record, read again after every change. */
export const loadCuration = (documentId: string): Promise<Outcome<CurationView>> => call('getCuration', { documentId });

/** Runs a curation edit (one undo step in main) and applies its change here as any other. */
async function curationEdit(edit: () => Promise<Outcome<ProjectChange>>): Promise<Outcome<ProjectChange>> {
  const change = await edit();
  if (change.status === 'done') useWorkbench.getState().applyProjectChange(change.value);
  return change;
}

export const acceptCandidate = (documentId: string, annotationId: string) =>
  curationEdit(() => call('acceptCandidate', { documentId, annotationId }));

export const acceptAgreed = (documentId: string) => curationEdit(() => call('acceptAgreed', { documentId }));

export const rejectCandidate = (documentId: string, annotationIds: string[]) =>
  curationEdit(() => call('rejectCandidate', { documentId, annotationIds }));

export const setCurationStatus = (documentId: string, status: CurationStatus) =>
  curationEdit(() => call('setCurationStatus', { documentId, status }));
