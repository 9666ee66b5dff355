import { call } from '../bridge/tagwright-client';
import type { Outcome } from '../bridge/call-outcome';
import type { CallInput } from '../../shared/ipc/contract';
import type { SyncStatus } from '../../shared/ipc/sync-views';
import { useWorkbench } from './workbench-store';

// The Sync dialog's calls: a failure (an address that is not one) is said in the dialog, so it is
// passed on, not reported to the page's alert region behind the modal. A server that cannot be
// reached or refuses is not a failure: it is the status main answers, and says in the status bar.

async function adopted(outcome: Promise<Outcome<SyncStatus>>): Promise<Outcome<SyncStatus>> {
  const status = await outcome;
  if (status.status === 'done') useWorkbench.getState().setSyncStatus(status.value);
  return status;
}

/** Starts syncing the open project with a CouchDB server (the address may hold the account), as the curator if asked. */
export const startSync = (request: CallInput<'startSync'>) => adopted(call('startSync', request));

export const stopSync = () => adopted(call('stopSync', {}));

/** What the sync is doing, and the address this project last synced with (the dialog offers it). */
export const loadSyncStatus = () => adopted(call('getSyncStatus', {}));
