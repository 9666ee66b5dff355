import { useState } from 'react';

/**
 * The one way a recovery dialog runs a call: clears the last error, marks itself busy (so its
 * buttons can be disabled), and shows main's message if the call fails.
 */
export function useDialogAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, run };
}
