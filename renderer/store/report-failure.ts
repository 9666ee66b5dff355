import type { Outcome } from '../bridge/call-outcome';
import { useWorkbench } from './workbench-store';

/**
 * Says a failed command's error in the page's alert region (kept whole, for the recovery dialogs
 * that branch on it) and passes the outcome on. Workbench commands end here; a command a modal
 * dialog runs leaves its failure to the dialog, whose own alert is the one the user can see.
 */
export function reportFailure<O extends Outcome<unknown>>(outcome: O): O {
  if (outcome.status === 'failed') useWorkbench.getState().showError(outcome.error.message, outcome.error);
  return outcome;
}
