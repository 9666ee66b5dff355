import { useEffect } from 'react';
import { useWorkbench } from '../store/workbench-store';

/** Names the open project in the window's title (the task bar and window switcher show it). */
export function useWindowTitle(): void {
  const projectName = useWorkbench((s) => s.session?.project?.name ?? null);
  useEffect(() => {
    document.title = projectName ? `${projectName} — Tagwright` : 'Tagwright';
  }, [projectName]);
}
