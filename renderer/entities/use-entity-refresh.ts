import { useEffect } from 'react';
import { refreshEntities } from '../store/entity-commands';
import { useWorkbench } from '../store/workbench-store';

/** Reads the entities again when a project opens and after every change the page applies. */
export function useEntityRefresh(): void {
  const projectId = useWorkbench((s) => s.session?.project?.id ?? null);
  const appliedChanges = useWorkbench((s) => s.appliedChanges);
  useEffect(() => {
    if (projectId) void refreshEntities();
  }, [projectId, appliedChanges]);
}
