import type { ProgressReport } from '../../shared/team/progress-report';
import { useReadAfterChanges } from '../hooks/use-read-after-changes';
import { readProgress } from '../store/assignment-commands';

/** The report main counts, read when the view opens and again after every change the page applies. */
export function useProgressReport(): ProgressReport | null {
  return useReadAfterChanges<ProgressReport>('project', () => readProgress()).value;
}
