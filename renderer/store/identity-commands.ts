import { call } from '../bridge/tagwright-client';
import type { Outcome } from '../bridge/call-outcome';
import type { AnnotatorIdentity } from '../../shared/ipc/contract';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

/** Reads who signs this user's edits (at start-up): the page asks for a name while there is none. */
export async function loadIdentity(): Promise<Outcome<AnnotatorIdentity>> {
  const identity = reportFailure(await call('getIdentity', {}));
  if (identity.status === 'done') useWorkbench.getState().setIdentity(identity.value);
  return identity;
}

/** Names this user (the name dialog): a failure is said in the dialog, so it is passed on, not reported. */
export async function setAnnotatorName(name: string): Promise<Outcome<AnnotatorIdentity>> {
  const identity = await call('setAnnotatorName', { name });
  if (identity.status === 'done') useWorkbench.getState().setIdentity(identity.value);
  return identity;
}
