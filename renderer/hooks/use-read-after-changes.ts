import { useEffect, useRef, useState } from 'react';
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
 * undo, another window's change), so a view that main computes stays current. One read at a time:
 * changes that arrive meanwhile make one more read when it is answered, so a burst of edits on a
 * big project costs main two reports, not one per edit. An answer for a key no longer wanted is
 * dropped. `key` null means "nothing to read" (the view is closed): nothing is asked.
 */
export function useReadAfterChanges<T>(
  key: string | null,
  read: (key: string) => Promise<Outcome<T>>,
): ReadAfterChanges<T> {
  const appliedChanges = useWorkbench((s) => s.appliedChanges);
  const [state, setState] = useState<ReadAfterChanges<T>>({ value: null, failed: null });
  const wanted = useRef({ key, read, alive: true });
  const reading = useRef({ now: false, again: false });

  useEffect(() => {
    const current = wanted.current;
    current.alive = true;
    return () => {
      current.alive = false;
    };
  }, []);

  useEffect(() => {
    wanted.current.key = key;
    wanted.current.read = read;
    if (key === null) return;
    if (reading.current.now) {
      reading.current.again = true;
      return;
    }
    const run = (asked: string) => {
      reading.current = { now: true, again: false };
      void wanted.current.read(asked).then((outcome) => {
        const { again } = reading.current;
        reading.current = { now: false, again: false };
        const { key: latest, alive } = wanted.current;
        if (!alive) return;
        if (latest === asked) {
          setState((was) => ({
            value: outcome.status === 'done' ? outcome.value : was.value,
            failed: failureMessage(outcome),
          }));
        }
        if (latest !== null && (again || latest !== asked)) run(latest);
      });
    };
    run(key);
    // `read` is a module-level command in every caller: its identity changing is no reason to read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, appliedChanges]);
  return state;
}
