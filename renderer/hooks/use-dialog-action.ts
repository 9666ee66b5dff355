import { useState } from 'react';
import { failureMessage, type Outcome } from '../bridge/call-outcome';

/**
 * The one way a modal dialog runs a command: clears the last error, marks itself busy (so its
 * buttons can be disabled), and says main's message in the dialog if the command fails (the
 * page's alert region is behind the modal, so the dialog is where the user reads it).
 */
export function useDialogAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async <T>(command: () => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    setBusy(true);
    setError(null);
    const outcome = await command();
    setBusy(false);
    setError(failureMessage(outcome));
    return outcome;
  };
  return { error, setError, busy, run };
}
