import { useEffect, useState } from 'react';
import type { ProgressReport } from '../../shared/team/progress-report';
import { readProgress } from '../store/assignment-commands';
import { useWorkbench } from '../store/workbench-store';

/** The report main counts, read when the view opens and again after every change the page applies. */
export function useProgressReport(): ProgressReport | null {
  const appliedChanges = useWorkbench((s) => s.appliedChanges);
  const [report, setReport] = useState<ProgressReport | null>(null);
  useEffect(() => {
    let current = true;
    void readProgress().then((read) => {
      if (current && read.status === 'done') setReport(read.value);
    });
    return () => {
      current = false;
    };
  }, [appliedChanges]);
  return report;
}
