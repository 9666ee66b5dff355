import { useEffect, useState } from 'react';
import type { Outcome } from '../bridge/call-outcome';
import { failureMessage } from '../bridge/call-outcome';
import { useWorkbench } from '../store/workbench-store';

/** What a view shows of one read: the last value read, and why the newest read failed, if it did. */
export interface ReadAfterChanges<T> {
  value: T | null;
  failed: string | null;
}

/**
 * Reads from main when `key` changes and again after every change the page applies (an edit, an
 * undo, another window's change), so a view that main computes stays current. A read that
 * resolves after a newer one started is dropped, so a slow answer never overwrites a newer one.
 * `key` null means "nothing to read" (the view is closed): nothing is asked.
 */
export function useReadAfterChanges<T>(
  key: string | null,
  read: (key: string) => Promise<Outcome<T>>,
): ReadAfterChanges<T> {
  const appliedChanges = useWorkbench((s) => s.appliedChanges);
  const [state, setState] = useState<ReadAfterChanges<T>>({ value: null, failed: null });
  useEffect(() => {
    if (key === null) return;
    let stale = false;
    void read(key).then((outcome) => {
      if (stale) return;
      setState((was) => ({
        value: outcome.status === 'done' ? outcome.value : was.value,
        failed: failureMessage(outcome),
      }));
    });
    return () => {
      stale = true;
    };
    // `read` is a module-level command in every caller; re-reading on its identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, appliedChanges]);
  return state;
}
